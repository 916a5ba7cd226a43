import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../check/types.js';
import { blankReport, setValue } from '../model/values.js';
import { checkJsonEntries, formatCheckJson, formatReportsJson } from './json.js';
import { formatReportsJsonl } from './jsonl.js';

function report(file: string, agency: string) {
  const r = blankReport('2021', 0);
  r.source.file = file;
  r.meta.agency = agency;
  r.lines = [{ text: '全文一行', loc: { line: 1 } }];
  return r;
}

test('json: one object for a single file, without the document text', () => {
  const text = formatReportsJson([report('a.txt', '青禾县白石镇人民政府')], { single: true });
  assert.ok(text.endsWith('}\n'));
  const data = JSON.parse(text);
  assert.equal(Array.isArray(data), false);
  assert.equal(data.meta.agency, '青禾县白石镇人民政府');
  assert.equal(data.requests.newReceived.total, 0);
  assert.equal('lines' in data, false);
  assert.match(text, /^\{\n {2}"source": \{\n {4}"file": "a.txt",/);
});

test('json: an array for several files (and for one when not single)', () => {
  const two = JSON.parse(formatReportsJson([report('a.txt', '甲'), report('b.txt', '乙')], { single: true }));
  assert.deepEqual(two.map((r: { meta: { agency: string } }) => r.meta.agency), ['甲', '乙']);
  const one = JSON.parse(formatReportsJson([report('a.txt', '甲')]));
  assert.equal(Array.isArray(one), true);
  assert.equal(one.length, 1);
});

test('jsonl: one compact report per line', () => {
  const text = formatReportsJsonl([report('a.txt', '甲'), report('b.txt', '乙')]);
  const lines = text.split('\n');
  assert.equal(lines.length, 3);
  assert.equal(lines[2], '');
  assert.equal(JSON.parse(lines[0]!).meta.agency, '甲');
  assert.equal(JSON.parse(lines[1]!).source.file, 'b.txt');
  assert.ok(lines[0]!.startsWith('{"source":{"file":"a.txt","format":"text"},"meta":{"agency":"甲",'));
  assert.equal(formatReportsJsonl([]), '');
});

test('check json: [{ file, findings, error? }] with the error as code and message only', () => {
  const finding: Finding = {
    ruleId: 'B3-row-total',
    severity: 'inconsistency',
    messageId: 'rowTotal',
    message: '总计不等于各列之和',
    location: { key: 'requests.granted.total', line: 40, column: 3 },
    expected: 5,
    actual: 4,
  };
  const entries = checkJsonEntries([
    { file: 'a.txt', report: report('a.txt', '甲'), findings: [finding] },
    { file: 'b.bin', error: { code: 'internal', message: 'boom', cause: new Error('boom') } },
  ]);
  assert.deepEqual(entries, [
    { file: 'a.txt', findings: [finding] },
    { file: 'b.bin', findings: [], error: { code: 'internal', message: 'boom' } },
  ]);
  const parsed = JSON.parse(formatCheckJson([{ file: 'c.txt', findings: [] }]));
  assert.deepEqual(parsed, [{ file: 'c.txt', findings: [] }]);
});

test('reports keep 2019 keys and decimal fees as numbers', () => {
  const r = blankReport('2019', null);
  setValue(r, 'active.procurement.amount', 25.1);
  const data = JSON.parse(formatReportsJson([r], { single: true }));
  assert.equal(data.active.procurement.amount, 25.1);
  assert.equal(data.requests.otherDisposal.total, null);
});
