import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitDigits, splitRow } from './split.js';

const rowTotal = (v: Array<number | null>): boolean =>
  v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0) === v[6];

test('splitDigits cuts without leading zeros', () => {
  assert.deepEqual(splitDigits('105', 2), [[10, 5]]);
  assert.deepEqual(splitDigits('100', 2), [[10, 0]]);
  assert.deepEqual(splitDigits('000', 3), [[0, 0, 0]]);
  assert.deepEqual(splitDigits('12', 3), []);
});

test('the row total picks the one split of a glued crawler row', () => {
  const found = splitRow([{ digits: '21710000218', value: 21710000218 }], 7, rowTotal);
  assert.deepEqual(
    found.map((f) => f.values),
    [[217, 1, 0, 0, 0, 0, 218]],
  );
});

test('several splits that all fit are all returned', () => {
  // 1,1,0,0,0,0,2 / 11,0,0,0,0,0,11? no: digits 1100002 → only 1,1,0,0,0,0,2 fits with 7 one-digit parts
  assert.equal(splitRow([{ digits: '1100002', value: 1100002 }], 7, rowTotal).length, 1);
  // 3 parts and no identity: 3,1,25 / 3,12,5 / 31,2,5
  assert.equal(splitRow([{ digits: '3125', value: 3125 }], 3, () => true).length, 3);
});

test('pieces already separated keep their place', () => {
  const found = splitRow([{ value: 5 }, { digits: '00000', value: 0 }, { value: 5 }], 7, rowTotal);
  assert.deepEqual(found[0]?.values, [5, 0, 0, 0, 0, 0, 5]);
  assert.deepEqual(found[0]?.parts, [1, 5, 1]);
});
