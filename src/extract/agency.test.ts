import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agencyFromTitle, fullAgencyName, levelOf, sameAgency } from './agency.js';

test('agency named before or after the year of a title', () => {
  assert.equal(agencyFromTitle('白石镇 2024 年政府信息公开工作年报'), '白石镇');
  assert.equal(agencyFromTitle('《青川县白石镇人民政府2024年度政府信息公开工作年度报告》'), '青川县白石镇人民政府');
  assert.equal(agencyFromTitle('2024年青川县教育局政府信息公开工作年度报告'), '青川县教育局');
  assert.equal(agencyFromTitle('2024年度政府信息公开工作年度报告'), null);
});

test('short and full names of one body agree; neighbouring towns do not', () => {
  assert.ok(sameAgency('白石镇', '青川县白石镇人民政府'));
  assert.ok(sameAgency('青川县白石镇', '青川县白石镇人民政府'));
  assert.ok(!sameAgency('青川县石门镇人民政府', '青川县白门镇人民政府'));
});

test('the full name comes from the 落款 when it agrees with the title', () => {
  assert.equal(fullAgencyName('白石镇', '青川县白石镇人民政府'), '青川县白石镇人民政府');
  assert.equal(fullAgencyName('青川县石门镇人民政府', '青川县白门镇人民政府'), '青川县石门镇人民政府');
  assert.equal(fullAgencyName(null, '青川县白石镇人民政府'), '青川县白石镇人民政府');
});

test('administrative level from the name', () => {
  assert.equal(levelOf('青川县白石镇人民政府'), 'township');
  assert.equal(levelOf('临江市东城街道办事处'), 'subdistrict');
  assert.equal(levelOf('青川县人民政府'), 'county-government');
  assert.equal(levelOf('青川县教育局'), 'county-department');
  assert.equal(levelOf('临江市人民政府'), 'city-government');
  assert.equal(levelOf('某某'), null);
});

test('agency named before the title words when the year follows them, or when there is no year', () => {
  assert.equal(agencyFromTitle('青川县文化局政府信息公开工作2024年度报告'), '青川县文化局');
  assert.equal(agencyFromTitle('临江市东城街道办事处政府信息公开工作年度报告'), '临江市东城街道办事处');
  assert.equal(agencyFromTitle('政府信息公开工作年度报告'), null);
  assert.equal(agencyFromTitle('我局2022年政府信息公开工作年度报告'), null);
  assert.equal(agencyFromTitle('本溪市2022年政府信息公开工作年度报告'), '本溪市');
});

test('a 人民政府 whose 政府 opens the title words keeps it', () => {
  assert.equal(agencyFromTitle('青川区人民政府信息公开工作年度报告（2024年度）'), '青川区人民政府');
  assert.equal(agencyFromTitle('2024年青川区人民政府信息公开工作年度报告'), '青川区人民政府');
  assert.equal(agencyFromTitle('青川区人民政府2024年政府信息公开工作年度报告'), '青川区人民政府');
});

test('a name a mirror site overwrote with its own Latin words is no agency', () => {
  assert.equal(agencyFromTitle('abc网址大全_旧版下载_mobile 8866人民政府2021年政府信息公开年度报告'), null);
});

test('a bare place before 政府信息公开 is its government; 2024年度街道信息公开… names no body', () => {
  assert.equal(agencyFromTitle('2024年青禾市政府信息公开工作年度报告'), '青禾市人民政府');
  assert.equal(agencyFromTitle('云溪区政府信息公开工作2024年度报告'), '云溪区人民政府');
  assert.equal(levelOf('青禾市人民政府'), 'city-government');
  // A municipality's government is a province's peer.
  assert.equal(levelOf('上海市人民政府'), 'province-government');
  assert.equal(agencyFromTitle('2024年度街道信息公开年度报告'), null);
  // A bureau's own title words are not a place's.
  assert.equal(agencyFromTitle('2024年青禾市某局政府信息公开工作年度报告'), '青禾市某局');
});
