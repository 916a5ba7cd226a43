import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cellDefs, formatFor } from '../format/index.js';
import { ingestFile } from '../ingest/index.js';
import { getValue } from '../model/values.js';
import { extractReport } from './index.js';

const fixtures = join(import.meta.dirname, '../../fixtures');
const expected = JSON.parse(readFileSync(join(fixtures, 'same-report/expected.json'), 'utf8')) as {
  meta: Record<string, unknown>;
  values: Record<string, number>;
};

/** Cells read right, cells read wrong (with what was read), cells left null. */
async function readBack(file: string) {
  const report = extractReport(await ingestFile(join(fixtures, 'raw-order', file)));
  const right: string[] = [];
  const wrong: string[] = [];
  const nulls: string[] = [];
  for (const { key } of cellDefs(formatFor('2021'))) {
    const value = getValue(report, key);
    if (value === null) nulls.push(key);
    else if (value === expected.values[key]) right.push(key);
    else wrong.push(`${key}: ${value}, not ${expected.values[key]}`);
  }
  return { report, right, wrong, nulls };
}

test('pdftotext default order of a Chromium PDF: no value read wrong, the rows that wrap stay null', async () => {
  const { report, right, wrong, nulls } = await readBack('chromium-pdftotext-default.txt');
  assert.deepEqual(wrong, []);
  assert.equal(report.meta.agency, expected.meta.agency);
  assert.equal(report.meta.publishedDate, expected.meta.publishedDate);
  // Table A's two multi-column rows share one block of values; one Table B row prints its last cells first.
  assert.deepEqual(
    nulls.filter((k) => k.startsWith('active.')),
    ['active.regulations.issued', 'active.regulations.repealed', 'active.regulations.inForce', 'active.normativeDocs.issued', 'active.normativeDocs.repealed', 'active.normativeDocs.inForce'],
  );
  // The four one-value rows printed as one block are shared out in order.
  assert.equal(getValue(report, 'active.licensing.decisions'), 318);
  assert.equal(getValue(report, 'active.fees.amount'), 0.86);
  assert.ok(report.anomalies.some((a) => a.code === 'unparsable-cell' && a.key === 'active.normativeDocs'));
  // Every Table B row is read, the wrapped one too: `0 0 1` is printed before `…公开申请 0 1 0 0`, and only the
  // order with that line second keeps the row's total.
  assert.deepEqual(nulls.filter((k) => !k.startsWith('active.')), []);
  assert.equal(right.length, 194);
  const overdue = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'other', 'total'];
  assert.deepEqual(
    overdue.map((column) => getValue(report, `requests.otherDisposal.overdueCorrection.${column}`)),
    overdue.map((column) => expected.values[`requests.otherDisposal.overdueCorrection.${column}`]),
  );
});

test('pdftotext default order of a LibreOffice PDF: blocks shared out only where row totals confirm them', async () => {
  const { report, right, wrong } = await readBack('libreoffice-pdftotext-default.txt');
  assert.deepEqual(wrong, []);
  // 一、二 and （一） are printed as three labels and then one block of 21 values, each seven summing to their total.
  for (const row of ['newReceived', 'carriedOver', 'granted']) {
    for (const column of ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'other', 'total']) {
      const key = `requests.${row}.${column}`;
      assert.equal(getValue(report, key), expected.values[key], key);
    }
  }
  assert.ok(right.length >= 60, `${right.length} cells right`);
  assert.equal(report.meta.agency, expected.meta.agency);
  // （五）'s labels 3–5 are followed by 21 values whose rows each balance, but the label after them skips two rows of
  // （六）, whose labels come later: the block may be theirs (it is), so it is not shared out.
  assert.equal(getValue(report, 'requests.notProcessed.massRepeated.total'), null);
  assert.ok(report.anomalies.some((a) => a.code === 'unparsable-cell' && a.key === 'requests.notProcessed.confirmOrReissue'));
});

for (const producer of ['chromium', 'libreoffice']) {
  for (const mode of ['raw', 'layout']) {
    test(`pdftotext -${mode} of the ${producer} PDF: every cell right, wrapped labels joined to their values`, async () => {
      const { report, right, wrong, nulls } = await readBack(`${producer}-pdftotext-${mode}.txt`);
      assert.deepEqual(wrong, []);
      assert.deepEqual(nulls, []);
      assert.equal(right.length, 200);
      assert.equal(report.meta.agency, expected.meta.agency);
      assert.equal(report.meta.publishedDate, expected.meta.publishedDate);
    });
  }
}
