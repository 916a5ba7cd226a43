import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractReport } from '../../extract/index.js';
import { flattenValues } from '../../model/values.js';
import { ingestFile } from '../index.js';

const fixtures = join(import.meta.dirname, '../../../fixtures');
const expected = JSON.parse(readFileSync(join(fixtures, 'same-report/expected.json'), 'utf8')) as {
  meta: { agency: string; year: number; publishedDate: string };
  values: Record<string, number>;
};

for (const producer of ['chromium', 'libreoffice']) {
  test(`pdftohtml's page of the ${producer} PDF reads to the report's values and metadata`, async () => {
    const report = extractReport(await ingestFile(join(fixtures, 'pdftohtml', `${producer}.html`)));
    assert.deepEqual(Object.fromEntries(flattenValues(report, '2021')), expected.values);
    assert.equal(report.meta.agency, expected.meta.agency);
    assert.equal(report.meta.year, expected.meta.year);
    assert.equal(report.meta.publishedDate, expected.meta.publishedDate);
    assert.ok(report.meta.title?.includes('政府信息公开工作年度报告'), report.meta.title ?? 'no title');
  });
}
