/** Property: a consistent report passes every arithmetic rule; changing any one cell makes an identity fire on it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { cellDefs, formatFor } from '../format/index.js';
import type { FormatVersion } from '../format/types.js';
import type { CanonicalReport } from '../model/report.js';
import { blankReport, getValue, setValue } from '../model/values.js';
import { checkReport } from './index.js';

const ARITHMETIC = ['B1-balance', 'B2-outcome-sum', 'B3-row-total', 'C1-appeal-total'];

/** Outcome rows and carry-forward are free; totals, 本年新收 and 上年结转 follow from them. */
function consistentReport(version: FormatVersion, draw: (max: number) => number): CanonicalReport {
  const format = formatFor(version);
  const report = blankReport(version, 0);
  const outcomes = format.requestRows.filter((r) => r.outcome).map((r) => r.key);
  const columns = format.requestColumns.filter((c) => c.key !== 'total').map((c) => c.key);
  const rowTotals = new Map<string, number>();
  const add = (row: string, column: string, value: number) => {
    setValue(report, `requests.${row}.${column}`, value);
    rowTotals.set(row, (rowTotals.get(row) ?? 0) + value);
  };
  for (const column of columns) {
    let processed = 0;
    for (const row of outcomes) {
      const value = draw(3);
      add(row, column, value);
      processed += value;
    }
    const forward = draw(2);
    const carried = Math.min(draw(2), processed + forward);
    add('totalProcessed', column, processed);
    add('carriedForward', column, forward);
    add('carriedOver', column, carried);
    add('newReceived', column, processed + forward - carried);
  }
  for (const [row, total] of rowTotals) setValue(report, `requests.${row}.total`, total);
  for (const group of format.appealGroups) {
    let total = 0;
    for (const column of ['upheld', 'corrected', 'other', 'pending']) {
      const value = draw(2);
      setValue(report, `appeals.${group.key}.${column}`, value);
      total += value;
    }
    setValue(report, `appeals.${group.key}.total`, total);
  }
  return report;
}

const arbitrary = fc.record({
  version: fc.constantFrom<FormatVersion>('2021', '2019'),
  numbers: fc.array(fc.nat(1000), { minLength: 400, maxLength: 400 }),
  cellIndex: fc.nat(),
  delta: fc.integer({ min: 1, max: 5 }),
});

function build(version: FormatVersion, numbers: number[]): CanonicalReport {
  let i = 0;
  return consistentReport(version, (max) => (numbers[i++ % numbers.length] ?? 0) % (max + 1));
}

test('a consistent report passes B1, B2, B3 and C1', () => {
  fc.assert(
    fc.property(arbitrary, ({ version, numbers }) => {
      const findings = checkReport(build(version, numbers), { only: ARITHMETIC });
      assert.deepEqual(findings, []);
    }),
  );
});

test('adding to any one Table 三 or 四 cell makes an identity fire that lists that cell', () => {
  fc.assert(
    fc.property(arbitrary, ({ version, numbers, cellIndex, delta }) => {
      const report = build(version, numbers);
      const cells = cellDefs(formatFor(version)).filter((c) => c.table !== 'active');
      const cell = cells[cellIndex % cells.length];
      assert.ok(cell);
      setValue(report, cell.key, (getValue(report, cell.key) ?? 0) + delta);
      const findings = checkReport(report, { only: ARITHMETIC });
      assert.ok(findings.length > 0, `${cell.key} changed, nothing fired`);
      for (const finding of findings) {
        assert.equal(finding.severity, 'inconsistency');
        assert.ok(finding.cells?.some((c) => c.key === cell.key), `${finding.ruleId} does not list ${cell.key}`);
        assert.equal(Math.abs(Number(finding.expected) - Number(finding.actual)), delta);
      }
    }),
  );
});
