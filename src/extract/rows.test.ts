import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFor } from '../format/index.js';
import { normalizeLabel } from '../format/normalize.js';
import { LabelMatcher } from './rows.js';

const rows = formatFor('2021').requestRows;
const matcher = LabelMatcher.for(rows);
const keysOf = (text: string) => matcher.candidates(normalizeLabel(text)).map((c) => rows[c.index]?.key);

test('the first line of a wrapped label names its row by its numbering and opening words', () => {
  assert.deepEqual(keysOf('2.其他法律行政法'), ['withheld.prohibitedByLaw']);
  assert.deepEqual(keysOf('5.属于三类内部事'), ['withheld.internalAffairs']);
  assert.deepEqual(keysOf('4.无正当理由大量'), ['notProcessed.massRepeated']);
  // With a piece of the group label printed before it on the same line.
  assert.deepEqual(keysOf('）不 2.其他法律行政法'), ['withheld.prohibitedByLaw']);
});

test('a first line is not enough with other numbering, or with too few words to tell rows apart', () => {
  assert.deepEqual(keysOf('3.其他法律行政法'), []);
  assert.deepEqual(keysOf('1.申请'), []);
  // Without numbering it could be any text around the table.
  assert.deepEqual(keysOf('其他法律行政法'), []);
  assert.deepEqual(keysOf('本年度收到2.其他法律行政法'), []);
});

test('二、上年转结 (the two characters swapped, as some reports print it) still names the carried-over row', () => {
  assert.deepEqual(keysOf('二、上年转结政府信息公开申请数量'), ['carriedOver']);
});

test('三类内容事务, a typo of 三类内部事务 seen in a real report, still names its row (label-official then names the typo)', () => {
  assert.deepEqual(keysOf('5.属于三类内容事务信息'), ['withheld.internalAffairs']);
});
