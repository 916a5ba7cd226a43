/**
 * Table B as pdftotext prints it in its default order (neither -layout nor -raw): some rows' values before their
 * labels, others after, two rows' values interleaved after one label. Where the values could be another row's, the
 * row is left null rather than filled with them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { formatFor } from '../format/index.js';
import { ingestFile, textToDocument } from '../ingest/index.js';
import { getValue } from '../model/values.js';
import { normalizeLabel } from '../format/normalize.js';
import { extractReport } from './index.js';
import { readActive } from './active.js';
import { readRequests } from './requests.js';
import { toUnits } from './units.js';
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

test('rows whose values may be printed before or after their labels, each fitting its total, are left null', async () => {
  // The source report of fixtures/extractors printed by Chromium, text by `pdftotext` in its default order: the first
  // rows' values come before their labels, later ones after. Read after their labels, 本年新收 took 上年结转's values.
  const report = extractReport(await ingestFile(join(import.meta.dirname, '../../fixtures/raw-order/source-report-chromium-pdftotext-default.txt')));
  const truth = { newReceived: [12, 3, 0, 1, 0, 2, 18], carriedOver: [1, 0, 0, 0, 0, 0, 1], granted: [6, 2, 0, 1, 0, 1, 10] };
  for (const [row, want] of Object.entries(truth)) {
    const got = format.requestColumns.map((c) => getValue(report, `requests.${row}.${c.key}`));
    got.forEach((value, i) => assert.ok(value === null || value === want[i], `${row}: ${got.join(',')}`));
  }
  assert.ok(report.anomalies.some((a) => a.key === 'requests.newReceived'));
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

test('a table read after its labels with one short row and a stray number above it keeps every full row', () => {
  const lines = ['单位：件 2024', ...format.requestRows.map((r, i) => (i === 5 ? `${r.label} 1 0 0 0 0 1` : `${r.label} ${i + 1} 0 0 0 0 0 ${i + 1}`))];
  const read = readRequests(units(lines), format);
  format.requestRows.forEach((r, i) => {
    if (i === 5) return;
    const values = read.cells.filter((c) => c.key.startsWith(`requests.${r.key}.`)).map((c) => c.value);
    assert.deepEqual(values, [i + 1, 0, 0, 0, 0, 0, i + 1], r.key);
  });
});

/** Table A as the text gives it, read through the text adapter and units as any input is. */
function activeOf(lines: string[]): (key: string) => number | null | undefined {
  const read = readActive(toUnits(textToDocument(lines.join('\n'))), format);
  return (key) => read.cells.find((c) => c.key === `active.${key}`)?.value;
}

test('Table A in pdftotext’s default order for a LibreOffice PDF: a caption between a label and a value ends the row', () => {
  // Each one-value block comes as caption, value, label: 行政许可's value is the 4 before it, not the 1 after it.
  const value = activeOf([
    '第二十条第（一）项', '信息内容', '', '本年制发件数', '', '本年废止件数', '', '现行有效件数', '', '0',
    '1', '', '规章', '行政规范性文件', '', '0', '0', '', '0', '7',
    '', '第二十条第（五）项', '信息内容', '', '本年处理决定数量', '4', '', '行政许可', '第二十条第（六）项', '信息内容',
    '', '本年处理决定数量', '1', '', '行政处罚', '行政强制', '', '0', '信息内容', '',
    '行政事业性收费', '', '第二十条第（八）项', '本年收费金额（单位：万元）', '0',
  ]);
  assert.equal(value('licensing.decisions'), null);
  assert.equal(value('coercion.decisions'), 0);
});

test('Table A with its labels printed in a run before the captions and values (Chromium) is still shared out in order', () => {
  const value = activeOf([
    '规章', '行政规范性文件', '', '信息内容', '', '第二十条第（一）项', '本年制发件数', '0', '1', '',
    '本年废止件数', '0', '0', '', '现行有效件数', '0', '7', '', '行政许可', '行政处罚',
    '行政强制', '行政事业性收费', '', '信息内容', '信息内容', '信息内容', '', '第二十条第（五）项', '第二十条第（六）项', '',
    '本年处理决定数量', '4', '本年处理决定数量', '1', '0', '', '第二十条第（八）项', '本年收费金额（单位：万元）', '0',
  ]);
  assert.deepEqual(['licensing.decisions', 'penalty.decisions', 'coercion.decisions', 'fees.amount'].map(value), [4, 1, 0, 0]);
});
