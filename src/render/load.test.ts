import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { GongkaiError } from '../errors.js';
import { parseCsv, readCsvReport, renderCsv } from './csv.js';
import { readReportJson, renderJson } from './json.js';
import { loadReport, reportFromBytes } from './load.js';

const fixturePath = (name: string) => new URL(`../../fixtures/render/${name}`, import.meta.url);
const fixture = (name: string) => readReportJson(readFileSync(fixturePath(name), 'utf8'), name);
const dir = mkdtempSync(join(tmpdir(), 'gongkai-load-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function rejects(promise: Promise<unknown>, code: string, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof GongkaiError, String(error));
    assert.equal(error.code, code);
    assert.match(error.message, pattern);
    return true;
  });
}

test('CSV: key,label,value rows with a BOM: metadata, section texts, then cells labelled from the template', () => {
  const csv = renderCsv(fixture('sample-2021.json'));
  assert.ok(csv.startsWith('\uFEFFkey,label,value\r\n'));
  const records = parseCsv(csv);
  assert.deepEqual(records[1], ['meta.agency', '发布机关', '青禾县柳湾镇人民政府']);
  assert.deepEqual(records[3], ['meta.publishedDate', '落款日期', '2025-01-20']);
  assert.deepEqual(
    records.find((r) => r[0] === 'requests.withheld.stateSecret.naturalPerson'),
    ['requests.withheld.stateSecret.naturalPerson', '三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 自然人', '0'],
  );
  assert.deepEqual(records.find((r) => r[0] === 'appeals.litigationDirect.pending')?.[1], '行政诉讼 / 未经复议直接起诉 / 尚未审结');
  assert.deepEqual(records.find((r) => r[0] === 'active.fees.amount')?.slice(1), ['第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）', '0.35']);
  assert.deepEqual(records[5], ['sections.overview', '一、总体情况', fixture('sample-2021.json').sections.overview?.text]);
  assert.equal(records.length, 1 + 4 + 6 + 200);
});

test('CSV quotes fields with commas, quotes and line breaks, and reads them back', () => {
  const report = fixture('sample-2021.json');
  report.meta.agency = '某"机关",\n第二行';
  const back = readCsvReport(renderCsv(report));
  assert.equal(back?.meta.agency, '某"机关",\n第二行');
  assert.deepEqual(back?.requests, report.requests);
});

test('JSON round trip keeps the whole report', () => {
  const report = fixture('hostile-2021.json');
  assert.deepEqual(readReportJson(renderJson(report), null), report);
});

test('loadReport reads report JSON, the parse output wrapper, our CSV and documents', async () => {
  const report = fixture('sample-2021.json');
  assert.deepEqual((await loadReport(fixturePath('sample-2021.json').pathname)).requests, report.requests);
  const wrapped = await loadReport(write('wrapped.json', JSON.stringify({ report })));
  assert.equal(wrapped.meta.agency, '青禾县柳湾镇人民政府');
  const listed = await loadReport(write('listed.json', JSON.stringify([report])));
  assert.deepEqual(listed.appeals, report.appeals);
  const fromCsv = await loadReport(write('data.csv', renderCsv(report)));
  assert.deepEqual(fromCsv.appeals, report.appeals);
  assert.equal(fromCsv.source.file, join(dir, 'data.csv'));
});

test('loadReport explains bad input in Chinese, naming the file', async () => {
  await rejects(loadReport(join(dir, 'missing.json')), 'not-found', /不存在/);
  await rejects(loadReport(write('broken.json', '{"meta": ')), 'corrupt', /JSON 格式错误/);
  await rejects(loadReport(write('other.json', '{"name": "x"}')), 'not-a-report', /缺少 meta/);
  await rejects(loadReport(write('two.json', '[{"meta": {}}, {"meta": {}}]')), 'not-a-report', /有 2 份报告/);
  await rejects(
    loadReport(write('bad-value.json', JSON.stringify({ meta: {}, requests: { granted: { total: '5' } } }))),
    'not-a-report',
    /requests\.granted\.total 应为数字或 null/,
  );
  await rejects(loadReport(write('bad-year.json', JSON.stringify({ meta: { year: '2024' } }))), 'not-a-report', /meta\.year/);
  await rejects(loadReport(write('empty.csv', 'key,label,value\r\nfoo,bar,1\r\n')), 'not-a-report', /CSV/);
  const error = await loadReport(join(dir, 'missing.json')).catch((e: unknown) => e);
  assert.ok(error instanceof GongkaiError && error.file?.endsWith('missing.json'));
});

test('reportFromBytes sends documents through ingest and extract', async () => {
  const markdown = readFileSync(fixturePath('sample-2021.expected.md'));
  const report = await reportFromBytes(new Uint8Array(markdown), 'report.md');
  assert.equal(report.source.file, 'report.md');
  assert.equal(report.meta.agency, '青禾县柳湾镇人民政府');
  assert.equal(report.requests.newReceived && (report.requests.newReceived as Record<string, unknown>).total, 6);
  await rejects(reportFromBytes(new TextEncoder().encode('会议纪要\n今天天气很好。\n'), 'notes.txt'), 'not-a-report', /年报/);
});
