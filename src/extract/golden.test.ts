/**
 * Golden cases: fixtures/text/<case>/{input.txt, expected.json} read with ingestFile + extractReport and compared
 * with values written and checked by hand, one row of values per line in expected.json. Then the five real seed
 * reports in ../shared/seeds beside the repository (skipped where that folder is absent, as in a fresh clone).
 */
import { test } from 'node:test';
import { seedsDir } from '../testing/seeds.js';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellDefs, formatFor } from '../format/index.js';
import type { FormatVersion } from '../format/types.js';
import { ingestFile } from '../ingest/index.js';
import type { CanonicalReport, CellValue } from '../model/report.js';
import { getValue } from '../model/values.js';
import { extractReport } from './index.js';

interface Expected {
  description: string;
  meta: { agency: string | null; year: number | null; publishedDate: string | null; formatVersion: FormatVersion };
  /** Row key (`requests.newReceived`, `active.fees`, `appeals.review`) → values in template column order. */
  values: Record<string, CellValue[]>;
  /** Anomaly codes the case must produce, and no others. */
  anomalies?: string[];
  /** Values an anomaly must carry, by anomaly key (the printed cells of a collapsed row). */
  anomalyValues?: Record<string, CellValue[]>;
  encoding?: string;
}

const FIXTURES = join(import.meta.dirname, '../../fixtures/text');

/** The row-wise values of expected.json as one value per canonical key; fails on a missing or unknown row. */
function expandValues(expected: Expected): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  const rows = new Map<string, string[]>();
  for (const cell of cellDefs(formatFor(expected.meta.formatVersion))) {
    const rowKey = `${cell.table}.${cell.row}`;
    rows.set(rowKey, [...(rows.get(rowKey) ?? []), cell.key]);
  }
  assert.deepEqual(Object.keys(expected.values).sort(), [...rows.keys()].sort(), 'expected.json must list every row');
  for (const [rowKey, keys] of rows) {
    const values = expected.values[rowKey] ?? [];
    assert.equal(values.length, keys.length, `${rowKey} needs ${keys.length} values`);
    keys.forEach((key, i) => out.set(key, values[i] ?? null));
  }
  return out;
}

function differences(report: CanonicalReport, meta: Expected['meta'], values: Map<string, CellValue>): string[] {
  const out: string[] = [];
  for (const field of ['agency', 'year', 'publishedDate', 'formatVersion'] as const) {
    if (report.meta[field] !== meta[field]) out.push(`meta.${field}: expected ${meta[field]}, got ${report.meta[field]}`);
  }
  for (const [key, want] of values) {
    const got = getValue(report, key) ?? null;
    if (got !== want) out.push(`${key}: expected ${want}, got ${got}`);
  }
  return out;
}

function assertAnomalyValues(report: CanonicalReport, wanted: Record<string, CellValue[]> = {}): void {
  for (const [key, values] of Object.entries(wanted)) {
    const anomaly = report.anomalies.find((a) => a.key === key);
    assert.deepEqual(anomaly?.values, values, `values of the anomaly at ${key}`);
  }
}

const cases = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'expected.json'))).sort() : [];

test('the golden fixtures are all there', () => {
  assert.ok(cases.length >= 13, `only ${cases.length} cases in ${FIXTURES}`);
});

for (const name of cases) {
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
  test(`golden ${name}: ${expected.description}`, async () => {
    const values = expandValues(expected);
    const doc = await ingestFile(join(FIXTURES, name, 'input.txt'));
    if (expected.encoding) assert.equal(doc.source.encoding, expected.encoding);
    const report = extractReport(doc);
    assert.deepEqual(differences(report, expected.meta, values), []);
    const codes = [...new Set(report.anomalies.map((a) => a.code))].sort();
    assert.deepEqual(codes, [...(expected.anomalies ?? [])].sort(), report.anomalies.map((a) => a.text).join('\n'));
    assertAnomalyValues(report, expected.anomalyValues);
  });
}

// ---- The five real seed reports, read by hand: every value, the agency, the year and the 落款 date. ----

const SEEDS = seedsDir() ?? '';
const haveSeeds = SEEDS !== '';

/** Every canonical value of the 2021 format 0, except the given ones. */
function zerosExcept(changes: Record<string, CellValue>): Map<string, CellValue> {
  const values = new Map<string, CellValue>(cellDefs(formatFor('2021')).map((c) => [c.key, 0]));
  for (const [key, value] of Object.entries(changes)) {
    assert.ok(values.has(key), `no such key ${key}`);
    values.set(key, value);
  }
  return values;
}

const row = (key: string, cells: CellValue[]): Record<string, CellValue> => {
  const columns = key.startsWith('appeals') ? formatFor('2021').appealColumns : formatFor('2021').requestColumns;
  return Object.fromEntries(columns.map((c, i) => [`${key}.${c.key}`, cells[i] ?? null]));
};
const nullRow = (key: string, n: number) => row(key, new Array<CellValue>(n).fill(null));

interface SeedCase {
  file: string;
  meta: Expected['meta'];
  values: Map<string, CellValue>;
  /** Anomaly codes that must be among those reported, and table prefixes some anomaly must concern. */
  anomalies?: string[];
  anomalyKeys?: string[];
  anomalyValues?: Record<string, CellValue[]>;
  why: string;
}

const SEED_CASES: SeedCase[] = [
  {
    file: '000_70de02c1e5790ca4.txt',
    why: 'PDF text with tabs; all zeros; the 行政复议 data cells are empty (5 leading tabs), so null',
    meta: { agency: '河曲县沙泉镇人民政府', year: 2024, publishedDate: '2025-02-05', formatVersion: '2021' },
    values: zerosExcept(nullRow('appeals.review', 5)),
  },
  {
    file: '001_006f0a812b9c2fe0.txt',
    why: 'DOCX text one cell per line; 规范性文件 (old label); fee 0.04 万元; one application, 不掌握; one review 纠正',
    meta: { agency: '沙湾市金沟河镇人民政府', year: 2024, publishedDate: '2025-01-22', formatVersion: '2021' },
    values: zerosExcept({
      'active.penalty.decisions': 2,
      'active.fees.amount': 0.04,
      ...row('requests.newReceived', [1, 0, 0, 0, 0, 0, 1]),
      ...row('requests.unavailable.notHeld', [1, 0, 0, 0, 0, 0, 1]),
      ...row('requests.totalProcessed', [1, 0, 0, 0, 0, 0, 1]),
      ...row('appeals.review', [0, 1, 0, 0, 1]),
    }),
  },
  {
    file: '002_06c4d2819f1ca5c3.txt',
    why: 'PDF text with tabs and shifted last rows; all zeros; no 落款 at all',
    meta: { agency: '洛宁县马店镇人民政府', year: 2024, publishedDate: null, formatVersion: '2021' },
    values: zerosExcept({}),
  },
  {
    file: '003_ccc6fd39e1392b13.txt',
    why: 'Markdown, Table B split, 行政处罚 16 | 0 | 0 extra cells, 16-column Table C; 落款 names another town',
    meta: { agency: '河曲县旧县镇人民政府', year: 2023, publishedDate: '2023-12-21', formatVersion: '2021' },
    values: zerosExcept({ 'active.penalty.decisions': 16, 'active.coercion.decisions': 1 }),
    anomalies: ['extra-cells'],
    anomalyKeys: ['active', 'appeals'],
  },
  {
    file: '004_cfdd1f6bb9b2d072.txt',
    why: 'DOCX text; ideographic spaces; 行政许可 520; （六）其他处理 collapsed to one row of zeros; no date',
    meta: { agency: '沙河市白塔镇人民政府', year: 2024, publishedDate: null, formatVersion: '2021' },
    values: zerosExcept({
      'active.licensing.decisions': 520,
      'active.penalty.decisions': 15,
      ...nullRow('requests.otherDisposal.overdueCorrection', 7),
      ...nullRow('requests.otherDisposal.overdueFee', 7),
      ...nullRow('requests.otherDisposal.other', 7),
    }),
    anomalies: ['collapsed-row'],
    anomalyValues: { 'requests.otherDisposal': [0, 0, 0, 0, 0, 0, 0] },
  },
];

for (const seed of SEED_CASES) {
  test(`seed ${seed.file}: ${seed.why}`, { skip: haveSeeds ? false : '../shared/seeds is absent' }, async () => {
    const report = extractReport(await ingestFile(join(SEEDS, seed.file)));
    assert.deepEqual(differences(report, seed.meta, seed.values), []);
    const codes = new Set<string>(report.anomalies.map((a) => a.code));
    for (const code of seed.anomalies ?? []) assert.ok(codes.has(code), `missing anomaly ${code}`);
    for (const prefix of seed.anomalyKeys ?? []) {
      assert.ok(
        report.anomalies.some((a) => a.key.startsWith(prefix)),
        `no anomaly about ${prefix}: ${report.anomalies.map((a) => `${a.code}:${a.key}`).join(', ')}`,
      );
    }
    assertAnomalyValues(report, seed.anomalyValues);
  });
}
