import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellDefs, formatFor } from '../format/index.js';
import { flattenValues, getValue } from '../model/values.js';
import { identitiesThrough, identityViolations } from './identities.js';
import { randomReport } from './random-report.js';
import { mulberry32, Rng } from './rng.js';

const SEEDS = Array.from({ length: 400 }, (_, i) => i * 7919 + 1);

test('mulberry32 matches an independent implementation for seed 1', () => {
  // Reference outputs computed with a separate 32-bit Python transcription of mulberry32.
  const next = mulberry32(1);
  const first = [next(), next(), next()].map((x) => Math.round(x * 4294967296));
  assert.deepEqual(first, [2693262067, 11749833, 2265367787]);
});

test('Rng.int stays within its bounds and reaches both ends', () => {
  const rng = new Rng(42);
  const seen = new Set<number>();
  for (let i = 0; i < 2000; i++) {
    const n = rng.int(-2, 3);
    assert.ok(n >= -2 && n <= 3);
    seen.add(n);
  }
  assert.deepEqual([...seen].sort((a, b) => a - b), [-2, -1, 0, 1, 2, 3]);
});

test('the same seed gives the same report, different seeds different ones', () => {
  assert.deepEqual(randomReport(123), randomReport(123));
  assert.notDeepEqual(randomReport(123), randomReport(124));
});

test('every random report satisfies B1, B2, B3 and C1', () => {
  for (const seed of SEEDS) {
    const report = randomReport(seed);
    assert.deepEqual(identityViolations(report), [], `seed ${seed}`);
  }
});

test('every cell of the format has a number: integers ≥ 0, signed 本年增/减, fees with at most two decimals', () => {
  for (const seed of SEEDS) {
    const report = randomReport(seed);
    const version = report.meta.formatVersion ?? '2021';
    for (const cell of cellDefs(formatFor(version))) {
      const value = getValue(report, cell.key);
      assert.equal(typeof value, 'number', `${cell.key} seed ${seed}`);
      const n = value as number;
      if (cell.valueType === 'decimal') assert.equal(Math.round(n * 100) / 100, n, `${cell.key}=${n}`);
      else assert.ok(Number.isInteger(n), `${cell.key}=${n}`);
      if (cell.valueType !== 'signed') assert.ok(n >= 0, `${cell.key}=${n}`);
    }
  }
});

test('years, dates and versions follow the options and the format rules', () => {
  for (const seed of SEEDS) {
    const report = randomReport(seed);
    const { year, publishedDate, formatVersion } = report.meta;
    assert.ok(year !== null && publishedDate !== null);
    if (formatVersion === '2021') assert.ok(year >= 2021 && year <= 2025, `year ${year}`);
    else assert.ok(year === 2019 || year === 2020, `year ${year}`);
    assert.match(publishedDate, new RegExp(`^${year + 1}-01-(0[5-9]|[12]\\d|3[01])$`));
  }
  const fixed = randomReport(5, { version: '2019', year: 2020, level: 'county-department' });
  assert.equal(fixed.meta.formatVersion, '2019');
  assert.equal(fixed.meta.year, 2020);
  assert.equal(fixed.meta.level, 'county-department');
  assert.match(fixed.meta.agency ?? '', /(县|市|区).+(局|委员会)$/);
  assert.equal(randomReport(5, { year: 2019 }).meta.formatVersion, '2019');
  assert.equal(randomReport(5, { year: 2023 }).meta.formatVersion, '2021');
});

test('agency names end the way their level does, and the six sections have prose', () => {
  const endings = {
    township: /(镇|乡)人民政府$/,
    subdistrict: /街道办事处$/,
    'county-government': /(县|市|区)人民政府$/,
    'county-department': /(局|委员会)$/,
    'city-government': /市人民政府$/,
    'city-department': /(局|委员会)$/,
  } as const;
  for (const [level, ending] of Object.entries(endings)) {
    for (let seed = 0; seed < 20; seed++) {
      const report = randomReport(seed, { level: level as keyof typeof endings });
      assert.match(report.meta.agency ?? '', ending);
      assert.equal(report.meta.agencyInSignature, report.meta.agency);
      for (const section of Object.values(report.sections)) assert.ok(section && section.text.length > 5);
    }
  }
});

test('the prose agrees with the tables (applications received, appeals)', () => {
  for (const seed of SEEDS.slice(0, 100)) {
    const report = randomReport(seed);
    const received = getValue(report, 'requests.newReceived.total') ?? 0;
    const overview = report.sections.overview?.text ?? '';
    if (received > 0) assert.ok(overview.includes(`收到政府信息公开申请${received}件`), `seed ${seed}`);
    const appeals = ['review', 'litigationDirect', 'litigationAfterReview'].reduce(
      (s, g) => s + (getValue(report, `appeals.${g}.total`) ?? 0),
      0,
    );
    assert.equal(report.sections.appeals?.text.includes('未发生'), appeals === 0, `seed ${seed}`);
  }
});

test('magnitudes look real: mostly zeros, townships small, some hundreds somewhere', () => {
  let zeros = 0;
  let cells = 0;
  let largest = 0;
  const townshipTotals: number[] = [];
  for (const seed of SEEDS) {
    const report = randomReport(seed);
    for (const [, value] of flattenValues(report, report.meta.formatVersion ?? '2021')) {
      cells++;
      if (value === 0) zeros++;
      largest = Math.max(largest, value ?? 0);
    }
    if (report.meta.level === 'township') townshipTotals.push(getValue(report, 'requests.newReceived.total') ?? 0);
  }
  assert.ok(zeros / cells > 0.6, `zero share ${zeros / cells}`);
  assert.ok(largest >= 100, `largest ${largest}`);
  townshipTotals.sort((a, b) => a - b);
  const median = townshipTotals[Math.floor(townshipTotals.length / 2)] ?? -1;
  assert.ok(median <= 3, `township median ${median}`);
});

test('townships and departments never report 规章 (XSEC-5)', () => {
  for (const seed of SEEDS) {
    const report = randomReport(seed);
    if (report.meta.level === 'city-government') continue;
    const keys = report.meta.formatVersion === '2019' ? ['made', 'published', 'totalPublished'] : ['issued', 'repealed', 'inForce'];
    for (const key of keys) assert.equal(getValue(report, `active.regulations.${key}`), 0, `seed ${seed}`);
  }
});

test('identityViolations notices a changed cell, identitiesThrough names the identities it breaks', () => {
  const report = randomReport(77, { version: '2021' });
  const old = getValue(report, 'requests.granted.commercial') ?? 0;
  report.requests.granted = { ...(report.requests.granted as object), commercial: old + 1 };
  assert.deepEqual([...new Set(identityViolations(report).map((v) => v.id))].sort(), ['B2-outcome-sum', 'B3-row-total']);
  assert.deepEqual(identitiesThrough('requests.newReceived.naturalPerson', '2021'), ['B1-balance', 'B3-row-total']);
  assert.deepEqual(identitiesThrough('requests.totalProcessed.total', '2021'), ['B1-balance', 'B2-outcome-sum', 'B3-row-total']);
  assert.deepEqual(identitiesThrough('requests.otherDisposal.total', '2019'), ['B2-outcome-sum', 'B3-row-total']);
  assert.deepEqual(identitiesThrough('appeals.litigationDirect.pending', '2021'), ['C1-appeal-total']);
  assert.deepEqual(identitiesThrough('active.fees.amount', '2021'), []);
});
