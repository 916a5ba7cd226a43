import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findColumnTables } from './columns.js';
import { makeLine, type Line } from './lines.js';

/** One line of segments `[x, text]` at baseline y; every character 10 pt wide. */
function line(index: number, y: number, ...segments: Array<[number, string]>): Line {
  return makeLine(
    segments.map(([x, text]) => ({ text, x, y, width: Array.from(text).length * 10, size: 10 })),
    1,
    index,
  );
}

const texts = (rows: Array<{ cells: Array<{ col: number; text: string }> }>) => rows.map((r) => r.cells.map((c) => `${c.col}:${c.text}`));

test('lines whose numbers line up become a table; a heading before and after stays prose', () => {
  const lines = [
    line(1, 100, [60, '二、主动公开政府信息情况']),
    line(2, 120, [60, '第二十条第（一）项']),
    line(3, 136, [80, '信息内容'], [270, '本年制发件数'], [370, '本年废止件数']),
    line(4, 152, [60, '规章'], [295, '0'], [395, '0']),
    line(5, 168, [60, '行政规范性文件'], [295, '3'], [390, '12']),
    line(6, 196, [60, '三、收到和处理政府信息公开申请情况']),
  ];
  const { tables, rest } = findColumnTables(lines);
  assert.equal(tables.length, 1);
  assert.deepEqual(texts(tables[0]?.rows ?? []), [
    ['0:第二十条第（一）项'],
    ['0:信息内容', '1:本年制发件数', '2:本年废止件数'],
    ['0:规章', '1:0', '2:0'],
    ['0:行政规范性文件', '1:3', '2:12'],
  ]);
  assert.deepEqual(
    rest.map((l) => l.index),
    [1, 6],
  );
});

test('the wrapped end of a label joins its cell; label levels become separate columns', () => {
  const lines = [
    line(1, 100, [60, '一、本年新收申请数量'], [300, '9'], [340, '12']),
    line(2, 116, [60, '三、本年'], [110, '（二）部分公开（区分处理'], [300, '0'], [340, '0']),
    line(3, 128, [110, '的，只计这一情形）']),
    line(4, 144, [110, '（三）不予公开'], [190, '1.属于国家秘密'], [300, '0'], [340, '0']),
  ];
  const { tables } = findColumnTables(lines);
  assert.deepEqual(texts(tables[0]?.rows ?? []), [
    ['0:一、本年新收申请数量', '3:9', '4:12'],
    ['0:三、本年', '1:（二）部分公开（区分处理的，只计这一情形）', '3:0', '4:0'],
    ['1:（三）不予公开', '2:1.属于国家秘密', '3:0', '4:0'],
  ]);
  const first = tables[0]?.rows[0]?.cells[0];
  assert.equal(first?.colSpan, 3);
});

test('a single line with a number is not a table', () => {
  const { tables } = findColumnTables([line(1, 100, [60, '全年共收到申请'], [300, '12']), line(2, 116, [60, '本年度未收取信息处理费。'])]);
  assert.equal(tables.length, 0);
});
