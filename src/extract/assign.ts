/** Turns the value tokens read for one row into exactly the cells the template has, noting what did not fit. */
import type { Location } from '../ingest/document.js';
import type { Provenance } from '../model/report.js';
import type { ValueToken } from './rows.js';
import { splitRow, type SplitPiece } from './split.js';
import type { CellRead } from './table-read.js';

/**
 * A cell placed in a row, made in the shape of the table's CellRead it becomes: recordRow gives it its key and slot
 * and lists it, where a copy of every cell of every table cost an object per cell (9 KB a report) and its fields.
 */
export type CellResult = CellRead;

/** A placed cell, its key and slot still to be given by recordRow. */
export function placedCell(value: number | null, prov: Provenance | null): CellResult {
  return { key: '', slot: -1, value, prov };
}

export type RowAssignment =
  | { status: 'ok'; cells: CellResult[]; extras: ValueToken[]; split: boolean }
  | { status: 'short'; cells: CellResult[]; missing: number }
  | { status: 'ambiguous'; candidates: Array<Array<number | null>>; tokens: ValueToken[]; cells: CellResult[] }
  | { status: 'unsplittable'; tokens: ValueToken[] }
  /** Fewer values than cells in a table whose columns cannot be told apart: none is placed. */
  | { status: 'unplaced'; tokens: ValueToken[]; missing: number };

export type RowFits = (values: Array<number | null>) => boolean;

export const anyFits: RowFits = () => true;

export function provenanceOf(token: ValueToken, derivation?: Provenance['derivation']): Provenance {
  const loc = token.loc;
  // A place of lines and columns only (every text token) is made as one literal: built field by field, each cell's
  // provenance would change shape four times and grow a property store. The fields keep the same order either way.
  const prov: Provenance = isLineSpan(loc)
    ? { raw: token.raw, line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn }
    : placeFieldByField(token.raw, loc);
  if (derivation) prov.derivation = derivation;
  else if (token.kind === 'number' && token.lookalike) prov.derivation = 'lookalike-zero';
  return prov;
}

/** A Location with its line span set and nothing else. */
function isLineSpan(
  loc: Location,
): loc is Location & { line: number; column: number; endLine: number; endColumn: number } {
  return (
    loc.line !== undefined &&
    loc.column !== undefined &&
    loc.endLine !== undefined &&
    loc.endColumn !== undefined &&
    loc.page === undefined &&
    loc.table === undefined &&
    loc.row === undefined &&
    loc.cell === undefined &&
    loc.path === undefined
  );
}

/** A provenance of any place, its fields copied one by one (a spread would be slower, and copy undefined ones). */
function placeFieldByField(raw: string, loc: Location): Provenance {
  const prov: Provenance = { raw };
  if (loc.line !== undefined) prov.line = loc.line;
  if (loc.column !== undefined) prov.column = loc.column;
  if (loc.endLine !== undefined) prov.endLine = loc.endLine;
  if (loc.endColumn !== undefined) prov.endColumn = loc.endColumn;
  if (loc.page !== undefined) prov.page = loc.page;
  if (loc.table !== undefined) prov.table = loc.table;
  if (loc.row !== undefined) prov.row = loc.row;
  if (loc.cell !== undefined) prov.cell = loc.cell;
  if (loc.path !== undefined) prov.path = loc.path;
  return prov;
}

function valueOf(token: ValueToken): number | null {
  return token.kind === 'number' ? token.value : null;
}

/** An empty cell of a guessed grid: a cell only if the row's count says so, else filler. */
export function isSoftBlank(token: ValueToken): boolean {
  return token.kind === 'blank' && token.soft === true;
}

export function assignRow(tokens: ValueToken[], expected: number, fits: RowFits): RowAssignment {
  // Most rows hold no soft blank: then the tokens themselves are the hard values, with no filtered copy.
  const hard = tokens.some(isSoftBlank) ? tokens.filter((t) => !isSoftBlank(t)) : tokens;
  if (hard.length < expected) {
    const positional = byPosition(tokens, expected);
    if (positional) return positional;
  }
  let values = hard;
  while (values.length > expected && values[values.length - 1]?.kind === 'blank') values = values.slice(0, -1);
  if (values.length >= expected) {
    if (values.length === expected) values = inLineOrderThatFits(values, fits);
    const cells: CellResult[] = [];
    for (let i = 0; i < expected; i++) {
      const token = values[i];
      if (token) cells.push(placedCell(valueOf(token), provenanceOf(token)));
    }
    return { status: 'ok', cells, extras: values.slice(expected), split: false };
  }
  const pieces: SplitPiece[] = values.map((t) => {
    const piece: SplitPiece = { value: valueOf(t) };
    if (t.kind === 'number' && /^[+-]?\d+(\.\d+)?$/.test(t.digits)) piece.digits = t.digits;
    return piece;
  });
  const splittable = pieces.some((p) => p.digits && /\d\d/.test(p.digits.replace(/\..*$/, '')));
  if (!splittable) return shortRow(values, expected);
  const found = splitRow(pieces, expected, fits);
  if (found.length === 0) {
    // Nothing glued and no split fits: the cells really are missing (a clipped column), not run together.
    if (!values.some((t) => t.kind === 'number' && t.glued)) return shortRow(values, expected);
    return { status: 'unsplittable', tokens: values };
  }
  if (found.length > 1) {
    const candidates = found.map((f) => f.values);
    return { status: 'ambiguous', candidates, tokens: values, cells: agreedCells(found, values, expected) };
  }
  const only = found[0];
  if (!only) return { status: 'unsplittable', tokens: values };
  const cells: CellResult[] = [];
  only.parts.forEach((parts, i) => {
    const token = values[i];
    if (!token) return;
    for (let k = 0; k < parts; k++) {
      cells.push(placedCell(only.values[cells.length] ?? null, provenanceOf(token, parts > 1 ? 'split-digits' : undefined)));
    }
  });
  return { status: 'ok', cells, extras: [], split: true };
}

/**
 * A row whose values came on two or three lines, in an order that breaks the row's own identity, while exactly one
 * other order of those lines keeps it: pdftotext's raw order prints a wrapped row's last cells first (`0 0 1` before
 * `…公开申请 0 1 0 0`). With no such order, or more than one, the values stay as read.
 */
function inLineOrderThatFits(values: ValueToken[], fits: RowFits): ValueToken[] {
  // A table without a row identity (anyFits) keeps every order: its values are not listed to ask.
  if (fits === anyFits || fits(values.map(valueOf))) return values;
  const lines: ValueToken[][] = [];
  for (const token of values) {
    const last = lines[lines.length - 1];
    if (last && last[0]?.unit === token.unit) last.push(token);
    else lines.push([token]);
  }
  if (lines.length < 2 || lines.length > 3) return values;
  const fitting = (OTHER_ORDERS[lines.length] ?? [])
    .map((order) => order.flatMap((i) => lines[i] ?? []))
    .filter((reordered) => fits(reordered.map(valueOf)));
  return fitting.length === 1 && fitting[0] ? fitting[0] : values;
}

/** The orders of two or three lines other than as read. */
const OTHER_ORDERS: Record<number, number[][]> = {
  2: [[1, 0]],
  3: [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]],
};

/**
 * Guessed grids drop or keep empty cells at random, but when the cells of a row, empty ones included, number exactly
 * what the template has, their positions are right: seed-style `→→→→→0→0…` leaves the first five cells blank.
 */
function byPosition(tokens: ValueToken[], expected: number): RowAssignment | null {
  let cells = tokens;
  const isSoft = (t: ValueToken | undefined): boolean => t?.kind === 'blank' && t.soft === true;
  while (cells.length > expected && isSoft(cells[cells.length - 1])) cells = cells.slice(0, -1);
  while (cells.length > expected && isSoft(cells[0])) cells = cells.slice(1);
  if (cells.length !== expected || !cells.some(isSoft)) return null;
  const units = new Set(cells.map((t) => t.unit));
  if (units.size !== 1) return null;
  return {
    status: 'ok',
    cells: cells.map((t) => placedCell(valueOf(t), provenanceOf(t))),
    extras: [],
    split: false,
  };
}

/**
 * Cells on which every candidate split agrees are known even when the row as a whole is not: 1110012 followed by
 * ten zeros leaves the 行政复议 cells open but not the ten zeros. The others stay null.
 */
export function agreedCells(
  found: Array<{ values: Array<number | null>; parts?: number[] }>,
  tokens: ValueToken[],
  expected: number,
): CellResult[] {
  const first = found[0];
  // Which token each cell of the first candidate came from, and whether that token was cut.
  const origin: Array<{ token: ValueToken | undefined; split: boolean }> = [];
  (first?.parts ?? tokens.map(() => 1)).forEach((parts, i) => {
    for (let k = 0; k < parts; k++) origin.push({ token: tokens[i], split: parts > 1 });
  });
  return Array.from({ length: expected }, (_, i) => {
    const value = first?.values[i];
    const agreed = value !== undefined && value !== null && found.every((c) => c.values[i] === value);
    const from = origin[i];
    if (!agreed || !from?.token) return placedCell(null, null);
    return placedCell(value, provenanceOf(from.token, from.split ? 'split-digits' : undefined));
  });
}

/** Fewer values than cells and no way to tell which are missing: read left to right, the rest blank. */
function shortRow(values: ValueToken[], expected: number): RowAssignment {
  const cells: CellResult[] = values.map((t) => placedCell(valueOf(t), provenanceOf(t)));
  while (cells.length < expected) cells.push(placedCell(null, null));
  return { status: 'short', cells, missing: expected - values.length };
}

/**
 * More values than cells, and the first of them break the row's own identity (Table B: the total is the sum of the
 * six columns): which values are the row's is then a guess. pdftotext's default order prints two rows' values
 * interleaved after one label (结转 and 总计: 108 0 38 0 1 0 …). None is placed.
 */
export function unplacedIfExtrasMisfit(assignment: RowAssignment, tokens: ValueToken[], fits: RowFits): RowAssignment {
  if (assignment.status !== 'ok' || !assignment.extras.some((t) => t.kind === 'number')) return assignment;
  if (fits(assignment.cells.map((c) => c.value))) return assignment;
  return { status: 'unplaced', tokens: tokens.filter((t) => !isSoftBlank(t)), missing: 0 };
}

/**
 * A short row of a table with several like columns (Table B's seven applicant columns) cannot be read left to right:
 * an extractor that wraps a row prints its last cells first as readily as its first ones. Its values stay unplaced.
 */
export function unplacedIfShort(assignment: RowAssignment, tokens: ValueToken[]): RowAssignment {
  if (assignment.status !== 'short') return assignment;
  return { status: 'unplaced', tokens: tokens.filter((t) => !isSoftBlank(t)), missing: assignment.missing };
}
