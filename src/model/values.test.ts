import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellDefs, formatFor } from '../format/index.js';
import { getValue, reportWithCells, reportWithValues } from './values.js';

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
