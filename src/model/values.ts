/** Reading and writing canonical values by dotted key, and building empty reports from a format definition. */
import { cellDefs, formatFor, SECTIONS_KEYS } from '../format/index.js';
import type { FormatVersion } from '../format/types.js';
import type { CanonicalReport, CellValue, Sections, ValueTree } from './report.js';

type TableName = 'active' | 'requests' | 'appeals';

/** Value at a full canonical key such as `requests.withheld.stateSecret.total`; undefined when there is no such leaf. */
export function getValue(report: Pick<CanonicalReport, TableName>, key: string): CellValue | undefined {
  const path = pathOf(key);
  let node: CellValue | ValueTree | undefined = report[path[0] as TableName];
  for (let i = 1; i < path.length; i++) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[path[i] as string];
  }
  if (node === null || typeof node === 'number') return node;
  return undefined;
}

/** Sets the leaf at a full canonical key, creating the objects on the way. */
const pathCache = new Map<string, string[]>();

function pathOf(key: string): string[] {
  let path = pathCache.get(key);
  if (!path) {
    path = key.split('.');
    pathCache.set(key, path);
  }
  return path;
}

export function setValue(report: Pick<CanonicalReport, TableName>, key: string, value: CellValue): void {
  const path = pathOf(key);
  const last = path[path.length - 1];
  if (path.length < 2 || last === undefined) throw new Error(`not a canonical cell key: ${key}`);
  let node = report[path[0] as TableName];
  for (let i = 1; i < path.length - 1; i++) {
    const part = path[i] as string;
    const next = node[part];
    if (next === undefined || next === null || typeof next !== 'object') node[part] = {};
    node = node[part] as ValueTree;
  }
  node[last] = value;
}

/** Every canonical key of the format with the report's value, in template order. */
export function flattenValues(report: CanonicalReport, version: FormatVersion): Array<[string, CellValue]> {
  return cellDefs(formatFor(version)).map((cell) => [cell.key, getValue(report, cell.key) ?? null]);
}

/** A report of the given format with every cell set to `fill` and no metadata: the start for builders and drafts. */
export function blankReport(version: FormatVersion, fill: CellValue = null): CanonicalReport {
  const report: CanonicalReport = {
    source: { file: null, format: 'text' },
    meta: {
      agency: null,
      year: null,
      publishedDate: null,
      formatVersion: version,
      title: null,
      level: null,
      agencyInTitle: null,
      agencyInSignature: null,
    },
    sections: Object.fromEntries(SECTIONS_KEYS.map((k) => [k, null])) as Sections,
    active: {},
    requests: {},
    appeals: {},
    provenance: {},
    labels: [],
    anomalies: [],
    deviations: [],
  };
  const tables = blankTables(version, fill);
  report.active = tables.active;
  report.requests = tables.requests;
  report.appeals = tables.appeals;
  return report;
}

const templates = new Map<string, string>();

/** The three value trees of a format, built once per format and fill and copied from then on. */
function blankTables(version: FormatVersion, fill: CellValue): Pick<CanonicalReport, TableName> {
  const id = `${version}:${fill}`;
  let template = templates.get(id);
  if (!template) {
    const tables: Pick<CanonicalReport, TableName> = { active: {}, requests: {}, appeals: {} };
    for (const cell of cellDefs(formatFor(version))) setValue(tables, cell.key, fill);
    template = JSON.stringify(tables);
    templates.set(id, template);
  }
  return JSON.parse(template) as Pick<CanonicalReport, TableName>;
}
