import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GongkaiError } from '../errors.js';
import { blankReport, setValue } from '../model/values.js';
import * as check from './index.js';
import { checkReport, RULES } from './index.js';
import { runRules, sortFindings } from './runner.js';
import type { Finding, Rule } from './types.js';

test('public API: exported names', () => {
  assert.deepEqual(Object.keys(check).sort(), ['RULES', 'checkReport', 'renderTemplate', 'sortFindings']);
});

test('the rule ids, in order (ids are never reused or renamed)', () => {
  assert.deepEqual(
    RULES.map((r) => r.meta.id),
    [
      'format-version', 'sections', 'table-incomplete', 'collapsed-row', 'extra-cells', 'split-ambiguous',
      'blank-cell', 'cell-lookalike-zero', 'value-domain', 'label-official', 'B1-balance', 'B2-outcome-sum', 'B3-row-total',
      'C1-appeal-total', 'meta-agency-mismatch', 'meta-year', 'date-before-year-end', 'date-after-deadline',
      'date-missing', 'citation', 'text-request-count', 'text-appeals', 'fee-statement', 'fee-overdue-notice',
      'fee-unit', 'regulations-by-body', 'overview-coverage', 'problems-rectification', 'xyear-carry-over',
      'xyear-in-force', 'xyear-problems-copied',
    ],
  );
});

function unbalanced() {
  const report = blankReport('2021', 0);
  report.source.file = 'a.txt';
  report.meta.publishedDate = '2025-01-20';
  report.meta.year = 2024;
  setValue(report, 'requests.newReceived.naturalPerson', 1);
  setValue(report, 'requests.newReceived.total', 1);
  return report;
}

test('checkReport: findings carry rule id, severity, message in zh-CN by default, hint and file', () => {
  const findings = checkReport(unbalanced(), { only: ['B1-balance'] });
  assert.equal(findings.length, 2);
  for (const finding of findings) {
    assert.equal(finding.ruleId, 'B1-balance');
    assert.equal(finding.severity, 'inconsistency');
    assert.match(finding.message, /勾稽不平/);
    assert.match(finding.hint ?? '', /核对/);
    assert.equal(finding.location.file, 'a.txt');
    assert.equal(finding.expected, 1);
    assert.equal(finding.actual, 0);
  }
  assert.deepEqual(
    findings.map((f) => f.location.key),
    ['requests.totalProcessed.naturalPerson', 'requests.totalProcessed.total'],
  );
  const en = checkReport(unbalanced(), { only: ['B1-balance'], locale: 'en' });
  assert.match(en[0]?.message ?? '', /does not balance/);
});

test('checkReport: cross-year rules run only with a previous report; 2021-only rules skip 2019 reports', () => {
  const ids = (findings: Finding[]) => new Set(findings.map((f) => f.ruleId));
  const report = unbalanced();
  assert.ok(!ids(checkReport(report)).has('xyear-carry-over'));
  const previous = blankReport('2021', 0);
  previous.meta.year = 2023;
  setValue(previous, 'requests.carriedForward.total', 4);
  assert.ok(ids(checkReport(report, { previous })).has('xyear-carry-over'));

  const old = blankReport('2019', 0);
  old.meta.year = 2020;
  assert.ok(!ids(checkReport(old)).has('fee-statement'));
  assert.ok(ids(blankCheck()).has('fee-statement'));
});

function blankCheck(): Finding[] {
  const report = blankReport('2021', 0);
  report.meta.year = 2024;
  return checkReport(report);
}

test('checkReport: bad options are a GongkaiError in Chinese', () => {
  assert.throws(() => checkReport(unbalanced(), { deadline: '1月31日' }), (e: unknown) => {
    return e instanceof GongkaiError && e.code === 'bad-usage' && e.message.includes('MM-DD');
  });
  assert.throws(() => checkReport(unbalanced(), { only: ['no-such-rule'] }), GongkaiError);
});

test('a rule that throws becomes one internal-error finding and the other rules still run', () => {
  const broken: Rule = {
    meta: {
      id: 'broken',
      severity: 'warning',
      description: { 'zh-CN': '坏', en: 'broken' },
      spec: '§0',
      formats: ['2021'],
      messages: {},
    },
    check() {
      throw new Error('boom');
    },
  };
  const b1 = RULES.find((r) => r.meta.id === 'B1-balance') as Rule;
  const findings = runRules(unbalanced(), [broken, b1], {});
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.messageId]),
    [
      ['broken', 'internalError'],
      ['B1-balance', 'mismatch'],
      ['B1-balance', 'mismatch'],
    ],
  );
  assert.match(findings[0]?.message ?? '', /规则 broken 运行出错.*boom/);
  assert.equal(findings[0]?.severity, 'error');
});

test('sortFindings: document-level first, then by page, line, table, row, cell; stable otherwise', () => {
  const f = (ruleId: string, location: Finding['location']): Finding => ({
    ruleId,
    severity: 'info',
    messageId: 'm',
    message: '',
    location,
  });
  const sorted = sortFindings([
    f('c', { table: 2, row: 5, cell: 1 }),
    f('b', { line: 30 }),
    f('a', { line: 3 }),
    f('d', { key: 'meta.publishedDate' }),
    f('e', { table: 2, row: 1, cell: 7 }),
    f('f', { key: 'x' }),
  ]);
  assert.deepEqual(
    sorted.map((x) => x.ruleId),
    ['d', 'f', 'e', 'c', 'a', 'b'],
  );
});

test('a blank 2021 report of zeros: no error or inconsistency except the missing sections', () => {
  const findings = blankCheck().filter((f) => f.severity === 'error' || f.severity === 'inconsistency');
  // Sections are absent in a blank report, so only the structure rule may complain.
  assert.deepEqual([...new Set(findings.map((f) => f.ruleId))], ['sections']);
});
