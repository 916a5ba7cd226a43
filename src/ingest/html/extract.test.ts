/**
 * End to end over the HTML fixtures: ingestHtml → extractReport gives the numbers and metadata written into each
 * fixture (fixtures/html/<case>/expected.json, generated with the page by fixtures/html/generate.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractReport } from '../../extract/index.js';
import { getValue } from '../../model/values.js';
import { ingestHtml } from './index.js';

const FIXTURES = new URL('../../../fixtures/html/', import.meta.url);

interface Expected {
  meta: { agency: string; year: number; publishedDate: string; formatVersion: string };
  values: Record<string, number>;
}

function expectedOf(id: string): Expected {
  return JSON.parse(readFileSync(new URL(`${id}/expected.json`, FIXTURES), 'utf8')) as Expected;
}

for (const id of ['saved-page', 'cms-fragment', 'word-export', 'gb2312-page', 'split-tables']) {
  test(`extractReport reads the fixture's numbers: ${id}`, async () => {
    const doc = await ingestHtml(new Uint8Array(readFileSync(new URL(`${id}/input.html`, FIXTURES))), id);
    const report = extractReport(doc);
    const expected = expectedOf(id);
    const wrong = Object.entries(expected.values)
      .filter(([key, value]) => getValue(report, key) !== value)
      .map(([key, value]) => `${key}: ${String(getValue(report, key))} ≠ ${value}`);
    assert.deepEqual(wrong, []);
    assert.deepEqual(
      {
        agency: report.meta.agency,
        year: report.meta.year,
        publishedDate: report.meta.publishedDate,
        formatVersion: report.meta.formatVersion,
      },
      expected.meta,
    );
  });
}

test('every fixture balances: B1, B2, B3 and C1 hold in expected.json', () => {
  const columns = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'other', 'total'];
  for (const id of ['saved-page', 'cms-fragment', 'word-export', 'gb2312-page', 'split-tables']) {
    const v = expectedOf(id).values;
    const at = (key: string): number => {
      const value = v[key];
      assert.equal(typeof value, 'number', `${id}: ${key} missing`);
      return value as number;
    };
    assert.equal(Object.keys(v).length, 10 + 175 + 15, id);
    const outcomes = Object.keys(v)
      .filter((k) => /^requests\.(granted|partiallyGranted|withheld|unavailable|notProcessed|otherDisposal)\b/.test(k))
      .map((k) => k.split('.').slice(1, -1).join('.'))
      .filter((row, i, all) => all.indexOf(row) === i);
    assert.equal(outcomes.length, 21, id);
    for (const c of columns) {
      const r = (row: string): number => at(`requests.${row}.${c}`);
      assert.equal(r('newReceived') + r('carriedOver'), r('totalProcessed') + r('carriedForward'), `${id} B1 ${c}`);
      assert.equal(outcomes.map(r).reduce((a, b) => a + b, 0), r('totalProcessed'), `${id} B2 ${c}`);
    }
    for (const row of [...outcomes, 'newReceived', 'carriedOver', 'totalProcessed', 'carriedForward']) {
      const sum = columns.slice(0, 6).reduce((s, c) => s + at(`requests.${row}.${c}`), 0);
      assert.equal(sum, at(`requests.${row}.total`), `${id} B3 ${row}`);
    }
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview']) {
      const parts = ['upheld', 'corrected', 'other', 'pending'].reduce((s, c) => s + at(`appeals.${g}.${c}`), 0);
      assert.equal(parts, at(`appeals.${g}.total`), `${id} C1 ${g}`);
    }
  }
});
