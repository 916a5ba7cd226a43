import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cellDefs, formatFor } from '../format/index.js';
import { ingestFile } from '../ingest/index.js';
import { getValue } from '../model/values.js';
import { extractReport } from './index.js';

interface Expected {
  meta: Record<string, unknown>;
  nonZero: Record<string, number>;
  nulls: string[];
  anomalies: string[];
}

const root = join(import.meta.dirname, '../../fixtures/extractors');

for (const name of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  test(`text from a real extractor: ${name}`, async () => {
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
    const report = extractReport(await ingestFile(join(root, name, 'input.txt')));
    for (const [field, value] of Object.entries(expected.meta)) {
      assert.equal(report.meta[field as keyof typeof report.meta], value, `meta.${field}`);
    }
    for (const cell of cellDefs(formatFor('2021'))) {
      const want = expected.nulls.includes(cell.key) ? null : (expected.nonZero[cell.key] ?? 0);
      assert.equal(getValue(report, cell.key), want, cell.key);
    }
    assert.deepEqual(report.anomalies.map((a) => `${a.code}:${a.key}`).sort(), [...expected.anomalies].sort());
  });
}
