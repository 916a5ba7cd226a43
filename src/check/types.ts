/** One finding type for every rule and every formatter (stylish, json, sarif). */
import type { Location } from '../ingest/document.js';
import type { FormatDef, FormatVersion } from '../format/types.js';
import type { CanonicalReport, CellValue, TextLine } from '../model/report.js';
import type { SearchText } from './text.js';

export type Severity = 'error' | 'inconsistency' | 'warning' | 'info';
export type Locale = 'zh-CN' | 'en';

export interface FindingLocation extends Location {
  file?: string | null;
  /** Canonical key of the cell, row or meta field concerned, e.g. `requests.newReceived.total`. */
  key?: string;
  /** Human table name when the finding is about a table: `二`, `三`, `四`. */
  tableName?: string;
}

export interface FindingCell {
  key: string;
  value: CellValue;
  /** Sign of the cell in the identity: +1 on the left side, -1 on the right. */
  side?: 'lhs' | 'rhs';
  loc?: Location;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  location: FindingLocation;
  cells?: FindingCell[];
  expected?: unknown;
  actual?: unknown;
  hint?: string;
}

export type Localized = Record<Locale, string>;

export interface RuleMeta {
  /** Stable, never reused. */
  id: string;
  severity: Severity;
  /** What the rule checks, per locale. */
  description: Localized;
  /** format-spec reference, e.g. `§4.1 ARITH-B1`, and evaluator criterion, e.g. `EV-07`. */
  spec: string;
  formats: FormatVersion[];
  /** Message templates with `{name}` placeholders, per messageId and locale. */
  messages: Record<string, Localized>;
  /** How to fix, per locale; may use the same placeholders as the message. */
  hint?: Localized;
  /** Needs last year's report (`--previous`). */
  needsPrevious?: boolean;
}

export interface CheckOptions {
  /** Publication deadline as MM-DD; default 01-31, or 03-31 for a 县级以上地方人民政府's own report. */
  deadline?: string;
  locale?: Locale;
  previous?: CanonicalReport;
  /** Rule ids to run; all when absent. */
  only?: string[];
}

/** A placeholder value: the same for every locale, or one text per locale (e.g. a list of topic names). */
export type MessageValue = string | number | Localized;

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, MessageValue>;
  location?: FindingLocation;
  cells?: FindingCell[];
  expected?: unknown;
  actual?: unknown;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
}

export interface RuleContext {
  report: CanonicalReport;
  previous?: CanonicalReport;
  options: CheckOptions;
  /** The format the report is read against: `meta.formatVersion`, else by year (≥ 2021 → 2021), else 2021. */
  format: FormatDef;
  /** Numeric value of a canonical cell key, undefined when the format has no such cell. */
  value(key: string): CellValue | undefined;
  /** Where a canonical key or `meta.*` field was read (its provenance), with the key; `{ key }` when unknown. */
  locate(key: string): FindingLocation;
  /** A participating cell for `Finding.cells`: key, value and provenance. */
  cell(key: string, side?: FindingCell['side']): FindingCell;
  /** What `build` works out from the report, once per check: the rules that need the same reading share it. */
  derived<T>(build: (context: RuleContext) => T): T;
  /** These lines prepared for searching (`searchText`), once per check and list of lines, cut from the document's. */
  search(lines: TextLine[]): SearchText;
  /** Records a finding; the runner fills in ruleId, severity, message, hint and the file. */
  emit(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
