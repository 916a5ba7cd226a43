/** The two report formats as data, and the list of every canonical cell they define. */
import { FORMAT_2019 } from './format2019.js';
import { FORMAT_2021 } from './format2021.js';
import type { FormatDef, FormatVersion, ValueType } from './types.js';

export * from './types.js';
export { FORMAT_2019, FORMAT_2021 };
export { normalizeLabel, stripNumbering, foldWidth } from './normalize.js';

export const FORMATS: Record<FormatVersion, FormatDef> = { '2019': FORMAT_2019, '2021': FORMAT_2021 };

export function formatFor(version: FormatVersion): FormatDef {
  return FORMATS[version];
}

/** One data cell of a format: its canonical key and the labels a person would read it by. */
export interface CellDef {
  /** Full canonical key, e.g. `requests.withheld.stateSecret.total`. */
  key: string;
  table: 'active' | 'requests' | 'appeals';
  /** Row part of the key (`withheld.stateSecret`, `regulations`) or the group for appeals. */
  row: string;
  column: string;
  rowLabel: string;
  columnLabel: string;
  valueType: ValueType;
}

const cellCache = new Map<FormatVersion, CellDef[]>();

/** Every data cell of the format in template order: Table A, then B row by row, then C group by group. */
export function cellDefs(format: FormatDef): CellDef[] {
  const cached = cellCache.get(format.version);
  if (cached) return cached;
  const cells: CellDef[] = [];
  for (const block of format.active) {
    for (const row of block.rows) {
      for (const column of block.columns) {
        cells.push({
          key: `active.${row.key}.${column.key}`,
          table: 'active',
          row: row.key,
          column: column.key,
          rowLabel: row.label,
          columnLabel: column.label,
          valueType: column.valueType ?? row.valueType,
        });
      }
    }
  }
  for (const row of format.requestRows) {
    for (const column of format.requestColumns) {
      cells.push({
        key: `requests.${row.key}.${column.key}`,
        table: 'requests',
        row: row.key,
        column: column.key,
        rowLabel: row.label,
        columnLabel: column.label,
        valueType: 'integer',
      });
    }
  }
  for (const group of format.appealGroups) {
    for (const column of format.appealColumns) {
      cells.push({
        key: `appeals.${group.key}.${column.key}`,
        table: 'appeals',
        row: group.key,
        column: column.key,
        rowLabel: group.label,
        columnLabel: column.label,
        valueType: 'integer',
      });
    }
  }
  cellCache.set(format.version, cells);
  return cells;
}

export const SECTIONS_KEYS = ['overview', 'activeDisclosure', 'requests', 'appeals', 'problems', 'other'] as const;
