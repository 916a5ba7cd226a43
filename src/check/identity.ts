/**
 * Checks one arithmetic identity from the format data (`format.identities`): expands it over each column, row or
 * group, skips an instance with a blank cell (the blank-cell rule reports those), and emits one finding per instance
 * that does not add up, listing every participating cell.
 */
import type { FormatDef, IdentityDef } from '../format/types.js';
import type { Anomaly, CellValue, ValueTree } from '../model/report.js';
import { appealGroupLabel, requestColumnLabel, requestRowLabel } from './labels.js';
import { cellKey } from './keys.js';
import type { FindingCell, FindingLocation, RuleContext } from './types.js';

interface Term {
  key: string;
  value: CellValue;
  loc?: FindingLocation;
}

interface Instance {
  lhs: Term[];
  rhs: Term[];
  /** Labels for the message, built only for an instance that fails. */
  data: () => Record<string, string>;
}

/** Runs the identity with this id; a format without it (none today) has nothing to check. */
export function checkIdentity(context: RuleContext, id: string, messageId = 'mismatch'): void {
  const identity = context.format.identities.find((i) => i.id === id);
  if (!identity) return;
  if (holdsEverywhere(context, identity)) return;
  for (const instance of instances(context, identity)) {
    const terms = [...instance.lhs, ...instance.rhs];
    if (terms.some((t) => t.value === null)) continue;
    const lhs = sum(instance.lhs);
    const rhs = sum(instance.rhs);
    if (Math.abs(lhs - rhs) < 1e-9) continue;
    const suspect = suspectOf(instance);
    const suspectOnLeft = instance.lhs.includes(suspect);
    context.emit({
      messageId,
      data: { ...instance.data(), lhs, rhs, diff: Math.abs(lhs - rhs) },
      location: suspect.loc ?? context.locate(suspect.key),
      cells: [
        ...instance.lhs.map((t) => toCell(context, t, 'lhs')),
        ...instance.rhs.map((t) => toCell(context, t, 'rhs')),
      ],
      expected: suspectOnLeft ? rhs : lhs,
      actual: suspectOnLeft ? lhs : rhs,
    });
  }
}

function instances(context: RuleContext, identity: IdentityDef): Instance[] {
  const { format } = context;
  const term = (key: string): Term => ({ key, value: context.value(key) ?? null });
  const at = (table: string, row: string, column: string): Term => term(cellKey(table, row, column));
  if (identity.table === 'appeals') {
    return format.appealGroups.map((group) => ({
      lhs: identity.lhs.map((c) => at('appeals', group.key, c)),
      rhs: identity.rhs.map((c) => at('appeals', group.key, c)),
      data: () => ({ group: appealGroupLabel(format, group.key) }),
    }));
  }
  const collapsed = collapsedGroups(context);
  if (identity.scope === 'each column') {
    return format.requestColumns.map((column, columnIndex) => {
      const side = (rows: string[]): Term[] => withCollapsed(context, rows, column.key, columnIndex, collapsed);
      return {
        lhs: side(identity.lhs),
        rhs: side(identity.rhs),
        data: () => ({ column: requestColumnLabel(format, column.key) }),
      };
    });
  }
  const rows: Instance[] = format.requestRows.map((row) => ({
    lhs: identity.lhs.map((c) => at('requests', row.key, c)),
    rhs: identity.rhs.map((c) => at('requests', row.key, c)),
    data: () => ({ row: requestRowLabel(format, row.key) }),
  }));
  // A collapsed row has no cells in the template, but its printed values must still add up.
  for (const anomaly of collapsed.values()) {
    const byColumn = (c: string): Term => collapsedTerm(context, anomaly, c);
    rows.push({
      lhs: identity.lhs.map(byColumn),
      rhs: identity.rhs.map(byColumn),
      data: () => ({ row: requestRowLabel(format, anomaly.key.replace(/^requests\./, '')) }),
    });
  }
  return rows;
}

/** collapsed-row anomalies that carry a value for every Table B column, by group key. */
function collapsedGroups(context: RuleContext): Map<string, Anomaly> {
  const groups = new Map<string, Anomaly>();
  for (const anomaly of context.report.anomalies) {
    if (anomaly.code !== 'collapsed-row' || !anomaly.key.startsWith('requests.')) continue;
    // A partly read collapsed row is no basis for a sum.
    const values = anomaly.values ?? [];
    if (values.length !== context.format.requestColumns.length || values.some((v) => v === null)) continue;
    const group = anomaly.key.slice('requests.'.length);
    if (context.format.requestRows.some((r) => r.group === group)) groups.set(group, anomaly);
  }
  return groups;
}

/** Row terms for one column, with a collapsed group's single printed value standing for its blank sub-rows. */
function withCollapsed(
  context: RuleContext,
  rows: string[],
  column: string,
  columnIndex: number,
  collapsed: Map<string, Anomaly>,
): Term[] {
  const out: Term[] = [];
  const done = new Set<string>();
  for (const row of rows) {
    const group = collapsed.size > 0 ? context.format.requestRows.find((r) => r.key === row)?.group : undefined;
    const anomaly = group ? collapsed.get(group) : undefined;
    if (group && anomaly && subRowsBlank(context, group, column)) {
      if (!done.has(group)) out.push(collapsedTerm(context, anomaly, column, columnIndex));
      done.add(group);
      continue;
    }
    const key = cellKey('requests', row, column);
    out.push({ key, value: context.value(key) ?? null });
  }
  return out;
}

function subRowsBlank(context: RuleContext, group: string, column: string): boolean {
  return context.format.requestRows
    .filter((r) => r.group === group)
    .every((r) => (context.value(`requests.${r.key}.${column}`) ?? null) === null);
}

function collapsedTerm(context: RuleContext, anomaly: Anomaly, column: string, index?: number): Term {
  const at = index ?? context.format.requestColumns.findIndex((c) => c.key === column);
  const key = `${anomaly.key}.${column}`;
  return { key, value: anomaly.values?.[at] ?? null, loc: { ...anomaly.loc, key } };
}

/** The cell most likely wrong: a printed total (（七）总计 row, then 总计 column), else the first left-hand cell. */
function suspectOf(instance: Instance): Term {
  const terms = [...instance.lhs, ...instance.rhs];
  return (
    terms.find((t) => t.key.includes('.totalProcessed.')) ??
    terms.find((t) => t.key.endsWith('.total')) ??
    (instance.lhs[0] as Term)
  );
}

function sum(terms: Term[]): number {
  return terms.reduce((acc, t) => acc + (t.value ?? 0), 0);
}

function toCell(context: RuleContext, term: Term, side: 'lhs' | 'rhs'): FindingCell {
  if (!term.loc) return context.cell(term.key, side);
  const { key: _key, ...loc } = term.loc;
  return { key: term.key, value: term.value, side, loc };
}

/**
 * The usual case, a report whose sums hold, decided straight from the value tree without building terms, keys or
 * labels. Anything unusual (a collapsed row, a value that is not a number) takes the full path.
 */
function holdsEverywhere(context: RuleContext, identity: IdentityDef): boolean {
  const { report, format } = context;
  if (report.anomalies.some((a) => a.code === 'collapsed-row')) return false;
  if (identity.table === 'appeals') {
    for (const group of format.appealGroups) {
      const node = report.appeals[group.key] as ValueTree | undefined;
      if (!agrees(sumOf(node, identity.lhs), sumOf(node, identity.rhs))) return false;
    }
    return true;
  }
  // An identity naming a row or column the format lacks has no place in the grid: the full path handles it.
  const plan = gridPlan(format, identity);
  return plan !== null && holdsInGrid(context.derived(readRequestGrid), plan, identity.scope === 'each row');
}

/**
 * Table 三 as the sums read it: each row's object found once and each cell read once per check, shared by B1, B2 and
 * B3, which between them would read most cells two or three times.
 */
interface RequestGrid {
  /** The cell of row r and column c (the format's order) at r × columns + c, as found in the value tree. */
  cells: Array<ValueTree | CellValue | undefined>;
  columns: number;
}

function readRequestGrid(context: RuleContext): RequestGrid {
  const { format, report } = context;
  return { cells: gridReaderOf(format)(report.requests), columns: format.requestColumns.length };
}

/** Table 三's cells in grid order, read from the requests tree by code written for one format. */
type GridReader = (requests: ValueTree) => RequestGrid['cells'];

const gridReaders = new WeakMap<FormatDef, GridReader>();

/**
 * The grid read by a function compiled once per format: each row's path and each cell's name stand in its source,
 * so every read is of one fixed name on objects of one shape (extraction builds each format's trees as one literal),
 * where a loop over the names read two hundred cells through V8's slow lookup for names known only at run time. It
 * reads as a walk down the row's path would: a step from anything but an object, and a row that is no object, give
 * undefined. The source holds only the format's own keys, each quoted by JSON.stringify.
 */
function gridReaderOf(format: FormatDef): GridReader {
  let reader = gridReaders.get(format);
  if (!reader) {
    const lines = ['let node;'];
    const cells: string[] = [];
    format.requestRows.forEach((row, index) => {
      lines.push('node = requests;');
      for (const part of row.key.split('.')) {
        lines.push(`node = node !== null && typeof node === 'object' ? node[${JSON.stringify(part)}] : undefined;`);
      }
      lines.push(`const row${index} = node !== null && typeof node === 'object' ? node : undefined;`);
      for (const column of format.requestColumns) cells.push(`row${index}?.[${JSON.stringify(column.key)}]`);
    });
    lines.push(`return [${cells.join(',')}];`);
    reader = new Function('requests', lines.join('\n')) as GridReader;
    gridReaders.set(format, reader);
  }
  return reader;
}

/** An identity's two sides as grid positions: rows for `each column`, columns for `each row`. */
interface GridPlan {
  lhs: number[];
  rhs: number[];
  /** Rows for `each row`, columns for `each column`: what the identity is checked over. */
  over: number;
}

const planCache = new WeakMap<IdentityDef, GridPlan | null>();

/** The identity's positions in the grid, or null when it names a row or column the format lacks. */
function gridPlan(format: FormatDef, identity: IdentityDef): GridPlan | null {
  let plan = planCache.get(identity);
  if (plan === undefined) {
    const keys = identity.scope === 'each row' ? format.requestColumns : format.requestRows;
    const position = (key: string): number => keys.findIndex((k) => k.key === key);
    const lhs = identity.lhs.map(position);
    const rhs = identity.rhs.map(position);
    const over = identity.scope === 'each row' ? format.requestRows.length : format.requestColumns.length;
    plan = [...lhs, ...rhs].includes(-1) ? null : { lhs, rhs, over };
    planCache.set(identity, plan);
  }
  return plan;
}

/** holdsEverywhere on the grid: each row's columns, or each column's rows, add up (blank sides aside). */
function holdsInGrid(grid: RequestGrid, plan: GridPlan, eachRow: boolean): boolean {
  for (let i = 0; i < plan.over; i++) {
    // Row i's cells sit at i × columns + column; column i's at row × columns + i.
    const base = eachRow ? i * grid.columns : i;
    const step = eachRow ? 1 : grid.columns;
    if (!agrees(gridSum(grid, plan.lhs, base, step), gridSum(grid, plan.rhs, base, step))) return false;
  }
  return true;
}

/** Sum of the cells at base + position × step, with sumOf's null and NaN. */
function gridSum(grid: RequestGrid, positions: number[], base: number, step: number): number | null {
  let total = 0;
  for (const position of positions) {
    const value = grid.cells[base + position * step];
    if (value === null) return null;
    if (typeof value !== 'number') return Number.NaN;
    total += value;
  }
  return total;
}

/** Sum of the cells named by `keys` in one object: null when one is blank, NaN when one is not a number. */
function sumOf(node: ValueTree | undefined, keys: string[]): number | null {
  let total = 0;
  for (const key of keys) {
    const value = node?.[key];
    if (value === null) return null;
    if (typeof value !== 'number') return Number.NaN;
    total += value;
  }
  return total;
}

/** A blank side cannot be checked (blank-cell reports it); otherwise both sides agree to rounding. */
function agrees(lhs: number | null, rhs: number | null): boolean {
  return lhs === null || rhs === null || Math.abs(lhs - rhs) < 1e-9;
}
