import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runExample } from './examples.js';
import { RULE_MODULES } from './rules/index.js';
import type { Locale } from './types.js';

const LOCALES: Locale[] = ['zh-CN', 'en'];

test('every message template of every rule is rendered by an example, in both locales, with no {placeholder} left', () => {
  for (const { rule, examples } of RULE_MODULES) {
    const seen = new Set<string>();
    for (const example of examples.invalid) {
      for (const locale of LOCALES) {
        for (const finding of runExample(rule, example, locale)) {
          seen.add(finding.messageId);
          const where = `${rule.meta.id}/${finding.messageId} (${locale})`;
          assert.doesNotMatch(finding.message, /\{\w+\}/, `${where}: ${finding.message}`);
          assert.doesNotMatch(finding.hint ?? '', /\{\w+\}/, `${rule.meta.id} hint (${locale}): ${finding.hint}`);
        }
      }
    }
    const all = Object.keys(rule.meta.messages).sort();
    assert.deepEqual([...seen].sort(), all, `${rule.meta.id}: messages without an example`);
  }
});

test('the two locales really differ: en messages carry no zh-CN template text', () => {
  for (const { rule } of RULE_MODULES) {
    for (const [id, text] of Object.entries(rule.meta.messages)) {
      assert.notEqual(text.en, text['zh-CN'], `${rule.meta.id}/${id}`);
      assert.match(text.en, /[A-Za-z]{3}/, `${rule.meta.id}/${id} en`);
    }
    assert.ok(rule.meta.description['zh-CN'] && rule.meta.description.en, rule.meta.id);
  }
});

test('rule meta is complete and ids are unique', () => {
  const ids = RULE_MODULES.map((m) => m.rule.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const { rule, examples } of RULE_MODULES) {
    assert.match(rule.meta.spec, /§\d/, rule.meta.id);
    assert.ok(rule.meta.formats.length > 0, rule.meta.id);
    assert.ok(examples.valid.length > 0 && examples.invalid.length > 0, `${rule.meta.id} needs valid and invalid examples`);
  }
});
