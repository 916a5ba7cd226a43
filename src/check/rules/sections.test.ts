import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildReport } from '../examples.js';
import { ruleTester } from '../rule-tester.js';
import { runRules } from '../runner.js';
import { examples, rule } from './sections.js';

ruleTester(rule, examples);

test('a （四） sub-heading inside 一 that extraction took for section 四 is not “四 before 二”', () => {
  const report = buildReport({});
  const appeals = report.sections.appeals;
  assert.ok(appeals);
  // As extraction gives it when the page ends before the real 四: the sub-heading of 一, met second.
  report.sections.appeals = { ...appeals, heading: '（四）因政府信息公开申请的行政复议、行政诉讼情况', position: 1 };
  for (const key of ['activeDisclosure', 'requests', 'problems', 'other'] as const) {
    const section = report.sections[key];
    if (section) report.sections[key] = { ...section, position: section.position + 1 };
  }
  assert.deepEqual(runRules(report, [rule], {}), []);
});

test('section 四 printed as “四、” before 二 is still out of order', () => {
  const report = buildReport({ sectionOrder: ['overview', 'appeals', 'activeDisclosure', 'requests', 'problems', 'other'] });
  const findings = runRules(report, [rule], {});
  assert.deepEqual(
    findings.map((f) => [f.messageId, f.location.key]),
    [['outOfOrder', 'sections.appeals']],
  );
});
