/** What reading one statistical table yields, before it is merged into the canonical report. */
import type { FormatVersion } from '../format/types.js';
import type { Anomaly, LabelRead, Provenance } from '../model/report.js';
import { cellSlot } from '../model/values.js';
import type { RowAssignment } from './assign.js';
import type { TextToken, ValueToken } from './rows.js';
import type { Token } from './tokens.js';

export interface CellRead {
  key: string;
  /** The key's place in the format's template order (cellSlot): the report is filled by it, not by the key. */
  slot: number;
  value: number | null;
  prov: Provenance | null;
}

/** The canonical keys of a row's cells and their slots, in column order: built once per format by each table's spec. */
export interface RowCells {
  keys: string[];
  slots: number[];
}

/** A row's cell keys with their slots in the format's template order, looked up once per format. */
export function rowCells(version: FormatVersion, keys: string[]): RowCells {
  return { keys, slots: keys.map((key) => cellSlot(version, key)) };
}

/** A cell with no value read: its key and slot, value and provenance null. */
export function nullCell(key: string, slot: number): CellRead {
  return { key, slot, value: null, prov: null };
}

/** Every cell of a row with no value read: a row not found, or one whose values cannot be placed. */
export function pushNullCells(read: TableRead, { keys, slots }: RowCells): void {
  for (let i = 0; i < keys.length; i++) read.cells.push(nullCell(keys[i] ?? '', slots[i] ?? -1));
}

export interface TableRead {
  cells: CellRead[];
  labels: LabelRead[];
  anomalies: Anomaly[];
  /** Units whose text belongs to the table rather than to the section's prose, by ascending index. */
  tableUnits: number[];
  /** False when no row of the table was recognised. */
  found: boolean;
}

export function emptyTableRead(): TableRead {
  return { cells: [], labels: [], anomalies: [], tableUnits: [], found: false };
}

export function labelOf(key: string, official: string, token: TextToken): LabelRead {
  return { key, official, raw: token.raw, loc: token.loc };
}

export function valuesText(tokens: ValueToken[]): string {
  return tokens.map((t) => (t.kind === 'number' ? t.raw : t.raw || '空')).join('、');
}

/** Values printed in one block under several labels that could not be shared out among the rows. */
export function recordUnplaced(read: TableRead, rowKey: string, rowLabel: string, row: { label: TextToken; unplaced?: ValueToken[] }): void {
  if (!row.unplaced) return;
  read.anomalies.push({
    code: 'unparsable-cell',
    key: rowKey,
    text: `“${rowLabel}”及其前面几行的数字印在一起（${valuesText(row.unplaced)}），无法确定各属哪一行哪一列，均未取值`,
    loc: row.unplaced[0]?.loc ?? row.label.loc,
    raw: valuesText(row.unplaced),
  });
}

/** Records the cells of one assigned row, or the anomaly that kept them null. */
export function recordRow(
  read: TableRead,
  row: RowCells,
  assignment: RowAssignment,
  rowKey: string,
  rowLabel: string,
  labelToken: TextToken,
): void {
  const { keys, slots } = row;
  if (assignment.status === 'ok' || assignment.status === 'short' || assignment.status === 'ambiguous') {
    const cells = assignment.cells;
    // Each placed cell is listed itself, given its key and slot (see CellResult): an assignment is recorded once.
    for (let i = 0; i < cells.length; i++) {
      const key = keys[i];
      const cell = cells[i];
      if (key && cell) {
        cell.key = key;
        cell.slot = slots[i] ?? -1;
        read.cells.push(cell);
      }
    }
  } else {
    pushNullCells(read, row);
  }
  if (assignment.status === 'ok' && assignment.extras.some((t) => t.kind === 'number')) {
    read.anomalies.push({
      code: 'extra-cells',
      key: rowKey,
      text: `“${rowLabel}”一行模板只有 ${keys.length} 个数据格，多出 ${assignment.extras.length} 个：${valuesText(assignment.extras)}`,
      loc: assignment.extras[0]?.loc ?? labelToken.loc,
      values: assignment.extras.map((t) => (t.kind === 'number' ? t.value : null)),
    });
  }
  if (assignment.status === 'short') {
    read.anomalies.push({
      code: 'missing-cells',
      key: rowKey,
      text: `“${rowLabel}”一行应有 ${keys.length} 个数据格，只读到 ${keys.length - assignment.missing} 个，缺少的格按空白处理`,
      loc: labelToken.loc,
    });
  }
  if (assignment.status === 'unplaced') {
    read.anomalies.push({
      code: 'missing-cells',
      key: rowKey,
      text:
        assignment.tokens.length === 0
          ? `“${rowLabel}”一行应有 ${keys.length} 个数据格，一个也没有读到，均未取值`
          : assignment.tokens.length > keys.length
            ? `“${rowLabel}”一行应有 ${keys.length} 个数据格，读到 ${assignment.tokens.length} 个（${valuesText(assignment.tokens)}），前 ${keys.length} 个不合本行合计，无法确定哪些属于本行，均未取值`
            : `“${rowLabel}”一行应有 ${keys.length} 个数据格，只读到 ${keys.length - assignment.missing} 个（${valuesText(assignment.tokens)}），无法确定各属哪一列，均未取值`,
      loc: assignment.tokens[0]?.loc ?? labelToken.loc,
      raw: valuesText(assignment.tokens),
    });
  }
  if (assignment.status === 'ambiguous') {
    read.anomalies.push({
      code: 'ambiguous-split',
      key: rowKey,
      text: `“${rowLabel}”一行的数字“${valuesText(assignment.tokens)}”缺少分隔，有 ${assignment.candidates.length} 种拆分都说得通，未取值`,
      loc: assignment.tokens[0]?.loc ?? labelToken.loc,
      raw: valuesText(assignment.tokens),
      values: [],
    });
  }
  if (assignment.status === 'unsplittable') {
    read.anomalies.push({
      code: 'unparsable-cell',
      key: rowKey,
      text: `“${rowLabel}”一行的数字“${valuesText(assignment.tokens)}”无法拆分为 ${keys.length} 个数据格`,
      loc: assignment.tokens[0]?.loc ?? labelToken.loc,
      raw: valuesText(assignment.tokens),
    });
  }
}

/**
 * The units that make up the table itself, up to its last row: everything with a number or a short label. A sentence
 * (with 。 or long) and no numbers is prose written around the table and stays in the section's text.
 */
export function markTableUnits(read: TableRead, tokens: Token[], lastUnit: number): void {
  // Tokenize reads the units in turn, so each unit's tokens come as one run, the runs in ascending order: a unit is
  // settled when its run ends, and a run already settled as table skips its other tokens. Measured against an array
  // by unit index filled for every token and walked after: a third of the instructions.
  let unit = -1;
  // Whether the unit so far is table (a value, or a first text that is no sentence), and whether that is final.
  let table = false;
  let settled = false;
  for (const t of tokens) {
    if (t.unit > lastUnit) continue;
    if (t.unit !== unit) {
      if (t.unit < unit) {
        // Not in unit order after all (tokens made some other way): read by unit index.
        read.tableUnits.length = 0;
        markByUnitIndex(read, tokens, lastUnit);
        return;
      }
      if (table) read.tableUnits.push(unit);
      unit = t.unit;
      table = t.kind !== 'text' || !isProse(t.norm);
      settled = table;
      continue;
    }
    if (settled || t.kind === 'text') continue;
    table = true;
    settled = true;
  }
  if (table) read.tableUnits.push(unit);
}

function isProse(norm: string): boolean {
  return norm.includes('。') || norm.length > 50;
}

/** markTableUnits for tokens in any order: each unit's state kept by its index, the units walked after. */
function markByUnitIndex(read: TableRead, tokens: Token[], lastUnit: number): void {
  // By unit index: undefined (no token yet), true (prose so far) or false (table).
  const prose: Array<boolean | undefined> = [];
  for (const t of tokens) {
    if (t.unit > lastUnit) continue;
    if (t.kind !== 'text') prose[t.unit] = false;
    else if (prose[t.unit] === undefined) prose[t.unit] = isProse(t.norm);
  }
  for (let unit = 0; unit < prose.length; unit++) if (prose[unit] === false) read.tableUnits.push(unit);
}
