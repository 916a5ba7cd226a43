/**
 * Runs rules over a report: builds each rule's context, renders its messages in the chosen locale, fills in what every
 * finding shares (rule id, severity, hint, file) and sorts the findings into reading order. A rule that throws becomes
 * one finding of its own instead of ending the run.
 */
import { formatFor } from '../format/index.js';
import type { FormatDef } from '../format/types.js';
import type { CanonicalReport, TextLine } from '../model/report.js';
import { getValue } from '../model/values.js';
import { documentLines, searchText, searchWithin, type SearchText } from './text.js';
import type {
  CheckOptions,
  Finding,
  FindingCell,
  FindingLocation,
  Locale,
  Localized,
  MessageValue,
  ReportDescriptor,
  Rule,
  RuleContext,
} from './types.js';

/** messageId of the finding that stands for a rule which threw. */
export const INTERNAL_ERROR = 'internalError';

const INTERNAL_MESSAGE: Localized = {
  'zh-CN': '规则 {rule} 运行出错，未能完成检查：{error}',
  en: 'Rule {rule} failed and did not finish: {error}',
};

/** The format a report is read against: its detected version, else the one its year calls for, else 2021. */
export function formatOf(report: CanonicalReport): FormatDef {
  if (report.meta.formatVersion) return formatFor(report.meta.formatVersion);
  if (report.meta.year !== null && report.meta.year <= 2020) return formatFor('2019');
  return formatFor('2021');
}

/** Replaces `{name}` with the value for the locale; unknown names stay as they are so a test can catch them. */
export function renderTemplate(
  template: string,
  data: Record<string, MessageValue> | undefined,
  locale: Locale,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[locale] : String(value);
  });
}

/** Runs the given rules; the caller has already chosen which apply. */
export function runRules(report: CanonicalReport, rules: Rule[], options: CheckOptions): Finding[] {
  const locale = options.locale ?? 'zh-CN';
  const file = report.source.file;
  const findings: Finding[] = [];
  // One context serves every rule in turn (building one per rule was a measurable share of a check); `emit` credits
  // the finding to the rule now running.
  let running: Rule | undefined;
  const context = buildContext(report, options, formatOf(report), (descriptor) => {
    if (running) findings.push(toFinding(running, descriptor, locale, file));
  });
  for (const rule of rules) {
    running = rule;
    try {
      rule.check(context);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      findings.push({
        ruleId: rule.meta.id,
        severity: 'error',
        messageId: INTERNAL_ERROR,
        message: renderTemplate(INTERNAL_MESSAGE[locale], { rule: rule.meta.id, error: message }, locale),
        location: { file },
      });
    }
  }
  running = undefined;
  return sortFindings(findings);
}

function buildContext(
  report: CanonicalReport,
  options: CheckOptions,
  format: FormatDef,
  emit: (descriptor: ReportDescriptor) => void,
): RuleContext {
  const locate = (key: string): FindingLocation => {
    const provenance = report.provenance[key];
    if (!provenance) return { key };
    const { raw: _raw, derivation: _derivation, ...location } = provenance;
    return { ...location, key };
  };
  const value = (key: string) => getValue(report, key);
  // Made on first use: many checks need neither, and a Map costs more to make than a small object.
  let document: SearchText | undefined;
  let searches: Map<TextLine[], SearchText> | undefined;
  let derivations: Map<(context: RuleContext) => unknown, unknown> | undefined;
  const context: RuleContext = {
    report,
    ...(options.previous ? { previous: options.previous } : {}),
    options,
    format,
    value,
    locate,
    cell(key, side): FindingCell {
      const provenance = report.provenance[key];
      const { key: _key, ...loc } = locate(key);
      return {
        key,
        value: value(key) ?? null,
        ...(side ? { side } : {}),
        ...(provenance ? { loc } : {}),
      };
    },
    derived<T>(build: (context: RuleContext) => T): T {
      derivations ??= new Map();
      if (!derivations.has(build)) derivations.set(build, build(context));
      return derivations.get(build) as T;
    },
    search(lines) {
      // Every report's check searches the whole document (meta-year, citation): the sections are cut out of it.
      document ??= searchText(documentLines(report));
      if (lines === document.lines) return document;
      searches ??= new Map();
      let search = searches.get(lines);
      if (!search) searches.set(lines, (search = searchWithin(document, lines)));
      return search;
    },
    emit,
  };
  return context;
}

function toFinding(rule: Rule, descriptor: ReportDescriptor, locale: Locale, file: string | null): Finding {
  const template = rule.meta.messages[descriptor.messageId];
  const message = template
    ? renderTemplate(template[locale], descriptor.data, locale)
    : `${rule.meta.id}: ${descriptor.messageId}`;
  const finding: Finding = {
    ruleId: rule.meta.id,
    severity: descriptor.severity ?? rule.meta.severity,
    messageId: descriptor.messageId,
    message,
    location: { file, ...descriptor.location },
  };
  if (descriptor.cells) finding.cells = descriptor.cells;
  if (descriptor.expected !== undefined) finding.expected = descriptor.expected;
  if (descriptor.actual !== undefined) finding.actual = descriptor.actual;
  if (rule.meta.hint) finding.hint = renderTemplate(rule.meta.hint[locale], descriptor.data, locale);
  return finding;
}

const ORDER: Array<keyof FindingLocation> = ['page', 'line', 'table', 'row', 'cell', 'column'];

/**
 * Reading order: findings about the whole document first (no position), then by page, line, table, row and cell;
 * ties keep rule order, so the result is the same on every run.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  // Most reports have no finding or one: nothing to order.
  if (findings.length < 2) return findings.slice();
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => compareLocations(a.finding.location, b.finding.location) || a.index - b.index)
    .map(({ finding }) => finding);
}

function compareLocations(a: FindingLocation, b: FindingLocation): number {
  for (const field of ORDER) {
    const x = a[field] as number | undefined;
    const y = b[field] as number | undefined;
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x - y;
  }
  return 0;
}
