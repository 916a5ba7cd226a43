import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankReport } from '../model/values.js';
import { isGrassroots } from './agency.js';

test('isGrassroots: by level, else by the name', () => {
  const report = blankReport('2021');
  report.meta.level = 'township';
  assert.ok(isGrassroots(report));
  report.meta.level = 'county-department';
  report.meta.agency = '青禾镇人民政府';
  assert.ok(!isGrassroots(report), 'a stated level wins over the name');
  report.meta.level = null;
  assert.ok(isGrassroots(report));
  report.meta.agency = '青禾县交通运输局';
  assert.ok(!isGrassroots(report));
});
