import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { cellDefs, formatFor } from '../format/index.js';
import type { CellValue, ValueTree } from '../model/report.js';
import { blankReport, getValue, setValue } from '../model/values.js';
import { cellRow, cellRows, leafValue, rowObject, tableRows, valueFacts } from './cells.js';
import type { RuleContext } from './types.js';

for (const version of ['2019', '2021'] as const) {
  test(`${version}: cellRows lists every cell once, in template order, grouped by row`, () => {
    const format = formatFor(version);
    const rows = cellRows(format);
    assert.deepEqual(
      rows.flatMap((row) => row.cells.map((c) => c.def.key)),
      cellDefs(format).map((c) => c.key),
    );
    for (const row of rows) {
      assert.equal(row.key, `${row.table}.${row.path.join('.')}`);
      for (const { def, leaf } of row.cells) assert.equal(def.key, `${row.key}.${leaf}`);
    }
    const regulations = version === '2021' ? ['issued', 'repealed', 'inForce'] : ['made', 'published', 'totalPublished'];
    assert.deepEqual(
      cellRow(format, 'active.regulations')?.cells.map((c) => c.leaf),
      regulations,
    );
    assert.equal(cellRow(format, 'requests.nothing'), undefined);
    assert.deepEqual(
      tableRows(format, 'appeals').map((row) => row.key),
      rows.filter((row) => row.table === 'appeals').map((row) => row.key),
    );
  });

  test(`${version}: a cell read through its row is what getValue reads, whatever the tree holds`, () => {
    const format = formatFor(version);
    const defs = cellDefs(format);
    // Damage a blank report: blank cells, missing rows, a number or null where a row object should be.
    const damage = fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: defs.length - 1 }),
        fc.constantFrom<'null' | 'number' | 'delete' | 'row-null' | 'row-number' | 'row-delete'>(
          'null', 'number', 'delete', 'row-null', 'row-number', 'row-delete',
        ),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(damage, (changes) => {
        const report = blankReport(version, 1);
        for (const [index, change] of changes) {
          const path = (defs[index]?.key ?? '').split('.');
          const leaf = path.pop() ?? '';
          let node: ValueTree | CellValue | undefined = report[path[0] as 'active'];
          for (const part of path.slice(1, change.startsWith('row') ? -1 : undefined)) {
            node = node !== null && typeof node === 'object' ? node[part] : undefined;
          }
          if (node === null || typeof node !== 'object') continue;
          const key = change.startsWith('row') ? (path[path.length - 1] ?? '') : leaf;
          if (change.endsWith('delete')) delete node[key];
          else node[key] = change.endsWith('null') ? null : 7;
        }
        for (const row of cellRows(format)) {
          const object = rowObject(report, row);
          for (const { def, leaf } of row.cells) assert.equal(leafValue(object, leaf), getValue(report, def.key));
        }
      }),
      { numRuns: 300 },
    );
  });
}

test('valueFacts: blanks and non-counts per table, or null when a tree holds something else', () => {
  const facts = (report: ReturnType<typeof blankReport>) => valueFacts({ report } as RuleContext);
  const report = blankReport('2021', 0);
  assert.deepEqual(facts(report), {
    active: { blank: false, counts: true },
    requests: { blank: false, counts: true },
    appeals: { blank: false, counts: true },
  });
  setValue(report, 'active.fees.amount', 0.04);
  setValue(report, 'appeals.review.total', null);
  assert.deepEqual(facts(report), {
    active: { blank: false, counts: false },
    requests: { blank: false, counts: true },
    appeals: { blank: true, counts: true },
  });
  setValue(report, 'requests.granted.total', -1);
  assert.equal(facts(report)?.requests.counts, false);
  (report.requests as Record<string, unknown>).granted = 'seven';
  assert.equal(facts(report), null);
});
