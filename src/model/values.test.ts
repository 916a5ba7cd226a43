import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellDefs, formatFor } from '../format/index.js';
import type { Provenance } from './report.js';
import { cellSlot, getValue, provenanceRecord, reportWithCells, reportWithValues } from './values.js';

test('reportWithCells: the cells read by key, a later value winning and unknown keys ignored, every other cell null', () => {
  const report = reportWithCells('2021', [
    [
      { key: 'requests.newReceived.naturalPerson', value: 4 },
      { key: 'requests.newReceived.total', value: 9 },
    ],
    [
      { key: 'requests.newReceived.total', value: 5 },
      { key: 'requests.noSuchRow.total', value: 7 },
      { key: 'active.fees.amount', value: 2.5 },
    ],
  ]);
  assert.equal(getValue(report, 'requests.newReceived.naturalPerson'), 4);
  assert.equal(getValue(report, 'requests.newReceived.total'), 5);
  assert.equal(getValue(report, 'active.fees.amount'), 2.5);
  assert.equal(getValue(report, 'requests.noSuchRow.total'), undefined);
  const filled = new Set(['requests.newReceived.naturalPerson', 'requests.newReceived.total', 'active.fees.amount']);
  for (const cell of cellDefs(formatFor('2021'))) {
    if (!filled.has(cell.key)) assert.equal(getValue(report, cell.key), null, cell.key);
  }
});

test('reportWithCells builds the same report as reportWithValues over a map of the same cells', () => {
  const keys = cellDefs(formatFor('2019')).map((cell) => cell.key);
  const cells = keys.map((key, i) => ({ key, value: i % 3 === 0 ? null : i }));
  const byKey = new Map(cells.map((cell) => [cell.key, cell.value]));
  assert.deepEqual(reportWithCells('2019', [cells]), reportWithValues('2019', (key) => byKey.get(key) ?? null));
});

test('cells placed by their slot fill the same report as cells placed by key; a key the format lacks has none', () => {
  const keys = cellDefs(formatFor('2021')).map((cell) => cell.key);
  const byKey = keys.map((key, i) => ({ key, value: i % 4 === 0 ? null : i * 2 }));
  const bySlot = byKey.map((cell) => ({ ...cell, slot: cellSlot('2021', cell.key) }));
  assert.deepEqual(
    bySlot.map((cell) => cell.slot),
    keys.map((_, i) => i),
  );
  assert.deepEqual(reportWithCells('2021', [bySlot]), reportWithCells('2021', [byKey]));
  assert.equal(cellSlot('2021', 'requests.noSuchRow.total'), -1);
  assert.equal(cellSlot('2019', 'active.fees.amount'), -1);
  // A cell with slot -1 is ignored, as a key the format lacks is.
  const report = reportWithCells('2021', [[{ key: 'requests.noSuchRow.total', slot: -1, value: 3 }]]);
  assert.deepEqual(report, reportWithCells('2021', []));
});

test('provenanceRecord: cells in template order, then the metadata in the order given, whole or with gaps', () => {
  const keys = cellDefs(formatFor('2019')).map((cell) => cell.key);
  const source = (line: number): Provenance => ({ line, column: 1, endLine: line, endColumn: 2, raw: String(line) });
  const metadata = {
    'meta.title': source(1),
    'meta.agencyInTitle': source(1),
    'meta.agencyInSignature': source(90),
    'meta.agency': source(1),
    'meta.publishedDate': source(91),
    'meta.year': source(1),
  };
  const every = keys.map((_, slot) => source(slot + 10));
  const whole = provenanceRecord('2019', every, metadata);
  assert.deepEqual(Object.keys(whole), [...keys, ...Object.keys(metadata)]);
  assert.deepEqual(whole[keys[5] ?? ''], source(15));

  // A cell without a source is left out; metadata in another order (or fewer fields) keeps its own order.
  const gaps = every.map((s, slot) => (slot % 4 === 0 ? undefined : s));
  const fewer = { 'meta.year': source(2), 'meta.title': source(1) };
  const partial = provenanceRecord('2019', gaps, fewer);
  assert.deepEqual(Object.keys(partial), [...keys.filter((_, slot) => slot % 4 !== 0), 'meta.year', 'meta.title']);
  assert.equal(partial[keys[0] ?? ''], undefined);
});
