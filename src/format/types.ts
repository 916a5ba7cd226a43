/** Declarative shape of a report format: what extraction looks for, what checks compare with, what renderers lay out. */

export type FormatVersion = '2019' | '2021';

/** A label as printed in a report and the words that identify it even when the label is wrapped or reworded. */
export interface LabelDef {
  /** Official wording, full-width punctuation as in the template. */
  label: string;
  /**
   * Normalised fragments (see normalizeLabel) that identify the label in a read token. The first matching row wins,
   * so fragments only need to be unique within their table.
   */
  anchors: string[];
  /** When set, the normalised token must equal one of these (after numbering is stripped), e.g. `其他`. */
  exact?: string[];
  /** Misprints seen in real reports, reported by the label rule with the right wording. */
  corruptions?: Array<{ wrong: string; right: string }>;
}

export interface ColumnDef extends LabelDef {
  key: string;
  /** Overrides the row's value type, e.g. 本年增/减 is signed in an otherwise integer row. */
  valueType?: ValueType;
}

/** Table A (二): blocks introduced by a 第二十条第（X）项 caption, each with its own columns. */
export interface ActiveBlockDef {
  caption: string;
  columns: ColumnDef[];
  rows: ActiveRowDef[];
}

export interface ActiveRowDef extends LabelDef {
  key: string;
  /** `decimal` for money; counts are `integer`, `signed` for 本年增/减. Column-level types override this one. */
  valueType: ValueType;
  /** Labels of earlier formats that still identify this row, reported as outdated by the label rule. */
  outdated?: string[];
}

export type ValueType = 'integer' | 'signed' | 'decimal';

/** Table B (三): rows of applications, seven applicant columns each. */
export interface RequestRowDef extends LabelDef {
  /** Row key below `requests.`, e.g. `withheld.stateSecret`. */
  key: string;
  /** Group key for sub-rows of （三）–（六）, e.g. `withheld`. */
  group?: string;
  /** True for the 本年度办理结果 rows that partition （七）总计. */
  outcome?: boolean;
}

export interface RequestGroupDef extends LabelDef {
  key: string;
}

/** Table C (四): three groups of five result columns. */
export interface AppealGroupDef extends LabelDef {
  key: string;
}

export interface SectionDef {
  key: SectionKey;
  ordinal: '一' | '二' | '三' | '四' | '五' | '六';
  heading: string;
  /** Normalised fragments one of which a heading line must contain. */
  anchors: string[];
}

export type SectionKey = 'overview' | 'activeDisclosure' | 'requests' | 'appeals' | 'problems' | 'other';

/** A sum the numbers must satisfy, stated as data (see check/rules/identities). */
export interface IdentityDef {
  id: string;
  table: 'requests' | 'appeals';
  /** Row keys (requests) or column keys (appeals) on each side. */
  lhs: string[];
  rhs: string[];
  /** `each column`: lhs and rhs are rows, applied per column; `each row`/`each group`: lhs/rhs are columns. */
  scope: 'each column' | 'each row' | 'each group';
  /** Spec reference, e.g. format-spec §4.1 ARITH-B1. */
  spec: string;
  official: boolean;
}

export interface FormatDef {
  version: FormatVersion;
  name: string;
  citation: string;
  sections: SectionDef[];
  active: ActiveBlockDef[];
  requestColumns: ColumnDef[];
  requestGroups: RequestGroupDef[];
  requestRows: RequestRowDef[];
  /** The merged top-left header cell of Table B stating the 勾稽 rule. */
  requestNote: string;
  appealGroups: AppealGroupDef[];
  appealColumns: ColumnDef[];
  identities: IdentityDef[];
  /** Words that only this format's tables contain; used to tell the versions apart. */
  markers: string[];
}
