import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildReport } from '../examples.js';
import { ruleTester } from '../rule-tester.js';
import { runRules } from '../runner.js';
import { examples, rule } from './date-after-deadline.js';

ruleTester(rule, examples);

/** A report whose date extraction read from the line given (line 2), under a title on line 1. */
function datedOn(text: string) {
  const report = buildReport({ meta: { year: 2024, publishedDate: '2025-02-10', level: 'township' } });
  report.lines = [
    { text: '某某镇人民政府2024年政府信息公开工作年度报告', loc: { line: 1 } },
    { text, loc: { line: 2 } },
  ];
  report.provenance['meta.publishedDate'] = { line: 2, column: 6, raw: '2025-02-10' };
  return runRules(report, [rule], {});
}

test('a date read from the page’s 发布时间 is called 发布日期, not 落款日期', () => {
  const [finding] = datedOn('发布时间：2025-02-10 09:30');
  assert.equal(finding?.message, '发布日期 2025-02-10 晚于发布期限 2025-01-31（条例第四十九条：每年1月31日前）。');
  assert.equal(finding?.location.line, 2);
});

test('a date under the signature stays 落款日期', () => {
  const [finding] = datedOn('2025年2月10日');
  assert.match(finding?.message ?? '', /^落款日期 2025-02-10 晚于/);
});
