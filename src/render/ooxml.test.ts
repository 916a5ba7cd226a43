import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { renderDocx } from './docx.js';
import { readReportJson } from './json.js';
import { renderXlsx } from './xlsx.js';

const report = readReportJson(readFileSync(new URL('../../fixtures/render/sample-2021.json', import.meta.url), 'utf8'), null);

test('DOCX and XLSX carry the 落款 date as their timestamps, so the same report gives the same bytes', async () => {
  for (const bytes of [await renderDocx(report), await renderXlsx(report)]) {
    const core = strFromU8(unzipSync(bytes)['docProps/core.xml'] ?? new Uint8Array());
    assert.match(core, /<dcterms:created[^>]*>2025-01-20T00:00:00Z</);
    assert.match(core, /<dcterms:modified[^>]*>2025-01-20T00:00:00Z</);
  }
  assert.deepEqual(await renderDocx(report), await renderDocx(report));
});
