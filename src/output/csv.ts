/**
 * CSV output for `gongkai parse --format csv`: one row per file, meta columns first, then one column per canonical
 * key of the 2021 format in template order. RFC 4180 quoting and CRLF line ends; an optional UTF-8 BOM makes Excel
 * read the Chinese text correctly.
 */
import { cellDefs, FORMATS } from '../format/index.js';
import type { CanonicalReport } from '../model/report.js';
import { getValue } from '../model/values.js';

export const META_COLUMNS = ['file', 'agency', 'year', 'publishedDate', 'formatVersion', 'level'] as const;

/** Header of the CSV: meta columns, then the 2021 canonical keys (`active.regulations.issued`, …). */
export function csvColumns(): string[] {
  return [...META_COLUMNS, ...cellDefs(FORMATS['2021']).map((cell) => cell.key)];
}

export interface CsvOptions {
  /** Start with U+FEFF so Excel opens the file as UTF-8. */
  bom?: boolean;
}

/**
 * Reports as CSV. A 2019-format report fills the columns its format shares with 2021 (Tables 三 and 四, and the
 * rows of 二 whose keys match); its 2019-only cells have no column.
 */
export function formatReportsCsv(entries: Array<{ file: string; report: CanonicalReport }>, options: CsvOptions = {}): string {
  const keys = cellDefs(FORMATS['2021']).map((cell) => cell.key);
  const rows: string[][] = [csvColumns()];
  for (const { file, report } of entries) {
    const meta = report.meta;
    rows.push([
      file,
      meta.agency ?? '',
      meta.year === null ? '' : String(meta.year),
      meta.publishedDate ?? '',
      meta.formatVersion ?? '',
      meta.level ?? '',
      ...keys.map((key) => {
        const value = getValue(report, key);
        return value === null || value === undefined ? '' : String(value);
      }),
    ]);
  }
  const body = rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
  return (options.bom ? '\uFEFF' : '') + body;
}

/** Quotes a field when it holds a comma, a quote or a line break, doubling inner quotes (RFC 4180 §2). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
