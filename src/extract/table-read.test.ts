import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyTableRead, markTableUnits, recordRow } from './table-read.js';
import { textToken, type Token } from './tokens.js';

const label = textToken('（一）予以公开', '（一）予以公开', { line: 12, column: 1 }, 11);
const cells = { keys: ['requests.granted.naturalPerson', 'requests.granted.total'], slots: [0, 1] };

test('a row whose label stands alone (no value read at all) says so, not “只读到 0 个（）”', () => {
  const read = emptyTableRead();
  recordRow(read, cells, { status: 'unplaced', tokens: [], missing: 2 }, 'requests.granted', '（一）予以公开', label);
  assert.deepEqual(read.cells.map((c) => c.value), [null, null]);
  assert.equal(read.anomalies[0]?.text, '“（一）予以公开”一行应有 2 个数据格，一个也没有读到，均未取值');
  assert.deepEqual(read.anomalies[0]?.loc, { line: 12, column: 1 });
});

test('table units: a unit with a value or a first text that is no sentence, up to the last row; in any token order', () => {
  const loc = { line: 1, column: 1 };
  const text = (unit: number, norm: string): Token => textToken(norm, norm, loc, unit);
  const number = (unit: number): Token => ({ kind: 'number', raw: '3', value: 3, digits: '3', loc, unit, glued: false, lookalike: false });
  const tokens = [
    text(2, '本年度情况如下。'),
    text(3, '申请人情况'),
    text(4, '本年度收到申请如下表所列各项。'),
    number(4),
    text(5, '说明。'),
    text(5, '自然人'),
    number(7),
    text(9, '总计'),
  ];
  const marked = (order: Token[], lastUnit: number): number[] => {
    const read = emptyTableRead();
    markTableUnits(read, order, lastUnit);
    return read.tableUnits;
  };
  assert.deepEqual(marked(tokens, 7), [3, 4, 7]);
  assert.deepEqual(marked(tokens, 9), [3, 4, 7, 9]);
  // Units out of order (not as tokenize makes them) are read by unit index, with the same answer.
  const [prose, header, sentence, value, note, person, later, total] = tokens as [Token, Token, Token, Token, Token, Token, Token, Token];
  assert.deepEqual(marked([total, sentence, value, prose, header, note, person, later], 7), [3, 4, 7]);
});
