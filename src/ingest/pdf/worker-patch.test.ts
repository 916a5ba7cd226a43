import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { patchWorkerSource, WORKER_PATCHES } from './worker-patch.js';

const workerSource = readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

test('every patch applies to the installed pdf.js (if this fails after an upgrade, bring the anchors up to date)', () => {
  const { source, applied } = patchWorkerSource(workerSource);
  assert.deepEqual(applied, ['type3-glyphs', 'text-operators', 'type3-fallback-unicode', 'name-tokens', 'name-cache']);
  assert.deepEqual(WORKER_PATCHES, applied);
  assert.ok(source.length > workerSource.length);
  assert.ok(source.includes('charProcOperatorList[key] = { fnArray: [], argsArray: [], length: 0 };'));
  assert.ok(source.includes('this.stream.pos -= name.length + 1;'));
  assert.ok(source.includes('fn === OPS.setTextMatrix || fn === OPS.nextLine) {'));
});

test('a source the patches were not written for is left as it is', () => {
  assert.deepEqual(patchWorkerSource('export const nothing = 1;\n'), { source: 'export const nothing = 1;\n', applied: [] });
});

test('an anchor found twice is not trusted', () => {
  const twice = workerSource + workerSource;
  assert.deepEqual(patchWorkerSource(twice), { source: twice, applied: [] });
});

test('a patch whose anchor is no longer followed by the expected code is skipped, the others still apply', () => {
  const changed = workerSource.replace('        switch (fn | 0) {\n          case OPS.paintXObject:', '        switch (fn | 0) {\n          case OPS.paintImageXObject:');
  assert.notEqual(changed, workerSource);
  assert.deepEqual(patchWorkerSource(changed).applied, ['type3-glyphs', 'type3-fallback-unicode', 'name-tokens', 'name-cache']);
});
