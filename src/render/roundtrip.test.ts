/**
 * Round trip, the property every renderer owes: a random valid report, rendered in each output format and read back
 * by our own pipeline (ingest + extract for documents; the JSON/CSV/XLSX readers for data), has the same values,
 * the same metadata and the same prose sections.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { flattenValues } from '../model/values.js';
import type { CanonicalReport } from '../model/report.js';
import { randomReport } from '../testing/random-report.js';
import { paragraphsOf } from './content.js';
import { renderReport, type RenderFormat } from './index.js';
import { reportFromBytes } from './load.js';
import { findBrowser } from './pdf.js';

const browser = await findBrowser();

interface Case {
  to: RenderFormat;
  runs: number;
  skip?: string | false;
}

const CASES: Case[] = [
  { to: 'md', runs: 30 },
  { to: 'html', runs: 30 },
  { to: 'docx', runs: 20 },
  { to: 'xlsx', runs: 10 },
  { to: 'json', runs: 30 },
  { to: 'csv', runs: 30 },
  // Each PDF run starts a browser and reads the PDF back through pdf.js: a few seconds apiece.
  { to: 'pdf', runs: 2, skip: browser ? false : 'no Chromium on PATH' },
];

/** What must survive: every cell of the format, the metadata a renderer prints, the sections without tables. */
function essentials(report: CanonicalReport, version: '2019' | '2021') {
  return {
    meta: [report.meta.agency, report.meta.year, report.meta.publishedDate, report.meta.formatVersion],
    values: flattenValues(report, version),
    prose: (['overview', 'problems', 'other'] as const).map((key) => paragraphsOf(report.sections[key]?.text ?? '')),
  };
}

for (const { to, runs, skip } of CASES) {
  test(`${to}: render → read back gives the same values, metadata and prose`, { skip: skip ?? false, timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom('2019' as const, '2021' as const), async (seed, version) => {
        const report = randomReport(seed, { version });
        const out = await renderReport(report, to);
        const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
        const back = await reportFromBytes(bytes, `report.${to}`);
        assert.deepEqual(essentials(back, version), essentials(report, version));
      }),
      // Shrinking a seed means nothing and costs a browser start per step for PDF.
      { numRuns: runs, endOnFailure: true },
    );
  });
}
