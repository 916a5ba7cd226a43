/**
 * The three tables of a report as the template lays them out (format-spec §2.3–2.5, §3): cells with row and column
 * spans, built from the format definition, so a label fix in src/format shows up in every generated layout. Layout
 * writers turn this grid into the text one extractor or another would produce.
 */
import { formatFor } from '../format/index.js';
import type { FormatDef, ValueType } from '../format/types.js';
import type { CanonicalReport, CellValue } from '../model/report.js';
import { getValue } from '../model/values.js';

export type TableName = 'active' | 'requests' | 'appeals';

export interface GridCell {
  /** 0-based grid column of the cell's first slot. */
  col: number;
  colSpan: number;
  rowSpan: number;
  role: 'caption' | 'header' | 'label' | 'value';
  /** Label text; empty for value cells. */
  text: string;
  /** Value cells: the number to print (null prints as a blank) and how to print it. */
  value?: CellValue;
  valueType?: ValueType;
  /** Value cells: the canonical key. Label cells of request groups: the group key (`withheld`). */
  key?: string;
}

/** Cells that start in one row, as HTML lists them; slots covered by a span from above hold nothing. */
export interface GridRow {
  cells: GridCell[];
}

export interface GridTable {
  name: TableName;
  width: number;
  rows: GridRow[];
}

/** One slot of the resolved grid: which cell covers it and how. */
export interface Slot {
  cell: GridCell;
  /** The cell starts in this row (it may still be covered from the left when `col` > cell.col). */
  startsHere: boolean;
  /** This is the cell's top-left slot. */
  origin: boolean;
}

function label(col: number, text: string, colSpan = 1, rowSpan = 1, role: GridCell['role'] = 'label'): GridCell {
  return { col, colSpan, rowSpan, role, text };
}

function value(report: CanonicalReport, col: number, key: string, valueType: ValueType, colSpan = 1): GridCell {
  return { col, colSpan, rowSpan: 1, role: 'value', text: '', value: getValue(report, key) ?? null, valueType, key };
}

/** Table A: one block per 第二十条 caption; blocks with fewer columns let their last column span the rest. */
export function activeGrid(report: CanonicalReport, format: FormatDef): GridTable {
  const width = 1 + Math.max(...format.active.map((b) => b.columns.length));
  const rows: GridRow[] = [];
  for (const block of format.active) {
    const last = block.columns.length - 1;
    const spanOf = (i: number) => (i === last ? width - 1 - last : 1);
    rows.push({ cells: [label(0, block.caption, width, 1, 'caption')] });
    rows.push({
      cells: [
        label(0, '信息内容', 1, 1, 'header'),
        ...block.columns.map((c, i) => label(1 + i, c.label, spanOf(i), 1, 'header')),
      ],
    });
    for (const row of block.rows) {
      rows.push({
        cells: [
          label(0, row.label),
          ...block.columns.map((c, i) =>
            value(report, 1 + i, `active.${row.key}.${c.key}`, c.valueType ?? row.valueType, spanOf(i)),
          ),
        ],
      });
    }
  }
  return { name: 'active', width, rows };
}

/** Table B: three label columns (level 1 rowspan 22 or 20, group labels rowspan n) and seven applicant columns. */
export function requestsGrid(report: CanonicalReport, format: FormatDef): GridTable {
  const columns = format.requestColumns;
  const values = (rowKey: string) =>
    columns.map((c, i) => value(report, 3 + i, `requests.${rowKey}.${c.key}`, 'integer'));
  const rows: GridRow[] = [
    {
      cells: [label(0, format.requestNote, 3, 3, 'header'), label(3, '申请人情况', columns.length, 1, 'header')],
    },
    {
      cells: [
        label(3, columns[0]?.label ?? '自然人', 1, 2, 'header'),
        label(4, '法人或其他组织', columns.length - 2, 1, 'header'),
        label(3 + columns.length - 1, columns[columns.length - 1]?.label ?? '总计', 1, 2, 'header'),
      ],
    },
    { cells: columns.slice(1, -1).map((c, i) => label(4 + i, c.label, 1, 1, 'header')) },
  ];
  const resultRows = format.requestRows.filter((r) => r.outcome || r.key === 'totalProcessed');
  const groupSizes = new Map<string, number>();
  for (const row of format.requestRows) if (row.group) groupSizes.set(row.group, (groupSizes.get(row.group) ?? 0) + 1);
  const groupsStarted = new Set<string>();
  let firstResult = true;
  for (const row of format.requestRows) {
    const cells: GridCell[] = [];
    const isResult = row.outcome || row.key === 'totalProcessed';
    if (!isResult) {
      cells.push(label(0, row.label, 3));
    } else {
      if (firstResult) cells.push(label(0, '三、本年度办理结果', 1, resultRows.length));
      firstResult = false;
      if (row.group) {
        if (!groupsStarted.has(row.group)) {
          groupsStarted.add(row.group);
          const group = format.requestGroups.find((g) => g.key === row.group);
          cells.push({ ...label(1, group?.label ?? row.group, 1, groupSizes.get(row.group) ?? 1), key: row.group });
        }
        cells.push(label(2, row.label));
      } else {
        cells.push(label(1, row.label, 2));
      }
    }
    rows.push({ cells: [...cells, ...values(row.key)] });
  }
  return { name: 'requests', width: 3 + columns.length, rows };
}

/** Table C: 行政复议 (5 columns) and 行政诉讼 (two groups of 5), no row-label column. */
export function appealsGrid(report: CanonicalReport, format: FormatDef): GridTable {
  const columns = format.appealColumns;
  const n = columns.length;
  const [review, direct, afterReview] = format.appealGroups;
  const rows: GridRow[] = [
    { cells: [label(0, review?.label ?? '行政复议', n, 1, 'header'), label(n, '行政诉讼', 2 * n, 1, 'header')] },
    {
      cells: [
        ...columns.map((c, i) => label(i, c.label, 1, 2, 'header')),
        label(n, direct?.label ?? '未经复议直接起诉', n, 1, 'header'),
        label(2 * n, afterReview?.label ?? '复议后起诉', n, 1, 'header'),
      ],
    },
    { cells: [...columns, ...columns].map((c, i) => label(n + i, c.label, 1, 1, 'header')) },
    {
      cells: format.appealGroups.flatMap((g, gi) =>
        columns.map((c, i) => value(report, gi * n + i, `appeals.${g.key}.${c.key}`, 'integer')),
      ),
    },
  ];
  return { name: 'appeals', width: 3 * n, rows };
}

/** The three grids of a report in its own format. */
export function reportGrids(report: CanonicalReport): GridTable[] {
  const format = formatFor(report.meta.formatVersion ?? '2021');
  return [activeGrid(report, format), requestsGrid(report, format), appealsGrid(report, format)];
}

/** Every row as `width` slots, with spans resolved the way an HTML table is laid out. */
export function resolveSlots(table: GridTable): Slot[][] {
  const grid: Array<Array<Slot | undefined>> = table.rows.map(() => new Array<Slot | undefined>(table.width));
  table.rows.forEach((row, r) => {
    for (const cell of row.cells) {
      for (let dr = 0; dr < cell.rowSpan && r + dr < grid.length; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const line = grid[r + dr];
          if (line) line[cell.col + dc] = { cell, startsHere: dr === 0, origin: dr === 0 && dc === 0 };
        }
      }
    }
  });
  return grid.map((line, r) =>
    Array.from(line, (slot, c) => {
      if (slot) return slot;
      throw new Error(`grid ${table.name} has a hole at row ${r + 1}, column ${c + 1}`);
    }),
  );
}
