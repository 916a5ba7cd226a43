/** End to end: each DOCX fixture → Document → CanonicalReport holds the numbers the fixture was generated with. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  APPLICANT_COLUMNS,
  LINXI,
  QINGHE,
  requestRows,
  WANGCHUAN,
  type ReportFixture,
} from '../../../fixtures/docx/reports.js';
import { extractReport } from '../../extract/index.js';
import { getValue } from '../../model/values.js';
import { ingestDocx } from './index.js';

const FIXTURES = new URL('../../../fixtures/docx/', import.meta.url);

const cases: Array<[string, ReportFixture, string]> = [
  ['qinghe-docxlib-2021.docx', QINGHE, '2022-01-24'],
  ['wangchuan-handxml-2022.docx', WANGCHUAN, '2023-01-18'],
  ['linxi-libreoffice-2023.docx', LINXI, '2024-01-26'],
];

for (const [name, fixture, publishedDate] of cases) {
  test(`extractReport reads every number of ${name}`, async () => {
    const doc = await ingestDocx(new Uint8Array(readFileSync(new URL(name, FIXTURES))), name);
    const report = extractReport(doc);
    assert.equal(report.meta.agency, fixture.agency);
    assert.equal(report.meta.year, fixture.year);
    assert.equal(report.meta.publishedDate, publishedDate);
    assert.equal(report.meta.formatVersion, '2021');

    const expected: Array<[string, number]> = [];
    const columns = [...APPLICANT_COLUMNS, 'total'];
    for (const [row, values] of requestRows(fixture.requests)) {
      values.forEach((value, i) => expected.push([`requests.${row}.${columns[i]}`, value]));
    }
    const a = fixture.active;
    expected.push(
      ['active.regulations.issued', a.regulations[0]],
      ['active.regulations.repealed', a.regulations[1]],
      ['active.regulations.inForce', a.regulations[2]],
      ['active.normativeDocs.issued', a.normativeDocs[0]],
      ['active.normativeDocs.repealed', a.normativeDocs[1]],
      ['active.normativeDocs.inForce', a.normativeDocs[2]],
      ['active.licensing.decisions', a.licensing],
      ['active.penalty.decisions', a.penalty],
      ['active.coercion.decisions', a.coercion],
      ['active.fees.amount', Number(a.fees)],
    );
    for (const group of ['review', 'litigationDirect', 'litigationAfterReview'] as const) {
      const v = fixture.appeals[group];
      ['upheld', 'corrected', 'other', 'pending'].forEach((column, i) => expected.push([`appeals.${group}.${column}`, v[i] ?? NaN]));
      expected.push([`appeals.${group}.total`, v.reduce((s, n) => s + n, 0)]);
    }
    assert.equal(expected.length, 175 + 10 + 15);
    const actual = expected.map(([key]) => [key, getValue(report, key)]);
    assert.deepEqual(actual, expected);
    assert.deepEqual(report.anomalies, []);
  });
}
