/**
 * Table B as pdftotext prints it in its default order (neither -layout nor -raw): some rows' values before their
 * labels, others after, two rows' values interleaved after one label. Where the values could be another row's, the
 * row is left null rather than filled with them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFor } from '../format/index.js';
import { normalizeLabel } from '../format/normalize.js';
import { readRequests } from './requests.js';
import type { Unit } from './units.js';

const format = formatFor('2021');
const zeros = '0 0 0 0 0 0 0';

function units(lines: string[]): Unit[] {
  return lines.map((text, index) => ({ index, text, loc: { line: index + 1 }, norm: normalizeLabel(text) }));
}

function cellsOf(lines: string[], row: string): Array<number | null> {
  const read = readRequests(units(lines), format);
  return read.cells.filter((c) => c.key.startsWith(`requests.${row}.`)).map((c) => c.value);
}

const middle = format.requestRows
  .filter((r) => !['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].includes(r.key))
  .map((r) => `${r.label} ${zeros}`);

test('a row whose values may be printed before or after its label, each fitting its total, is left null', () => {
  const lines = [
    '12 3 0 1 0 2 18',
    '一、本年新收政府信息公开申请数量',
    '1 0 0 0 0 0 1',
    '二、上年结转政府信息公开申请数量',
    ...middle,
    `（七）总计 ${zeros}`,
    `四、结转下年度继续办理 ${zeros}`,
  ];
  assert.deepEqual(cellsOf(lines, 'newReceived'), [null, null, null, null, null, null, null]);
  assert.deepEqual(cellsOf(lines, 'granted'), [0, 0, 0, 0, 0, 0, 0]);
});

test('two rows’ values interleaved after one label (more values than cells, the first not adding up) are not taken', () => {
  const lines = [
    `一、本年新收政府信息公开申请数量 ${zeros}`,
    `二、上年结转政府信息公开申请数量 ${zeros}`,
    ...middle,
    '四、结转下年度继续办理',
    '108 0 38 0 1 0 1 0 0 0 0 0 148 0',
    '（七）总计',
  ];
  assert.deepEqual(cellsOf(lines, 'carriedForward'), [null, null, null, null, null, null, null]);
  const read = readRequests(units(lines), format);
  assert.ok(read.anomalies.some((a) => a.key === 'requests.carriedForward' && a.text.includes('读到 14 个')));
});

test('extra values after a row whose first values add up are still read, as before, with the extras reported', () => {
  const lines = [
    `一、本年新收政府信息公开申请数量 3 0 0 0 0 1 4 9`,
    `二、上年结转政府信息公开申请数量 ${zeros}`,
    ...middle,
    `（七）总计 ${zeros}`,
    `四、结转下年度继续办理 ${zeros}`,
  ];
  assert.deepEqual(cellsOf(lines, 'newReceived'), [3, 0, 0, 0, 0, 1, 4]);
  assert.ok(readRequests(units(lines), format).anomalies.some((a) => a.code === 'extra-cells' && a.key === 'requests.newReceived'));
});

test('a table printed wholly with each row’s values before its label is still read in that order, every row kept', () => {
  const lines = format.requestRows.flatMap((r, i) => [`${i + 1} 0 0 0 0 0 ${i + 1}`, r.label]);
  const read = readRequests(units(lines), format);
  format.requestRows.forEach((r, i) => {
    const values = read.cells.filter((c) => c.key.startsWith(`requests.${r.key}.`)).map((c) => c.value);
    assert.deepEqual(values, [i + 1, 0, 0, 0, 0, 0, i + 1], r.key);
  });
});
