import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeLabel } from '../format/normalize.js';
import { textToDocument } from '../ingest/text/index.js';
import { tokenize, type RowLabels } from './tokens.js';
import { toUnits, type Unit } from './units.js';

const officials = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量'].map(normalizeLabel);
const labels: RowLabels = { isRowLabel: (norm) => officials.includes(norm), officials: new Set(officials) };

function line(index: number, text: string): Unit {
  return { index, text, loc: { line: index + 1, column: 1, endLine: index + 1, endColumn: text.length }, norm: normalizeLabel(text) };
}

const read = (units: Unit[]) => tokenize(units, labels).map((t) => (t.kind === 'text' ? `[${t.raw}]` : t.kind === 'number' ? t.value : '_'));

test('a caption glued before a row label is cut off, and the digits after the label are its values', () => {
  const units = [line(0, '申请情况一、本年新收政府信息公开申请数量 12 0 3')];
  assert.deepEqual(read(units), ['[申请情况]', '[一、本年新收政府信息公开申请数量]', 12, 0, 3]);
});

test('the same label text read again, in another report, is cut the same way', () => {
  // The second reading answers from the label memo: it must give what the first reading gave.
  const first = read([line(0, '表三二、上年结转政府信息公开申请数量 4 5')]);
  const again = read([line(7, '表三二、上年结转政府信息公开申请数量 6 7')]);
  assert.deepEqual(first, ['[表三]', '[二、上年结转政府信息公开申请数量]', 4, 5]);
  assert.deepEqual(again, ['[表三]', '[二、上年结转政府信息公开申请数量]', 6, 7]);
});

test('text that ends in no row label keeps numbers set off by a space, but not digits glued to it', () => {
  assert.deepEqual(read([line(0, '本年度共计 5')]), ['[本年度共计]', 5]);
  assert.deepEqual(read([line(0, '本年度共计5')]), ['[本年度共计5]']);
});

test('labels and blank marks read the same the second time, each token in its own place', () => {
  // Pieces without numbers are remembered: the second line must still get its own columns and unit.
  const first = tokenize([line(0, '（一）予以公开 | - | 3')], labels);
  const again = tokenize([line(4, '（一）予以公开 | - | 5')], labels);
  for (const [tokens, lineNo] of [[first, 1], [again, 5]] as const) {
    assert.deepEqual(
      tokens.map((t) => [t.kind, t.raw, t.kind === 'text' ? t.norm : null, t.unit, t.loc.line, t.loc.column]),
      [
        ['text', '（一）予以公开', '(一)予以公开', lineNo - 1, lineNo, 1],
        ['blank', '-', null, lineNo - 1, lineNo, 11],
        ['number', lineNo === 1 ? '3' : '5', null, lineNo - 1, lineNo, 15],
      ],
    );
  }
});

test('cells and short paragraphs read through their shared LabelText give the tokens their bare texts give', () => {
  // toUnits gives label cells and short paragraphs a LabelText, where their reading is remembered for each table's
  // labels; the same texts in units without one are read through the piece memo. Both readings, first and again (then
  // straight from the LabelText, in tokenize), must agree token for token, places included.
  const text = ['（一）予以公开\t3\t-', '（二）部分公开', '12', '二、上年结转政府信息公开申请数量\t4'].join('\n');
  const shape = (tokens: ReturnType<typeof tokenize>) =>
    tokens.map((t) => [t.kind, t.raw, t.kind === 'text' ? t.norm : t.kind === 'number' ? t.value : null, t.unit, t.loc.column]);
  const withLabels = () => toUnits(textToDocument(text));
  const bare = () => withLabels().map((u) => ({ ...u, label: undefined, cellLabels: undefined }));
  const units = withLabels();
  assert.ok(units[0]?.cellLabels?.[0] && units[1]?.label, 'the row label cell and the label paragraph carry a LabelText');
  assert.equal(units[1]?.label?.norm, normalizeLabel('（二）部分公开'));
  const expected = shape(tokenize(bare(), labels));
  assert.deepEqual(shape(tokenize(units, labels)), expected);
  assert.deepEqual(shape(tokenize(withLabels(), labels)), expected);
  assert.deepEqual(shape(tokenize(bare(), labels)), expected);
  assert.deepEqual(expected.slice(0, 3), [
    ['text', '（一）予以公开', '(一)予以公开', 0, 1],
    ['number', '3', 3, 0, 9],
    ['blank', '-', null, 0, 11],
  ]);
});

test('rows flattened onto one line with one space between cells and rows are cut after each row’s numbers', () => {
  const units = [line(0, '申请人情况 自然人 总计 一、本年新收政府信息公开申请数量 12 0 3 二、上年结转政府信息公开申请数量 4 5 本年度共计 5')];
  assert.deepEqual(read(units), [
    '[申请人情况 自然人 总计]',
    '[一、本年新收政府信息公开申请数量]',
    12,
    0,
    3,
    '[二、上年结转政府信息公开申请数量]',
    4,
    5,
    '[本年度共计]',
    5,
  ]);
  // One row label followed by numbers is not enough: prose with a count in it stays as it was read.
  assert.deepEqual(read([line(0, '本年度收到 5 件申请 一、本年新收政府信息公开申请数量 12 0 3')]).slice(0, 1), ['[本年度收到 5 件申请]']);
});
