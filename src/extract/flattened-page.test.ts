/**
 * A whole page flattened to one line with one space between its blocks and cells, as a crawler's get_text(' ') (or
 * ' '.join(stripped_strings)) gives an HTML report: sections, tables and signature all come back.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { textToDocument } from '../ingest/index.js';
import { flattenValues, getValue } from '../model/values.js';
import { writeReport } from '../testing/layouts.js';
import { randomReport } from '../testing/random-report.js';
import { extractReport } from './index.js';

const RUNS = { numRuns: 60, seed: Number(process.env.FC_SEED ?? 20251123), includeErrorInReport: true };

/** The report one cell a line, then every line joined by one space: the page as one line of text. */
function flattened(seed: number, chineseDate: boolean, pageDebris = false): string {
  const text = writeReport(randomReport(seed), 'cell-per-line', { seed, chineseDate, pageDebris });
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

test('a page flattened to one line with spaces parses back to the same values and metadata', () => {
  fc.assert(
    fc.property(fc.nat(), fc.boolean(), (seed, chineseDate) => {
      const report = randomReport(seed);
      const parsed = extractReport(textToDocument(flattened(seed, chineseDate)));
      const diffs: string[] = [];
      for (const field of ['agency', 'year', 'publishedDate', 'formatVersion'] as const) {
        if (parsed.meta[field] !== report.meta[field]) diffs.push(`meta.${field}: ${report.meta[field]} → ${parsed.meta[field]}`);
      }
      for (const [key, want] of flattenValues(report, report.meta.formatVersion ?? '2021')) {
        const got = getValue(parsed, key) ?? null;
        if (got !== want) diffs.push(`${key}: ${want} → ${got}`);
      }
      assert.deepEqual(diffs, [], `randomReport(${seed}), chineseDate ${chineseDate}`);
    }),
    RUNS,
  );
});

test('each section of a flattened page keeps its own text, a short one after its heading included', () => {
  const parsed = extractReport(textToDocument(flattened(3, false)));
  const report = randomReport(3);
  for (const key of ['overview', 'problems', 'other'] as const) {
    assert.equal(parsed.sections[key]?.heading, report.sections[key]?.heading, key);
    assert.ok(parsed.sections[key]?.text.startsWith(report.sections[key]?.text.split('\n')[0]?.slice(0, 10) ?? '?'), key);
  }
  // Every part of the line keeps its place: the signature's date is found at its own columns.
  assert.equal(parsed.provenance['meta.publishedDate']?.line, 1);
});

test('page numbers run into a flattened page (- 3 -, 第3页 共10页) never become values', () => {
  fc.assert(
    fc.property(fc.nat(), (seed) => {
      const report = randomReport(seed);
      const parsed = extractReport(textToDocument(flattened(seed, false, true)));
      const wrong: string[] = [];
      for (const [key, want] of flattenValues(report, report.meta.formatVersion ?? '2021')) {
        const got = getValue(parsed, key) ?? null;
        if (got !== null && got !== want) wrong.push(`${key}: ${want} → ${got}`);
      }
      assert.deepEqual(wrong, [], `randomReport(${seed}) with page debris`);
    }),
    RUNS,
  );
});
