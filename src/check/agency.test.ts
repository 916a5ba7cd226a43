import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankReport } from '../model/values.js';
import { isGrassroots, sameBody } from './agency.js';

test('sameBody: a short form matches the full name; different places or bodies do not', () => {
  assert.ok(sameBody('沙泉镇', '河曲县沙泉镇人民政府'));
  assert.ok(sameBody('沙湾市金沟河镇', '沙湾市金沟河镇人民政府'));
  assert.ok(sameBody('河曲县 沙泉镇人民政府', '河曲县沙泉镇人民政府'));
  assert.ok(sameBody('和平街道', '东城区和平街道办事处'));
  assert.ok(!sameBody('旧县镇', '河曲县同县镇人民政府'));
  assert.ok(!sameBody('河曲县旧县镇人民政府', '河曲县同县镇人民政府'));
  assert.ok(!sameBody('青禾县人民政府办公室', '青禾县人民政府'));
});

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
