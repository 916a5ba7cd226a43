/**
 * The format's cells row by row, read straight from the report's value tree. Rules that look at every cell (blank
 * cells, value domains, missing tables) find each row's object once and read its cells by column, instead of
 * resolving some two hundred dotted keys one by one for every report.
 */
import { cellDefs, type CellDef } from '../format/index.js';
import type { FormatDef } from '../format/types.js';
import type { CanonicalReport, CellValue, ValueTree } from '../model/report.js';
import type { RuleContext } from './types.js';

export interface CellRow {
  /** `requests.withheld.stateSecret`, `active.regulations`, `appeals.review`. */
  key: string;
  table: CellDef['table'];
  /** Keys from the table's object down to the row's object: `['withheld', 'stateSecret']`. */
  path: string[];
  /** The row's cells in template order, each with its key in the row's object. */
  cells: Array<{ def: CellDef; leaf: string }>;
}

const rowCache = new WeakMap<FormatDef, CellRow[]>();

/** Every row of the format with its cells, in template order; built once per format. */
export function cellRows(format: FormatDef): CellRow[] {
  let rows = rowCache.get(format);
  if (!rows) {
    const byKey = new Map<string, CellRow>();
    for (const def of cellDefs(format)) {
      const key = `${def.table}.${def.row}`;
      const parts = def.key.split('.');
      const leaf = parts.pop() ?? '';
      let row = byKey.get(key);
      if (!row) byKey.set(key, (row = { key, table: def.table, path: parts.slice(1), cells: [] }));
      row.cells.push({ def, leaf });
    }
    rows = [...byKey.values()];
    rowCache.set(format, rows);
  }
  return rows;
}

const tableCache = new WeakMap<FormatDef, Map<string, CellRow[]>>();

/** The rows of one table (`active`, `requests`, `appeals`) in template order; built once per format. */
export function tableRows(format: FormatDef, table: CellRow['table']): CellRow[] {
  let byTable = tableCache.get(format);
  if (!byTable) {
    byTable = new Map();
    for (const row of cellRows(format)) byTable.set(row.table, [...(byTable.get(row.table) ?? []), row]);
    tableCache.set(format, byTable);
  }
  return byTable.get(table) ?? [];
}

const rowByKey = new WeakMap<FormatDef, Map<string, CellRow>>();

/** One row by its key (`active.regulations`), or undefined when the format has no such row. */
export function cellRow(format: FormatDef, key: string): CellRow | undefined {
  let rows = rowByKey.get(format);
  if (!rows) rowByKey.set(format, (rows = new Map(cellRows(format).map((row) => [row.key, row]))));
  return rows.get(key);
}

/** The object holding the row's cells, or undefined when the report has no such row. */
export function rowObject(report: Pick<CanonicalReport, CellRow['table']>, row: CellRow): ValueTree | undefined {
  let node: ValueTree | CellValue | undefined = report[row.table];
  for (const part of row.path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[part];
  }
  return node !== null && typeof node === 'object' ? node : undefined;
}

/** A cell's value in its row's object, as getValue reads it: a number or null, else undefined. */
export function leafValue(node: ValueTree | undefined, leaf: string): CellValue | undefined {
  const value = node?.[leaf];
  return value === null || typeof value === 'number' ? value : undefined;
}

/** What one table's value tree holds: a blank (null) anywhere, and whether every number is a whole number ≥ 0. */
export interface TableFacts {
  blank: boolean;
  counts: boolean;
}

/**
 * What the three value trees hold, found in one walk per check that blank-cell and value-domain share; each used to
 * walk every tree on its own, and reading a cell can cost an allocation. Null when a tree holds something other than
 * numbers, nulls and objects: each rule then walks the trees its own way, as it always has.
 */
export function valueFacts(context: RuleContext): Record<CellRow['table'], TableFacts> | null {
  const { report } = context;
  const facts = {
    active: { blank: false, counts: true },
    requests: { blank: false, counts: true },
    appeals: { blank: false, counts: true },
  };
  const usual = scan(report.active, facts.active) && scan(report.requests, facts.requests);
  return usual && scan(report.appeals, facts.appeals) ? facts : null;
}

/** Walks one tree into `facts`; false at the first value that is not a number, null or object. */
function scan(tree: ValueTree, facts: TableFacts): boolean {
  for (const key in tree) {
    const value = tree[key];
    if (value === null) facts.blank = true;
    else if (typeof value === 'number') {
      if (value < 0 || !Number.isInteger(value)) facts.counts = false;
    } else if (typeof value !== 'object' || !scan(value, facts)) return false;
  }
  return true;
}
