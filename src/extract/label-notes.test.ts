import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFor } from '../format/index.js';
import { normalizeLabel } from '../format/normalize.js';
import type { LabelDef } from '../format/types.js';
import { LabelMatcher } from './rows.js';

const activeRows = formatFor('2019').active.flatMap((block) => block.rows);
const requestRows = formatFor('2021').requestRows;
const keysOf = (rows: Array<LabelDef & { key: string }>, text: string) =>
  LabelMatcher.for(rows)
    .candidates(normalizeLabel(text))
    .map((c) => rows[c.index]?.key);

test('a row label with the template’s filling note in brackets names its row, even when the note is long', () => {
  assert.deepEqual(keysOf(activeRows, '规章（设区的市、自治州人民政府填报，其他单位填0）'), ['regulations']);
  const long = '其他对外管理服务事项（指行政许可以外的政务服务事项，含行政确认、行政奖励、行政裁决、行政给付、行政检查、行政征收和其他类，以及公共服务事项）';
  assert.deepEqual(keysOf(activeRows, long), ['otherServices']);
});

test('a unit in brackets is no filling note: 总计（件） and 其他（单位：件） name no row by their short words', () => {
  assert.deepEqual(keysOf(requestRows, '总计（件）'), []);
  assert.deepEqual(keysOf(requestRows, '其他（单位：件）'), []);
});
