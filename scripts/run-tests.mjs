#!/usr/bin/env node
// Finds every *.test.ts under src/ and runs them in one node:test process with the tsx loader,
// so the closing lines are node:test's own summary. Node 20 does not expand globs itself.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function findTests(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(path));
    else if (entry.name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

const only = process.argv.slice(2);
const files = (only.length ? only.flatMap((p) => (p.endsWith('.ts') ? [p] : findTests(p))) : findTests('src')).sort();
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
