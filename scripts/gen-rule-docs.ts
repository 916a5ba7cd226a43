/**
 * Writes docs/rules/<id>.md and docs/rules/README.md from each rule's meta and examples.
 * Run: node --import tsx scripts/gen-rule-docs.ts  (src/check/docs.test.ts fails while the committed docs are stale)
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRuleDocs } from '../src/check/docs.js';

const dir = fileURLToPath(new URL('../docs/rules/', import.meta.url));
const files = renderRuleDocs();
mkdirSync(dir, { recursive: true });
// A rule id is never reused, but a removed rule's page must not linger.
for (const name of readdirSync(dir)) if (name.endsWith('.md') && !files.has(name)) rmSync(join(dir, name));
for (const [name, text] of files) writeFileSync(join(dir, name), text);
console.log(`wrote ${files.size} files to docs/rules/`);
