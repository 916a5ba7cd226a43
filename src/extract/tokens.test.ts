import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeLabel } from '../format/normalize.js';
import { tokenize, type RowLabels } from './tokens.js';
import type { Unit } from './units.js';

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
