/**
 * The three report tables as grids of merged cells, laid out as the official template lays them out and built from
 * the format data, so that HTML, DOCX, XLSX and Markdown draw the same rows for the 2021 and the 2019 format.
 */
import type { FormatDef, ValueType } from '../format/types.js';
import type { CanonicalReport, CellValue } from '../model/report.js';
import { getValue } from '../model/values.js';
import {
  ACTIVE_CONTENT_HEADER,
  APPEAL_LITIGATION_HEADER,
  REQUEST_APPLICANTS_HEADER,
  REQUEST_LEGAL_PERSONS_HEADER,
  REQUEST_RESULTS_LABEL,
} from './labels.js';

export type GridRole = 'caption' | 'header' | 'note' | 'label' | 'value';

/** A cell where it starts; the slots its spans cover hold no cell. */
export interface GridCell {
  text: string;
  role: GridRole;
  /** 0-based grid column of the first slot. */
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Value cells: canonical key, value (null when blank) and type. */
  key?: string;
  value?: CellValue;
  valueType?: ValueType;
}

export type TableName = 'active' | 'requests' | 'appeals';

export interface GridTable {
  table: TableName;
  /** The section the table belongs to: 二, 三 or 四. */
  ordinal: '二' | '三' | '四';
  /** Number of grid columns. */
  width: number;
  /** Rows at the top that only hold headers (repeated on every printed page). */
  headerRows: number;
  /** Number of leading grid columns that hold row labels. */
  labelColumns: number;
  rows: GridCell[][];
}

/** The three tables of a report in the layout of its format; `report` null gives blank value cells. */
export function reportGrids(format: FormatDef, report: CanonicalReport | null): GridTable[] {
  const value = (key: string): CellValue => (report ? (getValue(report, key) ?? null) : null);
  return [activeGrid(format, value), requestGrid(format, value), appealGrid(format, value)];
}

type ValueOf = (key: string) => CellValue;

/** Table A: one caption row, one header row and the data rows per 第二十条 block. */
function activeGrid(format: FormatDef, value: ValueOf): GridTable {
  const width = activeDataWidth(format.active.map((block) => block.columns.length));
  const rows: GridCell[][] = [];
  for (const block of format.active) {
    rows.push([cell(block.caption, 'caption', 0, 1, width + 1)]);
    const spans = spread(block.columns.length, width);
    rows.push([cell(ACTIVE_CONTENT_HEADER, 'header', 0), ...spanCells(spans, (i) => block.columns[i]?.label ?? '', 'header')]);
    for (const row of block.rows) {
      let col = 1;
      const values = block.columns.map((column, i) => {
        const key = `active.${row.key}.${column.key}`;
        const span = spans[i] ?? 1;
        const c = valueCell(key, value(key), column.valueType ?? row.valueType, col, 1, span);
        col += span;
        return c;
      });
      rows.push([cell(row.label, 'label', 0), ...values]);
    }
  }
  return { table: 'active', ordinal: '二', width: width + 1, headerRows: 0, labelColumns: 1, rows };
}

/**
 * Data columns of Table A: the widest block's column count, widened by one when a narrower block cannot divide it
 * evenly. That gives the 2021 template's 4-column grid and the 2019 template's 5-column grid.
 */
function activeDataWidth(counts: number[]): number {
  const widest = Math.max(...counts);
  let width = widest;
  while (!counts.every((n) => n === widest || width % n === 0)) width++;
  return width;
}

/** Slots per column when `count` columns share `width` slots; the extra slots go to the middle columns. */
function spread(count: number, width: number): number[] {
  const spans = new Array<number>(count).fill(Math.floor(width / count));
  let extra = width - Math.floor(width / count) * count;
  for (let i = Math.floor((count - extra) / 2); extra > 0; i++, extra--) spans[i] = (spans[i] ?? 0) + 1;
  return spans;
}

function spanCells(spans: number[], text: (i: number) => string, role: GridRole): GridCell[] {
  let col = 1;
  return spans.map((span, i) => {
    const c = cell(text(i), role, col, 1, span);
    col += span;
    return c;
  });
}

/** Table B: the 勾稽 note over three label columns, the two-level applicant header, then one row per template row. */
function requestGrid(format: FormatDef, value: ValueOf): GridTable {
  const columns = format.requestColumns;
  const first = columns[0];
  const last = columns[columns.length - 1];
  const legalPersons = columns.slice(1, -1);
  const rows: GridCell[][] = [
    [cell(format.requestNote, 'note', 0, 3, 3), cell(REQUEST_APPLICANTS_HEADER, 'header', 3, 1, columns.length)],
    [
      cell(first?.label ?? '', 'header', 3, 2, 1),
      cell(REQUEST_LEGAL_PERSONS_HEADER, 'header', 4, 1, legalPersons.length),
      cell(last?.label ?? '', 'header', 3 + columns.length - 1, 2, 1),
    ],
    legalPersons.map((column, i) => cell(column.label, 'header', 4 + i)),
  ];

  const requestRows = format.requestRows;
  const { first: firstResult, last: resultsEnd } = resultRows(format);
  requestRows.forEach((row, i) => {
    const cells: GridCell[] = [];
    if (i < firstResult || i > resultsEnd) {
      cells.push(cell(row.label, 'label', 0, 1, 3));
    } else {
      if (i === firstResult) cells.push(cell(REQUEST_RESULTS_LABEL, 'label', 0, resultsEnd - firstResult + 1, 1));
      if (row.group) {
        const members = requestRows.filter((r) => r.group === row.group);
        const group = format.requestGroups.find((g) => g.key === row.group);
        if (members[0] === row) cells.push(cell(group?.label ?? row.group, 'label', 1, members.length, 1));
        cells.push(cell(row.label, 'label', 2));
      } else {
        cells.push(cell(row.label, 'label', 1, 1, 2));
      }
    }
    columns.forEach((column, c) => {
      const key = `requests.${row.key}.${column.key}`;
      cells.push(valueCell(key, value(key), 'integer', 3 + c));
    });
    rows.push(cells);
  });
  return { table: 'requests', ordinal: '三', width: 3 + columns.length, headerRows: 3, labelColumns: 3, rows };
}

/**
 * Indexes of the first and last Table B row under 三、本年度办理结果: the outcome rows and, after them, （七）总计
 * that totals them.
 */
export function resultRows(format: FormatDef): { first: number; last: number } {
  const rows = format.requestRows;
  const first = rows.findIndex((r) => r.outcome);
  const lastOutcome = rows.length - 1 - [...rows].reverse().findIndex((r) => r.outcome);
  return { first, last: lastOutcome + 1 };
}

/** Table C: 行政复议 beside 行政诉讼, the litigation groups below it, then one row of values. */
function appealGrid(format: FormatDef, value: ValueOf): GridTable {
  const [review, ...litigation] = format.appealGroups;
  const columns = format.appealColumns;
  const n = columns.length;
  const rows: GridCell[][] = [
    [cell(review?.label ?? '', 'header', 0, 1, n), cell(APPEAL_LITIGATION_HEADER, 'header', n, 1, n * litigation.length)],
    [
      ...columns.map((column, i) => cell(column.label, 'header', i, 2, 1)),
      ...litigation.map((group, g) => cell(group.label, 'header', n * (g + 1), 1, n)),
    ],
    litigation.flatMap((_, g) => columns.map((column, i) => cell(column.label, 'header', n * (g + 1) + i))),
    format.appealGroups.flatMap((group, g) =>
      columns.map((column, i) => {
        const key = `appeals.${group.key}.${column.key}`;
        return valueCell(key, value(key), 'integer', n * g + i);
      }),
    ),
  ];
  return { table: 'appeals', ordinal: '四', width: n * format.appealGroups.length, headerRows: 3, labelColumns: 0, rows };
}

function cell(text: string, role: GridRole, col: number, rowSpan = 1, colSpan = 1): GridCell {
  return { text, role, col, rowSpan, colSpan };
}

function valueCell(
  key: string,
  value: CellValue,
  valueType: ValueType,
  col: number,
  rowSpan = 1,
  colSpan = 1,
): GridCell {
  return { text: formatValue(value), role: 'value', col, rowSpan, colSpan, key, value, valueType };
}

/** Relative column widths summing to 1: label columns wide enough for the template's long row labels. */
export function columnShares(grid: GridTable): number[] {
  const weights: number[] = [];
  for (let c = 0; c < grid.width; c++) {
    if (grid.table === 'active') weights.push(c === 0 ? 2.2 : 1);
    else if (grid.table === 'requests') weights.push(c === 0 ? 0.8 : c === 1 ? 1.3 : c === 2 ? 3.2 : 1);
    else weights.push(1);
  }
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/** A value as printed: blank for null, plain digits otherwise (never exponent notation). */
export function formatValue(value: CellValue): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/**
 * The grid with every slot filled: the cell that starts there, or the cell whose span covers it (`covered` true).
 * Markdown and spreadsheet writers that have no spans of their own walk this.
 */
export function expandGrid(grid: GridTable): Array<Array<{ cell: GridCell; covered: boolean } | null>> {
  const slots = grid.rows.map(() => new Array<{ cell: GridCell; covered: boolean } | null>(grid.width).fill(null));
  grid.rows.forEach((row, r) => {
    for (const c of row) {
      for (let dr = 0; dr < c.rowSpan; dr++) {
        for (let dc = 0; dc < c.colSpan; dc++) {
          const line = slots[r + dr];
          if (line) line[c.col + dc] = { cell: c, covered: dr > 0 || dc > 0 };
        }
      }
    }
  });
  return slots;
}
