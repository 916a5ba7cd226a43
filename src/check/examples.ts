/**
 * Rule examples as data: a few cells, texts and metadata laid over `blankReport(format, 0)`. The same examples drive
 * each rule's tests (valid: no finding; invalid: these findings) and the generated rule docs.
 */
import { formatFor } from '../format/index.js';
import type { FormatVersion, SectionKey } from '../format/types.js';
import type {
  Anomaly,
  CanonicalReport,
  CellValue,
  LabelRead,
  ReportMeta,
  SectionText,
  TextLine,
} from '../model/report.js';
import { blankReport, flattenValues, setValue } from '../model/values.js';
import { labelDef } from './labels.js';
import { runRules } from './runner.js';
import type { CheckOptions, Finding, Locale, Rule } from './types.js';

/** What an example report contains beyond a blank report of zeros. */
export interface ReportSpec {
  /** Default `2021`. */
  format?: FormatVersion;
  /** Value of every cell not listed in `cells`; default 0. */
  fill?: CellValue;
  meta?: Partial<ReportMeta>;
  cells?: Record<string, CellValue>;
  /** Body text per section (lines split on `\n`); `null` leaves the section out. Unlisted sections get `（略）`. */
  sections?: Partial<Record<SectionKey, string | null>>;
  /** Order the sections appear in; default the format's order. */
  sectionOrder?: SectionKey[];
  /** Labels as read; the official wording is looked up in the format. */
  labels?: Array<{ key: string; raw: string }>;
  anomalies?: Anomaly[];
  /** Lines before section 一 (after the title) and after section 六 (before the signature). */
  preamble?: string;
  closing?: string;
}

export interface RuleExample extends ReportSpec {
  /** What the example shows, zh-CN, for the docs. */
  title: string;
  options?: Pick<CheckOptions, 'deadline'>;
  previous?: ReportSpec;
}

export interface ExpectedFinding {
  messageId: string;
  /** Canonical key of the finding's location. */
  key?: string;
  /** Texts the zh-CN message must contain, e.g. the numbers of the sum. */
  includes?: string[];
  expected?: unknown;
  actual?: unknown;
}

export interface InvalidExample extends RuleExample {
  /** Findings the rule must produce, in order. */
  errors: ExpectedFinding[];
}

export interface RuleExamples {
  valid: RuleExample[];
  invalid: InvalidExample[];
}

/** Runs one rule alone over an example, the way `checkReport` would with `only: [id]`. */
export function runExample(rule: Rule, example: RuleExample, locale: Locale = 'zh-CN'): Finding[] {
  const report = buildReport(example);
  const previous = example.previous ? buildReport(example.previous) : undefined;
  return runRules(report, [rule], { locale, ...example.options, ...(previous ? { previous } : {}) });
}

/** Builds the report an example describes; every cell gets a table position as provenance, every line a number. */
export function buildReport(spec: ReportSpec): CanonicalReport {
  const version = spec.format ?? '2021';
  const format = formatFor(version);
  const report = blankReport(version, spec.fill === undefined ? 0 : spec.fill);
  report.source = { file: 'example.txt', format: 'text' };
  Object.assign(report.meta, spec.meta ?? {});
  for (const [key, value] of Object.entries(spec.cells ?? {})) setValue(report, key, value);
  addCellProvenance(report, version);

  const lines: TextLine[] = [];
  const push = (text: string): TextLine => {
    const line = { text, loc: { line: lines.length + 1 } };
    lines.push(line);
    return line;
  };
  if (report.meta.title) report.provenance['meta.title'] = { ...push(report.meta.title).loc, raw: report.meta.title };
  for (const text of splitLines(spec.preamble)) push(text);
  const order = spec.sectionOrder ?? format.sections.map((s) => s.key);
  order.forEach((key, position) => {
    const def = format.sections.find((s) => s.key === key);
    const body = spec.sections?.[key] === undefined ? '（略）' : spec.sections[key];
    if (!def || body === null || body === undefined) return;
    const heading = push(`${def.ordinal}、${def.heading}`);
    const bodyLines = splitLines(body).map(push);
    const section: SectionText = {
      ordinal: def.ordinal,
      heading: heading.text,
      text: bodyLines.map((l) => l.text).join('\n'),
      loc: heading.loc,
      position,
      lines: bodyLines,
    };
    report.sections[key] = section;
  });
  for (const text of splitLines(spec.closing)) push(text);
  const { agencyInSignature, publishedDate } = report.meta;
  if (agencyInSignature) {
    report.provenance['meta.agencyInSignature'] = { ...push(agencyInSignature).loc, raw: agencyInSignature };
  }
  if (publishedDate) {
    const [y, m, d] = publishedDate.split('-').map(Number);
    const raw = `${y}年${m}月${d}日`;
    report.provenance['meta.publishedDate'] = { ...push(raw).loc, raw };
  }
  report.lines = lines;
  report.labels = (spec.labels ?? []).map((label, index): LabelRead => ({
    key: label.key,
    raw: label.raw,
    official: labelDef(format, label.key)?.label ?? '',
    loc: { table: label.key.startsWith('active') ? 1 : label.key.startsWith('requests') ? 2 : 3, row: index + 1 },
  }));
  report.anomalies = spec.anomalies ?? [];
  report.deviations = report.anomalies.map((a) => a.text);
  return report;
}

/** Table n (二 = 1, 三 = 2, 四 = 3), 1-based row and cell in template order. */
function addCellProvenance(report: CanonicalReport, version: FormatVersion): void {
  const rowIndex = new Map<string, number>();
  const cellIndex = new Map<string, number>();
  for (const [key, value] of flattenValues(report, version)) {
    const [table = '', ...rest] = key.split('.');
    const row = `${table}.${rest.slice(0, -1).join('.')}`;
    if (!rowIndex.has(row)) rowIndex.set(row, [...rowIndex.keys()].filter((k) => k.startsWith(`${table}.`)).length + 1);
    const cell = (cellIndex.get(row) ?? 0) + 1;
    cellIndex.set(row, cell);
    report.provenance[key] = {
      table: table === 'active' ? 1 : table === 'requests' ? 2 : 3,
      row: rowIndex.get(row) ?? 0,
      cell,
      raw: value === null ? '' : String(value),
    };
  }
}

function splitLines(text: string | undefined): string[] {
  return text === undefined ? [] : text.split('\n');
}
