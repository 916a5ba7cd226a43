import assert from 'node:assert/strict';
import { test } from 'node:test';
import { levelOf, sameAgency } from './agency.js';

test('sameAgency: a short form matches the full name; different places or bodies do not', () => {
  assert.ok(sameAgency('沙泉镇', '河曲县沙泉镇人民政府'));
  assert.ok(sameAgency('沙湾市金沟河镇', '沙湾市金沟河镇人民政府'));
  assert.ok(sameAgency('河曲县 沙泉镇人民政府', '河曲县沙泉镇人民政府'));
  assert.ok(sameAgency('和平街道', '东城区和平街道办事处'));
  assert.ok(!sameAgency('旧县镇', '河曲县同县镇人民政府'));
  assert.ok(!sameAgency('河曲县旧县镇人民政府', '河曲县同县镇人民政府'));
  assert.ok(!sameAgency('青禾县人民政府办公室', '青禾县人民政府'));
});

test('sameAgency: a commission named short (某市卫生健康委) is its full name (某市卫生健康委员会); another commission is not', () => {
  assert.ok(sameAgency('临江市卫生健康委', '临江市卫生健康委员会'));
  assert.ok(sameAgency('临江市发展和改革委员会', '临江市发展和改革委'));
  assert.ok(!sameAgency('临江市卫生健康委', '临江市发展和改革委员会'));
  // 委员会 inside a name is left as it is: a committee's office is not the committee.
  assert.ok(!sameAgency('临江市人大常委会办公室', '临江市人大常委会'));
});

test('levelOf: an autonomous region is a province, its 区 no district’s', () => {
  assert.equal(levelOf('青禾自治区统计局'), 'province-department');
  assert.equal(levelOf('青禾自治区人民政府'), 'province-government');
  assert.equal(levelOf('青禾自治区云溪市白露区财政局'), 'county-department');
  assert.equal(levelOf('云溪自治县人民政府'), 'county-government');
});
