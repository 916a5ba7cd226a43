import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderRuleDocs } from './docs.js';
import { RULES } from './index.js';

const dir = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

test('docs/rules is up to date (regenerate: node --import tsx scripts/gen-rule-docs.ts)', () => {
  const files = renderRuleDocs();
  assert.ok(existsSync(dir), 'docs/rules is missing');
  const onDisk = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
  assert.deepEqual(onDisk, [...files.keys()].sort());
  for (const [name, text] of files) assert.equal(readFileSync(`${dir}${name}`, 'utf8'), text, `${name} is stale`);
});

test('every rule has a page and a line in the index', () => {
  const files = renderRuleDocs();
  const index = files.get('README.md') ?? '';
  for (const rule of RULES) {
    assert.ok(files.has(`${rule.meta.id}.md`));
    assert.ok(index.includes(`[${rule.meta.id}](${rule.meta.id}.md)`));
  }
});
