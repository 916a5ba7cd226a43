/**
 * RuleTester in the ESLint style: every valid example must give no finding from the rule, every invalid one exactly
 * the findings it lists, in both locales with every placeholder filled. For use in `*.test.ts` files only.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runExample, type RuleExamples } from './examples.js';
import type { Rule } from './types.js';

export function ruleTester(rule: Rule, examples: RuleExamples): void {
  describe(rule.meta.id, () => {
    for (const example of examples.valid) {
      test(`valid: ${example.title}`, () => {
        const findings = runExample(rule, example);
        assert.deepEqual(
          findings.map((f) => `${f.messageId}: ${f.message}`),
          [],
        );
      });
    }
    for (const example of examples.invalid) {
      test(`invalid: ${example.title}`, () => {
        for (const locale of ['zh-CN', 'en'] as const) {
          const findings = runExample(rule, example, locale);
          assert.deepEqual(
            findings.map((f) => f.messageId),
            example.errors.map((e) => e.messageId),
            findings.map((f) => f.message).join('\n'),
          );
          findings.forEach((finding, i) => {
            const want = example.errors[i];
            assert.ok(want);
            assert.equal(finding.ruleId, rule.meta.id);
            assert.doesNotMatch(finding.message, /\{\w+\}/, `placeholder left in: ${finding.message}`);
            if (finding.hint !== undefined) assert.doesNotMatch(finding.hint, /\{\w+\}/);
            if (want.key !== undefined) assert.equal(finding.location.key, want.key);
            if (want.expected !== undefined) assert.deepEqual(finding.expected, want.expected);
            if (want.actual !== undefined) assert.deepEqual(finding.actual, want.actual);
            if (locale !== 'zh-CN') return;
            for (const text of want.includes ?? []) assert.ok(finding.message.includes(text), finding.message);
          });
        }
      });
    }
  });
}
