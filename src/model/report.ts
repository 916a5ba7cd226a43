/**
 * The canonical report: what extraction produces from any document and what checks, renderers and stores consume.
 * Value paths are the canonical keys of format-spec §9 (`requests.withheld.stateSecret.total`).
 */
import type { Location, SourceFormat } from '../ingest/document.js';
import type { FormatVersion, SectionKey } from '../format/types.js';

/** A number as printed, or null where the cell is absent or blank (`/`, `—`, `无`, empty). */
export type CellValue = number | null;

/** Nested values whose leaf paths are canonical keys below the table name. */
export interface ValueTree {
  [key: string]: CellValue | ValueTree;
}

export type AdminLevel =
  | 'township' // 乡镇人民政府
  | 'subdistrict' // 街道办事处
  | 'county-government' // 县级人民政府 (县、县级市、区)
  | 'county-department' // 县级人民政府部门
  | 'city-government' // 设区的市人民政府
  | 'city-department'
  | 'province-government'
  | 'province-department'
  | 'central-department'; // 国务院部门

export interface ReportMeta {
  /** 发布机关全称, e.g. 河曲县沙泉镇人民政府. */
  agency: string | null;
  /** 统计年度. */
  year: number | null;
  /** 落款日期 as YYYY-MM-DD. */
  publishedDate: string | null;
  /** Detected from the tables' content, not from the year. */
  formatVersion: FormatVersion | null;
  title: string | null;
  level: AdminLevel | null;
  /** The agency as named in the title or the heading above it, and in the 落款, for META-1. */
  agencyInTitle: string | null;
  agencyInSignature: string | null;
}

export interface SectionText {
  ordinal: string;
  /** Heading as printed. */
  heading: string;
  text: string;
  loc: Location;
  /** Order in which the heading was met in the document (0-based), for the section-order rule. */
  position: number;
  /** Each line of the section's text with its location, for rules that quote a sentence. */
  lines: TextLine[];
}

export type Sections = Record<SectionKey, SectionText | null>;

/** Where a value was read: location in the input plus the raw text it was read from. */
export interface Provenance extends Location {
  raw: string;
  /** How the value was obtained when it was not simply read from one cell. */
  derivation?: 'split-digits' | 'lookalike-zero';
}

/** A label as read in the document, for label checks. */
export interface LabelRead {
  /** `requests.row:withheld.stateSecret`, `requests.column:naturalPerson`, `active.caption:1`, … */
  key: string;
  official: string;
  raw: string;
  loc: Location;
}

/** Something about the layout that departs from the template, found while reading. */
export interface Anomaly {
  code:
    | 'collapsed-row'
    | 'extra-cells'
    | 'missing-cells'
    | 'missing-row'
    | 'missing-table'
    | 'ambiguous-split'
    | 'unparsable-cell'
    | 'extra-column'
    | 'extra-row'
    | 'lookalike-zero';
  /** Canonical key of the row, group or table concerned, e.g. `requests.otherDisposal`. */
  key: string;
  /** zh-CN free text, also listed in `deviations`. */
  text: string;
  loc?: Location;
  raw?: string;
  /** Values read that have no cell in the template (extra cells, a collapsed row). */
  values?: CellValue[];
}

export interface ReportSource {
  file: string | null;
  format: SourceFormat;
  encoding?: string;
  bytes?: number;
}

export interface CanonicalReport {
  source: ReportSource;
  meta: ReportMeta;
  sections: Sections;
  active: ValueTree;
  requests: ValueTree;
  appeals: ValueTree;
  /** Keyed by canonical key (`requests.newReceived.total`) or meta field (`meta.agency`). */
  provenance: Record<string, Provenance>;
  labels: LabelRead[];
  anomalies: Anomaly[];
  /** Free-text description of every departure from the template (format-spec §9). */
  deviations: string[];
  /** The whole text of the document as read, one line per paragraph or table row, for text-level rules. */
  lines?: TextLine[];
}

export interface TextLine {
  text: string;
  loc: Location;
}
