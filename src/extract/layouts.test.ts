/**
 * Property tests: random valid reports written in every text layout parse back to the same values and metadata;
 * one changed cell makes the checker report exactly the identities that cell takes part in.
 * fast-check runs with a fixed seed so CI is repeatable; set FC_SEED to explore other cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkReport, RULES } from '../check/index.js';
import { cellDefs, formatFor } from '../format/index.js';
import { textToDocument } from '../ingest/index.js';
import type { CanonicalReport } from '../model/report.js';
import { flattenValues, getValue, setValue } from '../model/values.js';
import { identitiesThrough } from '../testing/identities.js';
import { LAYOUTS, writeReport, type Layout, type WriteOptions } from '../testing/layouts.js';
import { randomReport } from '../testing/random-report.js';
import { extractReport } from './index.js';

const RUNS = { numRuns: 200, seed: Number(process.env.FC_SEED ?? 20250120), includeErrorInReport: true };

function quirks(layout: Layout): fc.Arbitrary<WriteOptions> {
  // Crawler text that lost its separators has no padding spaces and no thousands commas to split on.
  const glued = layout === 'glued';
  return fc.record({
    seed: fc.nat(),
    fullWidthDigits: fc.boolean(),
    ideographicSpaces: glued ? fc.constant(false) : fc.boolean(),
    thousands: glued ? fc.constant(false) : fc.boolean(),
    pageDebris: fc.boolean(),
    crlf: fc.boolean(),
    chineseDate: fc.boolean(),
    titleStyle: fc.constantFrom('one-line' as const, 'agency-above' as const),
  });
}

/** Every way `got` differs from `want`, one line each. For glued text a null backed by ambiguous-split is allowed. */
function differences(want: CanonicalReport, got: CanonicalReport, allowAmbiguous: boolean): string[] {
  const out: string[] = [];
  for (const field of ['agency', 'year', 'publishedDate', 'formatVersion'] as const) {
    if (got.meta[field] !== want.meta[field]) out.push(`meta.${field}: expected ${want.meta[field]}, got ${got.meta[field]}`);
  }
  const ambiguous = got.anomalies.filter((a) => a.code === 'ambiguous-split').map((a) => a.key);
  for (const [key, expected] of flattenValues(want, want.meta.formatVersion ?? '2021')) {
    const actual = getValue(got, key) ?? null;
    if (actual === expected) continue;
    if (allowAmbiguous && actual === null && ambiguous.some((k) => key === k || key.startsWith(`${k}.`))) continue;
    out.push(`${key}: expected ${expected}, got ${actual}`);
  }
  return out;
}

for (const layout of LAYOUTS) {
  const allowAmbiguous = layout === 'glued';
  test(`${layout}: random valid reports parse back to the same values and metadata`, () => {
    fc.assert(
      fc.property(fc.nat(), quirks(layout), (seed, options) => {
        const report = randomReport(seed);
        const text = writeReport(report, layout, options);
        const parsed = extractReport(textToDocument(text));
        const diffs = differences(report, parsed, allowAmbiguous);
        if (diffs.length > 0) {
          const more = diffs.length > 12 ? `\n… and ${diffs.length - 12} more` : '';
          throw new Error(
            `writeReport(randomReport(${seed}), '${layout}', ${JSON.stringify(options)}):\n${diffs.slice(0, 12).join('\n')}${more}`,
          );
        }
      }),
      RUNS,
    );
  });
}

test('glued: a split the row total decides comes back exactly (本年新收…21710000218)', () => {
  const report = randomReport(1, { version: '2021', level: 'county-department' });
  const row = [217, 1, 0, 0, 0, 0, 218];
  const format = formatFor('2021');
  // Only new, granted and their total carry the row; every other request cell is 0, so B1 and B2 still hold.
  for (const r of format.requestRows) {
    format.requestColumns.forEach((c, i) => {
      const carries = ['newReceived', 'granted', 'totalProcessed'].includes(r.key);
      setValue(report, `requests.${r.key}.${c.key}`, carries ? row[i] ?? 0 : 0);
    });
  }
  const text = writeReport(report, 'glued');
  assert.ok(text.includes('一、本年新收政府信息公开申请数量21710000218\n'));
  const parsed = extractReport(textToDocument(text));
  for (const r of ['newReceived', 'granted', 'totalProcessed']) {
    assert.deepEqual(
      format.requestColumns.map((c) => getValue(parsed, `requests.${r}.${c.key}`)),
      row,
      r,
    );
  }
});

const identityRules = RULES.filter((r) => /^(B1|B2|B3|C1)-/.test(r.meta.id)).map((r) => r.meta.id);

test(
  'changing one cell of a valid report makes checkReport report every identity through that cell',
  { skip: RULES.length === 0 ? 'src/check has no rules registered yet (RULES is empty)' : false },
  () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 50 }), (seed, pick, delta) => {
        const report = randomReport(seed);
        const version = report.meta.formatVersion ?? '2021';
        const before = checkReport(report).filter((f) => identityRules.includes(f.ruleId));
        assert.deepEqual(before.map((f) => `${f.ruleId} ${f.message}`), [], `valid report ${seed} already fails`);
        const keys = cellDefs(formatFor(version)).filter((c) => c.table !== 'active').map((c) => c.key);
        const key = keys[pick % keys.length] ?? '';
        const changed = structuredClone(report);
        setValue(changed, key, (getValue(report, key) ?? 0) + delta);
        const fired = new Set(checkReport(changed).map((f) => f.ruleId));
        const expected = identitiesThrough(key, version);
        assert.ok(expected.length > 0, key);
        for (const id of expected) assert.ok(fired.has(id), `${key} += ${delta} (seed ${seed}): ${id} did not fire`);
      }),
      RUNS,
    );
  },
);
