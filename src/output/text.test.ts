import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayWidth, formatLocation, formatValue, padDisplay, paint } from './text.js';

test('CJK characters take two columns, ASCII one, ANSI codes none', () => {
  assert.equal(displayWidth('abc'), 3);
  assert.equal(displayWidth('错误'), 4);
  assert.equal(displayWidth('表三 5行9列'), 11);
  assert.equal(displayWidth('（一）'), 6);
  assert.equal(displayWidth(paint('错误', 'red', true)), 4);
  assert.equal(padDisplay('错误', 6), '错误  ');
  assert.equal(padDisplay('3:1', 6), '3:1   ');
});

test('paint wraps only when enabled', () => {
  assert.equal(paint('x', 'red', false), 'x');
  assert.equal(paint('x', 'red', true), '\u001b[31mx\u001b[39m');
});

test('locations: line:column, table cells, page, key, dash', () => {
  assert.equal(formatLocation({ line: 12, column: 5 }, 'zh-CN'), '12:5');
  assert.equal(formatLocation({ line: 12 }, 'zh-CN'), '12');
  assert.equal(formatLocation({ tableName: '三', table: 2, row: 5, cell: 9 }, 'zh-CN'), '表三 5行9列');
  assert.equal(formatLocation({ tableName: '三', table: 2, row: 5, cell: 9 }, 'en'), 'table 三 row 5 col 9');
  assert.equal(formatLocation({ table: 2, row: 5 }, 'zh-CN'), '表#2 5行');
  assert.equal(formatLocation({ page: 2, line: 14, column: 7 }, 'zh-CN'), '第2页 14:7');
  assert.equal(formatLocation({ page: 2, line: 14, column: 7 }, 'en'), 'p.2 14:7');
  assert.equal(formatLocation({ key: 'meta.publishedDate' }, 'zh-CN'), 'meta.publishedDate');
  assert.equal(formatLocation({}, 'en'), '-');
});

test('values: null is 空/blank, lists are joined', () => {
  assert.equal(formatValue(null, 'zh-CN'), '空');
  assert.equal(formatValue(undefined, 'en'), 'blank');
  assert.equal(formatValue(0.04, 'zh-CN'), '0.04');
  assert.equal(formatValue(['2021', '2019'], 'zh-CN'), '2021、2019');
  assert.equal(formatValue(['2021', '2019'], 'en'), '2021, 2019');
  assert.equal(formatValue([], 'zh-CN'), '无');
  assert.equal(formatValue([], 'en'), 'none');
  assert.equal(formatValue({ a: 1 }, 'en'), '{"a":1}');
});
