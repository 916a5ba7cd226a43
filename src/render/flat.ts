/**
 * The report as flat rows of canonical key, label and value: the CSV output and the 数据 sheet of the XLSX output,
 * and the way back from them to a report.
 */
import { cellDefs, formatFor, FORMATS } from '../format/index.js';
import type { FormatDef, FormatVersion } from '../format/types.js';
import type { CanonicalReport, CellValue } from '../model/report.js';
import { blankReport, getValue, setValue } from '../model/values.js';
import { reportVersion } from './content.js';
import { resultRows } from './grid.js';
import { APPEAL_LITIGATION_HEADER, REQUEST_RESULTS_LABEL } from './labels.js';

export interface FlatRow {
  key: string;
  label: string;
  value: string | number | null;
  /** Money and other decimal cells, shown with two decimals in spreadsheets. */
  decimal?: boolean;
}

const META_LABELS = {
  'meta.agency': '发布机关',
  'meta.year': '统计年度',
  'meta.publishedDate': '落款日期',
  'meta.formatVersion': '报告格式',
} as const;

/** Metadata rows, the text of each section, then every cell of the report's format in template order. */
export function flatRows(report: CanonicalReport): FlatRow[] {
  const version = reportVersion(report);
  const rows: FlatRow[] = [
    { key: 'meta.agency', label: META_LABELS['meta.agency'], value: report.meta.agency },
    { key: 'meta.year', label: META_LABELS['meta.year'], value: report.meta.year },
    { key: 'meta.publishedDate', label: META_LABELS['meta.publishedDate'], value: report.meta.publishedDate },
    { key: 'meta.formatVersion', label: META_LABELS['meta.formatVersion'], value: version },
  ];
  const format = formatFor(version);
  for (const section of format.sections) {
    rows.push({
      key: `sections.${section.key}`,
      label: `${section.ordinal}、${section.heading}`,
      value: report.sections[section.key]?.text ?? null,
    });
  }
  const labels = cellLabels(format);
  for (const cell of cellDefs(format)) {
    const row: FlatRow = { key: cell.key, label: labels.get(cell.key) ?? cell.key, value: getValue(report, cell.key) ?? null };
    if (cell.valueType === 'decimal') row.decimal = true;
    rows.push(row);
  }
  return rows;
}

/** Canonical key → the labels a reader finds the cell by in the template, joined with ` / `. */
export function cellLabels(format: FormatDef): Map<string, string> {
  const labels = new Map<string, string>();
  for (const block of format.active) {
    for (const row of block.rows) {
      for (const column of block.columns) {
        labels.set(`active.${row.key}.${column.key}`, [block.caption, row.label, column.label].join(' / '));
      }
    }
  }
  const results = resultRows(format);
  format.requestRows.forEach((row, i) => {
    const group = format.requestGroups.find((g) => g.key === row.group);
    const path = [
      ...(i >= results.first && i <= results.last ? [REQUEST_RESULTS_LABEL] : []),
      ...(group ? [group.label] : []),
      row.label,
    ];
    for (const column of format.requestColumns) {
      labels.set(`requests.${row.key}.${column.key}`, [...path, column.label].join(' / '));
    }
  });
  format.appealGroups.forEach((group, g) => {
    for (const column of format.appealColumns) {
      const path = g === 0 ? [group.label] : [APPEAL_LITIGATION_HEADER, group.label];
      labels.set(`appeals.${group.key}.${column.key}`, [...path, column.label].join(' / '));
    }
  });
  return labels;
}

/**
 * A report from flat rows (as read back from CSV or the 数据 sheet). Unknown keys are ignored; values that are not
 * numbers leave their cell blank. Returns null when the rows name no canonical cell at all.
 */
export function reportFromFlatRows(rows: Array<{ key: string; value: string | number | null }>): CanonicalReport | null {
  const byKey = new Map(rows.map((row) => [row.key.trim(), row.value]));
  const declared = String(byKey.get('meta.formatVersion') ?? '');
  const version: FormatVersion = declared in FORMATS ? (declared as FormatVersion) : '2021';
  const report = blankReport(version);
  let cells = 0;
  for (const key of cellLabels(formatFor(version)).keys()) {
    if (!byKey.has(key)) continue;
    cells++;
    setValue(report, key, toNumber(byKey.get(key) ?? null));
  }
  if (cells === 0) return null;
  const agency = byKey.get('meta.agency');
  const year = toNumber(byKey.get('meta.year') ?? null);
  const date = byKey.get('meta.publishedDate');
  report.meta.agency = typeof agency === 'string' && agency.trim() ? agency.trim() : null;
  report.meta.year = year !== null && Number.isInteger(year) ? year : null;
  report.meta.publishedDate = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) ? date.trim() : null;
  formatFor(version).sections.forEach((section, position) => {
    const text = byKey.get(`sections.${section.key}`);
    if (typeof text !== 'string' || !text) return;
    const heading = `${section.ordinal}、${section.heading}`;
    report.sections[section.key] = { ordinal: section.ordinal, heading, text, loc: {}, position, lines: [] };
  });
  return report;
}

function toNumber(value: string | number | null): CellValue {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === null) return null;
  const text = value.trim();
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}
