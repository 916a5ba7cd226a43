/**
 * SARIF 2.1.0 output for code-scanning tools: one run, rules from the rule metadata, one result per finding with a
 * physical location (the file, and the line and column when known) and a logical location (the canonical key).
 * Files that could not be read become tool execution notifications.
 */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, FindingCell, Locale, RuleMeta, Severity } from '../check/types.js';
import type { Location } from '../ingest/document.js';
import type { FileResult } from '../pipeline.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export type SarifLevel = 'error' | 'warning' | 'note';

/** inconsistency is an error to SARIF consumers (it fails the check too); info is a note. */
export const SARIF_LEVELS: Record<Severity, SarifLevel> = {
  error: 'error',
  inconsistency: 'error',
  warning: 'warning',
  info: 'note',
};

export interface SarifOptions {
  rules: RuleMeta[];
  toolVersion: string;
  locale?: Locale;
}

interface SarifMessage {
  text: string;
}

interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifPhysicalLocation {
  artifactLocation: { uri: string };
  region?: SarifRegion;
  properties?: Record<string, unknown>;
}

interface SarifLocation {
  physicalLocation: SarifPhysicalLocation;
  logicalLocations?: Array<{ name: string; fullyQualifiedName: string; kind: string }>;
  message?: SarifMessage;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations?: Array<SarifLocation & { id: number }>;
  properties: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        rules: Array<{
          id: string;
          shortDescription: SarifMessage;
          fullDescription: SarifMessage;
          defaultConfiguration: { level: SarifLevel };
          properties: Record<string, unknown>;
        }>;
      };
    };
    language: string;
    columnKind: 'utf16CodeUnits';
    invocations: Array<{
      executionSuccessful: boolean;
      toolExecutionNotifications: Array<{ level: 'error'; message: SarifMessage; locations: SarifLocation[] }>;
    }>;
    results: SarifResult[];
  }>;
}

/** The SARIF log as an object (for tests and embedding). */
export function buildSarif(results: FileResult[], options: SarifOptions): SarifLog {
  const locale = options.locale ?? 'zh-CN';
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  const rules = options.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description[locale] },
    fullDescription: { text: `${rule.description[locale]}（${rule.spec}）` },
    defaultConfiguration: { level: SARIF_LEVELS[rule.severity] },
    properties: {
      severity: rule.severity,
      spec: rule.spec,
      formats: rule.formats,
      ...(rule.needsPrevious ? { needsPrevious: true } : {}),
    },
  }));
  const sarifResults: SarifResult[] = [];
  for (const result of results) {
    for (const finding of result.findings ?? []) sarifResults.push(sarifResult(result.file, finding, ruleIndex));
  }
  const failures = results.filter((result) => result.error);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'gongkai', version: options.toolVersion, rules } },
        language: locale,
        // Location.column counts UTF-16 code units (src/ingest/document.ts).
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((result) => ({
              level: 'error' as const,
              message: { text: result.error?.message ?? '' },
              locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(result.file) } } }],
            })),
          },
        ],
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: FileResult[], options: SarifOptions): string {
  return JSON.stringify(buildSarif(results, options), null, 2) + '\n';
}

function sarifResult(file: string, finding: Finding, ruleIndex: Map<string, number>): SarifResult {
  const index = ruleIndex.get(finding.ruleId);
  const related = (finding.cells ?? []).filter((cell) => cell.loc).map((cell, id) => relatedLocation(file, cell, id));
  const properties: Record<string, unknown> = { severity: finding.severity, messageId: finding.messageId };
  if (finding.expected !== undefined) properties.expected = finding.expected;
  if (finding.actual !== undefined) properties.actual = finding.actual;
  if (finding.cells?.length) properties.cells = finding.cells.map(({ key, value, side }) => ({ key, value, side }));
  if (finding.hint) properties.hint = finding.hint;
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: SARIF_LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [location(finding.location.file ?? file, finding.location, finding.location.key)],
    ...(related.length ? { relatedLocations: related } : {}),
    properties,
  };
}

function relatedLocation(file: string, cell: FindingCell, id: number): SarifLocation & { id: number } {
  const loc = location(file, cell.loc ?? {}, cell.key);
  return { id, ...loc, message: { text: cell.key } };
}

/** Region from the line and column when the source has lines; table, row, cell, page and path go in properties. */
function location(file: string, loc: Location, key: string | undefined): SarifLocation {
  const physicalLocation: SarifPhysicalLocation = { artifactLocation: { uri: fileUri(file) } };
  if (loc.line !== undefined && loc.line >= 1) {
    const region: SarifRegion = { startLine: loc.line };
    if (loc.column !== undefined && loc.column >= 1) region.startColumn = loc.column;
    if (loc.endLine !== undefined && loc.endLine >= 1) region.endLine = loc.endLine;
    // SARIF endColumn points one past the last character; ours is inclusive.
    if (loc.endColumn !== undefined && loc.endColumn >= 1) region.endColumn = loc.endColumn + 1;
    physicalLocation.region = region;
  }
  const extra: Record<string, unknown> = {};
  for (const name of ['page', 'table', 'row', 'cell', 'path', 'tableName'] as const) {
    const value = (loc as Location & { tableName?: string })[name];
    if (value !== undefined) extra[name] = value;
  }
  if (Object.keys(extra).length) physicalLocation.properties = extra;
  const result: SarifLocation = { physicalLocation };
  if (key) {
    const name = key.split('.').pop() ?? key;
    result.logicalLocations = [{ name, fullyQualifiedName: key, kind: 'property' }];
  }
  return result;
}

/** A relative path becomes a relative URI reference with `/` separators and each segment percent-encoded. */
export function fileUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file
    .split(sep === '\\' ? /[\\/]/ : '/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
