import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findGrids, type LineRun } from './grid.js';
import type { Rule } from './read-pages.js';

const cell = (text: string, x: number, y: number, line: number, size = 10): LineRun => ({
  text,
  x,
  y,
  width: Array.from(text).length * size,
  size,
  line,
});
const h = (y: number, x0: number, x1: number): Rule => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Rule => ({ x0: x, y0, x1: x, y1 });

/**
 * 3 × 3 slots, columns at x = 0, 100, 200, 300 and rows at y = 0, 20, 40, 60 (page points, y down):
 * the top-left cell spans two columns (no border at x = 100 in the first row), the right column's
 * lower cell spans two rows (no border at y = 40 under it).
 */
const rules: Rule[] = [
  h(0, 0, 300),
  h(20, 0, 300),
  h(40, 0, 200),
  h(60, 0, 300),
  v(0, 0, 60),
  v(100, 20, 60),
  v(200, 0, 60),
  v(300, 0, 60),
];

test('borders give the grid, missing borders give merged cells', () => {
  const runs = [
    cell('申请人情况', 50, 14, 1),
    cell('总计', 230, 14, 1),
    cell('自然人', 20, 34, 2),
    cell('23', 130, 34, 2),
    cell('合计', 220, 44, 3),
    cell('4', 130, 54, 4),
    cell('正文', 20, 120, 9),
  ];
  const { grids, rest } = findGrids(1, rules, runs);
  assert.equal(grids.length, 1);
  const grid = grids[0];
  assert.ok(grid);
  assert.equal(grid.rowCount, 3);
  assert.deepEqual(
    grid.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan, c.text, c.line]),
    [
      [0, 0, 1, 2, '申请人情况', 1],
      [0, 2, 1, 1, '总计', 1],
      [1, 0, 1, 1, '自然人', 2],
      [1, 1, 1, 1, '23', 2],
      [1, 2, 2, 1, '合计', 3],
      [2, 0, 1, 1, '', null],
      [2, 1, 1, 1, '4', 4],
    ],
  );
  assert.deepEqual(
    rest.map((r) => r.text),
    ['正文'],
  );
});

test('a run written across a cell border is cut at the border', () => {
  const { grids } = findGrids(1, rules, [cell('自然人23', 70, 34, 2)]);
  const texts = grids[0]?.cells.filter((c) => c.text !== '').map((c) => [c.col, c.text]);
  assert.deepEqual(texts, [
    [0, '自然人'],
    [1, '23'],
  ]);
});

test('thin wrapped lines of one cell are joined into the cell text', () => {
  const { grids } = findGrids(1, rules, [cell('（二）部分', 5, 32, 2, 8), cell('公开', 5, 39, 3, 8)]);
  assert.equal(grids[0]?.cells.find((c) => c.row === 1 && c.col === 0)?.text, '（二）部分公开');
});

test('a single framed box is not a table, and a frame without text is ignored', () => {
  const box = [h(0, 0, 300), h(100, 0, 300), v(0, 0, 100), v(300, 0, 100)];
  assert.equal(findGrids(1, box, [cell('一段加框的说明文字', 10, 50, 1)]).grids.length, 0);
  assert.equal(findGrids(1, rules, []).grids.length, 0);
});

test('a table drawn without outer side borders is closed by its horizontal rules', () => {
  const open = [h(0, 0, 300), h(20, 0, 300), h(40, 0, 300), v(150, 0, 40)];
  const { grids } = findGrids(1, open, [cell('规章', 10, 14, 1), cell('0', 200, 14, 1), cell('行政许可', 10, 34, 2), cell('146', 200, 34, 2)]);
  assert.deepEqual(
    grids[0]?.cells.map((c) => c.text),
    ['规章', '0', '行政许可', '146'],
  );
});
