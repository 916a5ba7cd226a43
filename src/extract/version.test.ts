import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textToDocument } from '../ingest/index.js';
import { getValue } from '../model/values.js';
import { extractReport } from './index.js';

/** A 2022 report that keeps the 2019 header of 第二十条第（一）项 but has 2021's rows; its overview names 2019 rows. */
const KEPT_HEADER = [
  '一、总体情况',
  '2022年，东城区林业局主动公开行政许可、其他对外管理服务事项、政府集中采购等信息。',
  '二、主动公开政府信息情况',
  '第二十条第（一）项 | | | |',
  '信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |',
  '规章 | 0 | 0 | 0 |',
  '规范性文件 | 1 | 1 | 6 |',
  '第二十条第（五）项 | | |',
  '信息内容 | 处理决定数量 | |',
  '行政许可 | 85 | |',
  '第二十条第（六）项 | | |',
  '信息内容 | 处理决定数量 | |',
  '行政处罚 | 4 | |',
  '行政强制 | 0 | |',
  '第二十条第（八）项 | | |',
  '信息内容 | 本年度收费金额（单位：万元） | |',
  '行政事业性收费 | 0 | |',
];

test('a kept 2019 header of 第（一）项 is one vote: the 收费金额 header makes the tables 2021’s, even in a cut text', () => {
  const report = extractReport(textToDocument(KEPT_HEADER.join('\n')));
  assert.equal(report.meta.formatVersion, '2021');
  assert.equal(getValue(report, 'active.licensing.decisions'), 85);
  assert.equal(getValue(report, 'active.penalty.decisions'), 4);
  assert.equal(getValue(report, 'active.normativeDocs.inForce'), 6);
});

test('a 2019 table with its own rows stays 2019 when one 2021 word is there', () => {
  const old = [
    ...KEPT_HEADER.slice(0, 7),
    '第二十条第（五）项 | | | |',
    '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
    '行政许可 | 3 | 1 | 85 |',
    '其他对外管理服务事项 | 0 | 0 | 0 |',
    '第二十条第（九）项 | | |',
    '信息内容 | 采购项目数量 | 采购总金额 |',
    '政府集中采购 | 2 | 15.5 |',
    '本年收费金额为0。',
  ];
  const report = extractReport(textToDocument(old.join('\n')));
  assert.equal(report.meta.formatVersion, '2019');
});

test('with no tables, title or period, the year an overview sentence tells sets the format: 2020 is the trial format', () => {
  const text = [
    '一、总体情况',
    '青禾市某某委是市政府职能部门。2020年，我委配备了1名工作人员开展政府信息公开工作。',
    '（一）主动公开',
    '全年公开信息12条。',
    '（二）依申请公开',
    '全年收到申请2件，均已答复。',
    '（三）政府信息管理',
    '落实解读责任。',
  ];
  const report = extractReport(textToDocument(text.join('\n')));
  assert.equal(report.meta.year, 2020);
  assert.equal(report.meta.formatVersion, '2019');
});
