import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameAgency } from './agency.js';

test('sameAgency: a short form matches the full name; different places or bodies do not', () => {
  assert.ok(sameAgency('沙泉镇', '河曲县沙泉镇人民政府'));
  assert.ok(sameAgency('沙湾市金沟河镇', '沙湾市金沟河镇人民政府'));
  assert.ok(sameAgency('河曲县 沙泉镇人民政府', '河曲县沙泉镇人民政府'));
  assert.ok(sameAgency('和平街道', '东城区和平街道办事处'));
  assert.ok(!sameAgency('旧县镇', '河曲县同县镇人民政府'));
  assert.ok(!sameAgency('河曲县旧县镇人民政府', '河曲县同县镇人民政府'));
  assert.ok(!sameAgency('青禾县人民政府办公室', '青禾县人民政府'));
});
