/**
 * What every renderer prints, independent of the output format: title, the six sections with their paragraphs,
 * where the tables go, and the 落款. Renderers only decide how it looks.
 */
import { formatFor } from '../format/index.js';
import type { FormatDef, FormatVersion, SectionKey } from '../format/types.js';
import type { CanonicalReport } from '../model/report.js';
import { reportGrids, type GridTable } from './grid.js';
import { standardTitle } from './labels.js';

export interface SectionContent {
  key: SectionKey;
  /** Official heading with its ordinal, e.g. `一、总体情况`. */
  heading: string;
  paragraphs: string[];
  /** The section's table (二, 三, 四), drawn after its paragraphs. */
  table: GridTable | null;
}

export interface ReportContent {
  version: FormatVersion;
  format: FormatDef;
  title: string;
  sections: SectionContent[];
  /** 落款: the agency and the date in Chinese; either may be empty. */
  signature: { agency: string; date: string };
}

/** Lays out a canonical report in the standard format of its version. */
export function reportContent(report: CanonicalReport): ReportContent {
  const version = reportVersion(report);
  const format = formatFor(version);
  const grids = reportGrids(format, report);
  const tableBySection: Partial<Record<SectionKey, GridTable>> = {
    activeDisclosure: grids[0],
    requests: grids[1],
    appeals: grids[2],
  };
  const sections = format.sections.map((def) => ({
    key: def.key,
    heading: `${def.ordinal}、${def.heading}`,
    paragraphs: paragraphsOf(report.sections[def.key]?.text ?? ''),
    table: tableBySection[def.key] ?? null,
  }));
  const { year, publishedDate } = report.meta;
  const agency = report.meta.agency === null ? null : xmlSafe(report.meta.agency).trim();
  const fallbackTitle = report.meta.title === null ? standardTitle(null, null) : xmlSafe(report.meta.title);
  const title = agency || year !== null ? standardTitle(agency, year) : fallbackTitle;
  return {
    version,
    format,
    title,
    sections,
    signature: { agency: agency ?? xmlSafe(report.meta.agencyInSignature ?? ''), date: chineseDate(publishedDate) },
  };
}

/** The format a report is drawn in: the detected one, else the one its year calls for (format-spec STRUCT-2). */
export function reportVersion(report: CanonicalReport): FormatVersion {
  if (report.meta.formatVersion) return report.meta.formatVersion;
  if (report.meta.year !== null && report.meta.year <= 2020) return '2019';
  return '2021';
}

/** Non-empty lines of a section's text, trimmed: one paragraph each. */
export function paragraphsOf(text: string): string[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** `2025-01-20` → `2025年1月20日`; empty for null or anything that is not a YYYY-MM-DD date. */
export function chineseDate(iso: string | null): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return '';
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/**
 * Text without the characters XML 1.0 forbids (C0 controls other than tab and line breaks, lone surrogates): Word
 * refuses a file that holds them, and in HTML they are parse errors. Report text is untrusted, so all of it passes here.
 */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
