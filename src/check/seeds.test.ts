/**
 * The checker over the five real seed reports (ingest → extract → check). Skipped in a clone without shared/seeds.
 * Each seed lists every rule that fires, hand-checked against the seed text: anything else is a false positive.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedsDir } from '../testing/seeds.js';
import { extractReport } from '../extract/index.js';
import { ingestFile } from '../ingest/index.js';
import { checkReport } from './index.js';

const dir = seedsDir();

/** Per seed: rule id → messageIds expected, in the order the findings are listed. */
const EXPECTED: Record<string, Array<[string, string]>> = {
  '000_70de02c1e5790ca4.txt': [
    ['overview-coverage', 'missing'], // 一 has no 依申请公开, 信息管理 or 监督保障
    ['citation', 'missingHan'], // 国办公开办〔2021〕30 号
    ['blank-cell', 'blank'], // the 行政复议 value cells of 四 are empty in the text
    ['problems-rectification', 'noReference'],
    ['date-after-deadline', 'late'], // 2025年2月5日
  ],
  '001_006f0a812b9c2fe0.txt': [
    ['label-official', 'outdated'], // 规范性文件
    ['problems-rectification', 'noReference'],
    ['fee-statement', 'missing'],
  ],
  '002_06c4d2819f1ca5c3.txt': [
    ['date-missing', 'missing'],
    ['fee-statement', 'missing'], // 六 is just 无
  ],
  '003_ccc6fd39e1392b13.txt': [
    ['overview-coverage', 'missing'],
    ['extra-cells', 'extraCells'], // 行政处罚 16 0 0
    ['extra-cells', 'extraCells'], // 行政强制 1 0 0
    ['extra-cells', 'extraCells'], // 行政事业性收费 0 0 0
    ['label-official', 'corruption'], // 只记
    ['label-official', 'corruption'], // 重复出具
    ['extra-cells', 'extraColumn'], // 16th column of 四
    ['problems-rectification', 'noReference'],
    ['fee-statement', 'missing'],
    ['meta-agency-mismatch', 'mismatch'], // 旧县镇 / 同县镇
    ['date-before-year-end', 'early'], // 2023年12月21日
  ],
  '004_cfdd1f6bb9b2d072.txt': [
    ['date-missing', 'missing'],
    ['collapsed-row', 'collapsed'], // 三（六）其他处理 in one row
    ['problems-rectification', 'noReference'],
  ],
};

for (const [name, expected] of Object.entries(EXPECTED)) {
  test(`seed ${name}: exactly the real problems`, { skip: dir ? false : 'shared/seeds not present' }, async () => {
    const report = extractReport(await ingestFile(`${dir}${name}`));
    const findings = checkReport(report);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.messageId]),
      expected,
      findings.map((f) => `${f.ruleId}: ${f.message}`).join('\n'),
    );
    for (const finding of findings) assert.ok(finding.location.key, `${finding.ruleId} has no location key`);
  });
}
