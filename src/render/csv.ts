/** CSV of canonical key, label, value (RFC 4180), with a UTF-8 BOM so that spreadsheet programs read the Chinese. */
import type { CanonicalReport } from '../model/report.js';
import { flatRows, reportFromFlatRows } from './flat.js';

export const CSV_HEADER = ['key', 'label', 'value'] as const;

/** The report as CSV rows `key,label,value`, metadata first. */
export function renderCsv(report: CanonicalReport): string {
  const lines = [CSV_HEADER.join(',')];
  for (const row of flatRows(report)) lines.push([row.key, row.label, row.value ?? ''].map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records of a CSV text; quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** True when the text starts with our CSV header, so `render` and `check` can read our own CSV back. */
export function isReportCsv(text: string): boolean {
  return /^\uFEFF?key,label,value\r?\n/.test(text);
}

/** A report from our CSV; null when it names no canonical cell. */
export function readCsvReport(text: string): CanonicalReport | null {
  const [, ...records] = parseCsv(text);
  return reportFromFlatRows(records.map((r) => ({ key: r[0] ?? '', value: r[2] ?? null })));
}
