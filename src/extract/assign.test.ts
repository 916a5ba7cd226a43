import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anyFits, assignRow, provenanceOf } from './assign.js';
import type { ValueToken } from './rows.js';

/** Number tokens, one per value, all on the given line. */
function line(lineNo: number, values: number[]): ValueToken[] {
  return values.map((value, i) => ({
    kind: 'number',
    raw: String(value),
    value,
    digits: String(value),
    loc: { line: lineNo, column: 1 + 2 * i },
    unit: lineNo,
    glued: false,
  }));
}

/** Table B's own identity: the seventh cell is the sum of the six before it. */
const totalFits = (values: Array<number | null>): boolean =>
  values.slice(0, 6).reduce<number>((sum, v) => sum + (v ?? 0), 0) === values[6];

const valuesOf = (assignment: ReturnType<typeof assignRow>) =>
  assignment.status === 'ok' ? assignment.cells.map((c) => c.value) : assignment.status;

test('a row printed as its last cells, then its first: the one order that keeps the total is taken', () => {
  const assignment = assignRow([...line(135, [0, 0, 1]), ...line(136, [0, 1, 0, 0])], 7, totalFits);
  assert.deepEqual(valuesOf(assignment), [0, 1, 0, 0, 0, 0, 1]);
  // Each cell keeps the place it was read from.
  assert.equal(assignment.status === 'ok' ? assignment.cells[0]?.prov?.line : null, 136);
  assert.equal(assignment.status === 'ok' ? assignment.cells[6]?.prov?.line : null, 135);
});

test('lines in an order that already balances, or that no other order balances, stay as read', () => {
  assert.deepEqual(valuesOf(assignRow([...line(1, [2, 1, 0, 0]), ...line(2, [0, 0, 3])], 7, totalFits)), [2, 1, 0, 0, 0, 0, 3]);
  // An agency's own wrong sum: no order balances, so the checker reports it as printed.
  assert.deepEqual(valuesOf(assignRow([...line(1, [2, 1, 0, 0]), ...line(2, [0, 0, 9])], 7, totalFits)), [2, 1, 0, 0, 0, 0, 9]);
  // Tables without a row identity are never reordered.
  assert.deepEqual(valuesOf(assignRow([...line(1, [0, 0, 1]), ...line(2, [0, 1, 0, 0])], 7, anyFits)), [0, 0, 1, 0, 1, 0, 0]);
});

test('two other orders that both balance: the values stay as read', () => {
  // As read, 0+0+0+2+1+1 ≠ 0. Lines 2,3,1 give [1,1,0,0,0,0,2] and lines 3,2,1 give [1,0,1,0,0,0,2]: both balance.
  const read = [...line(1, [0, 0, 0, 2]), ...line(2, [1]), ...line(3, [1, 0])];
  assert.deepEqual(valuesOf(assignRow(read, 7, totalFits)), [0, 0, 0, 2, 1, 1, 0]);
});

test('provenance copies the place a value was read from, in one field order, with how it was read', () => {
  const token = (loc: ValueToken['loc'], lookalike = false): ValueToken => ({
    kind: 'number',
    raw: 'O',
    value: 0,
    digits: '0',
    loc,
    unit: 0,
    glued: false,
    lookalike,
  });
  const keysAndValues = (prov: object) => Object.entries(prov);
  assert.deepEqual(keysAndValues(provenanceOf(token({ endColumn: 9, line: 3, endLine: 3, column: 5 }))), [
    ['raw', 'O'],
    ['line', 3],
    ['column', 5],
    ['endLine', 3],
    ['endColumn', 9],
  ]);
  assert.deepEqual(keysAndValues(provenanceOf(token({ line: 3, column: 5, endLine: 3, endColumn: 9 }, true))).at(-1), [
    'derivation',
    'lookalike-zero',
  ]);
  assert.deepEqual(keysAndValues(provenanceOf(token({ cell: 2, page: 4, row: 7, table: 1 }), 'split-digits')), [
    ['raw', 'O'],
    ['page', 4],
    ['table', 1],
    ['row', 7],
    ['cell', 2],
    ['derivation', 'split-digits'],
  ]);
  // A line span with a page as well is copied whole.
  assert.deepEqual(Object.keys(provenanceOf(token({ line: 1, column: 1, endLine: 1, endColumn: 2, page: 1 }))), [
    'raw',
    'line',
    'column',
    'endLine',
    'endColumn',
    'page',
  ]);
});
