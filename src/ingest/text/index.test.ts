import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textToDocument } from './index.js';

test('lines become paragraphs, trimmed, with the line and columns of their words', () => {
  const doc = textToDocument('\u3000\u3000一、总体情况  \n\n  本年度主动公开信息12条。');
  assert.deepEqual(doc.blocks, [
    { kind: 'paragraph', text: '一、总体情况', loc: { line: 1, column: 3, endLine: 1, endColumn: 8 } },
    { kind: 'paragraph', text: '本年度主动公开信息12条。', loc: { line: 3, column: 3, endLine: 3, endColumn: 15 } },
  ]);
});

test('\\r\\n and a lone \\r end lines as \\n does', () => {
  const lines = (doc: ReturnType<typeof textToDocument>) =>
    doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.loc.line] : null));
  assert.deepEqual(lines(textToDocument('甲\r\n乙\r丙\n\r\n丁')), [
    ['甲', 1],
    ['乙', 2],
    ['丙', 3],
    ['丁', 5],
  ]);
});

test('pipe rows: cells between the outer pipes, trimmed, with their columns; the Markdown rule is skipped', () => {
  const doc = textToDocument('| 信息内容 | 本年新制作数量 |\n|---|:--:|\n| 规章 | 0 |\n说明');
  assert.equal(doc.blocks.length, 2);
  const table = doc.blocks[0];
  assert.ok(table?.kind === 'table');
  assert.deepEqual(table.loc, { line: 1, endLine: 3 });
  assert.equal(table.reliableGrid, false);
  assert.deepEqual(
    table.rows.map((r) => r.cells.map((c) => c.text)),
    [
      ['信息内容', '本年新制作数量'],
      ['规章', '0'],
    ],
  );
  const row = table.rows[1];
  assert.deepEqual(row?.loc, { line: 3, column: 1, endLine: 3, endColumn: 10 });
  assert.deepEqual(
    row?.cells.map((c) => [c.loc.column, c.loc.endColumn, c.col]),
    [
      [2, 5, 0],
      [7, 9, 1],
    ],
  );
  assert.deepEqual(doc.blocks[1], { kind: 'paragraph', text: '说明', loc: { line: 4, column: 1, endLine: 4, endColumn: 2 } });
});

test('tab rows keep their empty cells; a pipe inside prose leaves the line a paragraph', () => {
  const doc = textToDocument('行政许可\t\t3\n甲 | 乙');
  const table = doc.blocks[0];
  assert.ok(table?.kind === 'table');
  assert.deepEqual(
    table.rows[0]?.cells.map((c) => [c.text, c.loc.column, c.loc.endColumn]),
    [
      ['行政许可', 1, 4],
      ['', 6, 6],
      ['3', 7, 7],
    ],
  );
  assert.deepEqual(doc.blocks[1], { kind: 'paragraph', text: '甲 | 乙', loc: { line: 2, column: 1, endLine: 2, endColumn: 5 } });
});

test('Markdown headings, quotes and bold marks are removed from the words; the heading level is kept', () => {
  const doc = textToDocument('## 一、总体情况\n> **注**：说明\n#无空格');
  assert.deepEqual(
    doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.heading] : null)),
    [
      ['一、总体情况', 2],
      ['注：说明', undefined],
      ['#无空格', undefined],
    ],
  );
});

test('pinyin printed in brackets after characters is dropped; other accented letters and brackets are kept', () => {
  const texts = (input: string) => textToDocument(input).blocks.map((b) => (b.kind === 'paragraph' ? b.text : null));
  assert.deepEqual(texts('新榮區(qū)交通局\n规(guī)章（zhāng）\n无障碍(mañana)设施\n本年(2024)共3件'), [
    '新榮區交通局',
    '规章',
    '无障碍(mañana)设施',
    '本年(2024)共3件',
  ]);
});

test('each line is told by its own marks: a tab, pipe or # on a later line makes no earlier line a row or heading', () => {
  const doc = textToDocument('甲乙\r\n丙\t1\r\n丁戊\n己 | 庚\n辛\r# 壬\n癸\t2\t3');
  assert.deepEqual(
    doc.blocks.map((b) =>
      b.kind === 'paragraph' ? [b.text, b.loc.line, b.heading] : b.rows.map((r) => [r.cells.map((c) => c.text), r.loc.line]),
    ),
    [
      ['甲乙', 1, undefined],
      [[['丙', '1'], 2]],
      ['丁戊', 3, undefined],
      ['己 | 庚', 4, undefined],
      ['辛', 5, undefined],
      ['壬', 6, 1],
      [[['癸', '2', '3'], 7]],
    ],
  );
});

test('a text is vouched clean only without debris marks, no-break spaces, radicals, 開 or tone-mark letters', () => {
  assert.equal(textToDocument('一、总体情况\n规章\t0\n| 甲 | 乙 |').cleanText, true);
  for (const input of ['甲<b>乙', '[bookmark: x]甲', '{{甲}}', '甲\u00a0乙', '⼈⺠政府', '政府信息公開', '规(guī)章', 'mañana']) {
    assert.equal(textToDocument(input).cleanText, false, input);
  }
  // A text with pinyin notes is read without them, whatever else it holds.
  const doc = textToDocument('规(guī)章\t0');
  assert.deepEqual(doc.blocks[0]?.kind === 'table' && doc.blocks[0].rows[0]?.cells.map((c) => c.text), ['规章', '0']);
});

test('html2text’s star-framed headings keep only their words, whatever the number of stars', () => {
  const texts = (doc: ReturnType<typeof textToDocument>) => doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : null));
  assert.deepEqual(texts(textToDocument('***** 某镇人民政府2024年政府信息公开工作年度报告 *****\n****** 一、总体情况 ******\n**加粗**')), [
    '某镇人民政府2024年政府信息公开工作年度报告',
    '一、总体情况',
    '加粗',
  ]);
});

test('a row split on pipes keeps the tabs inside its cells, and one split on tabs the pipes', () => {
  const doc = textToDocument('| 甲\t乙 | 丙 |\n丁\t戊|己\t\n| 庚 |\t辛\n| |\t|');
  const rows = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
  assert.deepEqual(
    rows.map((r) => r.cells.map((c) => [c.text, c.loc.column, c.loc.endColumn])),
    [
      [['甲\t乙', 2, 6], ['丙', 8, 10]],
      [['丁', 1, 1], ['戊|己', 3, 5], ['', 7, 7]],
      [['庚', 2, 4], ['辛', 6, 7]],
      [['', 2, 2], ['', 4, 4]],
    ],
  );
});
