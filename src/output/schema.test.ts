import { join } from 'node:path';
import { test } from 'node:test';
import { seedsDir } from '../testing/seeds.js';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { cellDefs, FORMATS } from '../format/index.js';
import type { CanonicalReport } from '../model/report.js';
import { blankReport, setValue } from '../model/values.js';
import { buildReportSchema, renderReportSchema, type JsonSchema } from './schema.js';
import { validateSchema } from './schema-validate.js';

const schema = buildReportSchema();

test('schema/report.schema.json is up to date (run npm run gen:schema)', () => {
  const onDisk = readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8');
  assert.equal(onDisk, renderReportSchema());
});

test('the schema declares draft 2020-12 and branches on meta.formatVersion', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const versions = schema.allOf!.map((branch) => branch.if!.properties!.meta!.properties!.formatVersion!.const);
  assert.deepEqual(versions, ['2021', '2019']);
});

test('leaf paths of each format are exactly the canonical keys, each described by its labels', () => {
  for (const version of ['2021', '2019'] as const) {
    const leaves: string[] = [];
    for (const table of ['active', 'requests', 'appeals']) {
      collectLeaves(schema.$defs![`${table}${version}`]!, table, leaves);
    }
    assert.deepEqual(leaves, cellDefs(FORMATS[version]).map((cell) => cell.key));
  }
  const stateSecret = schema.$defs!.requests2021!.properties!.withheld!.properties!.stateSecret!.properties!.total!;
  assert.deepEqual(stateSecret, { type: ['number', 'null'], description: '1.属于国家秘密 / 总计' });
});

function collectLeaves(node: JsonSchema, path: string, out: string[]): void {
  if (!node.properties) {
    out.push(path);
    return;
  }
  for (const [key, child] of Object.entries(node.properties)) collectLeaves(child, `${path}.${key}`, out);
}

test('blank reports of both formats conform', () => {
  assert.deepEqual(validateSchema(blankReport('2021', 0), schema), []);
  assert.deepEqual(validateSchema(blankReport('2019', null), schema), []);
});

test('a filled report with sections, provenance, labels and anomalies conforms', () => {
  const report = blankReport('2021', 0);
  report.source = { file: 'a.txt', format: 'text', encoding: 'utf-8', bytes: 100 };
  report.meta = {
    agency: '青禾县白石镇人民政府',
    year: 2024,
    publishedDate: '2025-01-20',
    formatVersion: '2021',
    title: '青禾县白石镇人民政府2024年政府信息公开工作年度报告',
    level: 'township',
    agencyInTitle: '青禾县白石镇人民政府',
    agencyInSignature: '青禾县白石镇人民政府',
  };
  report.sections.overview = {
    ordinal: '一',
    heading: '一、总体情况',
    text: '本镇……',
    loc: { line: 3 },
    position: 0,
    lines: [{ text: '本镇……', loc: { line: 4, column: 1 } }],
  };
  report.provenance['requests.newReceived.total'] = { table: 2, row: 4, cell: 10, raw: '12' };
  report.provenance['meta.agency'] = { line: 1, column: 1, raw: '青禾县白石镇人民政府' };
  report.labels.push({ key: 'requests.row:granted', official: '（一）予以公开', raw: '(一)予以公开', loc: { table: 2, row: 6 } });
  report.anomalies.push({ code: 'extra-column', key: 'appeals', text: '表四多一列', values: [1, null] });
  report.deviations.push('表四多一列');
  report.lines = [{ text: '青禾县白石镇人民政府2024年政府信息公开工作年度报告', loc: { line: 1 } }];
  assert.deepEqual(validateSchema(report, schema), []);
});

test('a misspelt key fails, naming the path', () => {
  const report = blankReport('2021', 0) as unknown as { requests: Record<string, unknown> };
  report.requests.newRecieved = report.requests.newReceived;
  delete report.requests.newReceived;
  const errors = validateSchema(report, schema);
  assert.ok(errors.some((e) => e.path === '/requests/newRecieved' && e.message === '不允许的字段'), JSON.stringify(errors));
  assert.ok(errors.some((e) => e.path === '/requests/newReceived' && e.message === '缺少必需的字段'));
});

test('a string value fails', () => {
  const report = blankReport('2021', 0);
  setValue(report, 'requests.granted.total', '3' as unknown as number);
  const errors = validateSchema(report, schema);
  assert.deepEqual(
    errors.filter((e) => e.path === '/requests/granted/total'),
    [{ path: '/requests/granted/total', message: '应为 number|null，实为 string' }],
  );
});

test('the value paths must match meta.formatVersion', () => {
  const report: CanonicalReport = blankReport('2019', 0);
  report.meta.formatVersion = '2021';
  const errors = validateSchema(report, schema);
  assert.ok(errors.some((e) => e.path === '/active/regulations/made' && e.message === '不允许的字段'));
  // With no version known, any number-or-null tree is accepted.
  report.meta.formatVersion = null;
  assert.deepEqual(validateSchema(report, schema), []);
  setValue(report, 'active.regulations.made', 'x' as unknown as number);
  assert.equal(validateSchema(report, schema).length > 0, true);
});

test('meta, provenance keys and closed objects are checked', () => {
  const report = blankReport('2021', 0);
  report.meta.publishedDate = '2025年1月20日';
  report.meta.year = 2024.5;
  (report.meta as unknown as Record<string, unknown>).agencyName = '多余';
  report.provenance['requests.newReceived.total'] = { raw: '12', line: 0 };
  (report.provenance as Record<string, unknown>)['not a key'] = { raw: '1' };
  const paths = validateSchema(report, schema).map((e) => e.path);
  assert.deepEqual(paths.sort(), [
    '/meta/agencyName',
    '/meta/publishedDate',
    '/meta/year',
    '/provenance/not a key',
    '/provenance/requests.newReceived.total/line',
  ]);
});

test('the validator refuses keywords outside its subset', () => {
  assert.throws(() => validateSchema('x', { format: 'uri' } as unknown as JsonSchema), /unsupported schema keyword: format/);
  assert.throws(() => validateSchema('x', { $ref: '#/$defs/missing' }), /unresolvable \$ref/);
});

const SEEDS = seedsDir();

test('reports extracted from the seed files conform (skipped without ../shared/seeds)', { skip: SEEDS === null }, async () => {
  const { readReport } = await import('../pipeline.js');
  const { outputReport } = await import('./json.js');
  const files = readdirSync(SEEDS ?? '').filter((name) => name.endsWith('.txt'));
  assert.ok(files.length > 0);
  for (const name of files) {
    const report = await readReport(join(SEEDS ?? '', name));
    // What gongkai parse prints, read back as JSON.
    const printed = JSON.parse(JSON.stringify(outputReport(report)));
    assert.deepEqual(validateSchema(printed, schema), [], name);
    assert.deepEqual(validateSchema(JSON.parse(JSON.stringify(report)), schema), [], `${name} with lines`);
  }
});
