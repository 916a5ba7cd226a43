import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textToDocument } from '../ingest/index.js';
import type { Anomaly } from '../model/report.js';
import { extractReport } from './index.js';

// A fictional 2020 report on the 2019 trial table, with a row the template does not have after 规范性文件.
const text = [
  '青禾县文旅局2020年政府信息公开工作年度报告',
  '一、总体情况',
  '2020年，我局依法做好政府信息公开工作。',
  '二、主动公开政府信息情况',
  '第二十条第(一)项 | | |',
  '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
  '规章 | 0 | 0 | 0 |',
  '规范性文件 | 4 | 4 | 27 |',
  '其他公开文件（含以本局名义印发的其他文件） | 12 | 9',
  '第二十条第(五)项 | |',
  '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
  '行政许可 | 3 | 0 | 15 |',
].join('\n');

/** 规范性文件 read with its own three values and 其他公开文件 named as the extra row after it: that anomaly. */
function extraRowRead(input: string): Anomaly[] {
  const report = extractReport(textToDocument(input));
  assert.deepEqual(report.active.normativeDocs, { made: 4, published: 4, totalPublished: 27 });
  const extra = report.anomalies.filter((a) => a.key === 'active.normativeDocs');
  assert.deepEqual(
    extra.map((a) => [a.code, a.raw, a.values]),
    [['extra-row', '其他公开文件', [12, 9]]],
  );
  return extra;
}

test('a row the template lacks, printed after 规范性文件, is named without its filling note; 规范性文件 keeps its own three values', () => {
  const extra = extraRowRead(text);
  assert.equal(extra[0]?.loc?.line, 9);
});

test('rows printed with blank cells after their values (| 4 | 4 | 27 | ||): the extra row is still named, not read as extra cells', () => {
  const padded = text
    .split('\n')
    .map((line) => (/^(?:规章|规范性文件|其他公开文件)/.test(line) ? `${line.replace(/\s*\|?$/, '')} | ||` : line))
    .join('\n');
  extraRowRead(padded);
});
