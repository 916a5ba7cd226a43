import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkReport } from '../check/index.js';
import { textToDocument } from '../ingest/index.js';
import { getValue } from '../model/values.js';
import { extractReport } from './index.js';
import { parseCell } from './values.js';

test('a unit typed after the number, bare or in brackets, leaves the number', () => {
  for (const [raw, value] of [['3件', 3], ['0（件）', 0], ['0(件)', 0], ['12件次', 12], ['1.25（万元）', 1.25], ['１２件', 12]] as const) {
    const cell = parseCell(raw);
    assert.equal(cell.kind === 'number' ? cell.value : cell.kind, value, raw);
  }
});

test('a numbered label is no number; a count of more than fifteen digits still is', () => {
  for (const raw of ['1. 属于国家秘密', '2.其他法律行政法规禁止公开', '3件1', '12（三）']) assert.equal(parseCell(raw).kind, 'none', raw);
  assert.deepEqual(parseCell('1234567890123456'), { kind: 'number', value: 1234567890123456, digits: '1234567890123456' });
  assert.deepEqual(parseCell('007'), { kind: 'number', value: 7, digits: '007' });
});

test('full-width digits read as the count they fold to, alone or mixed with ASCII ones; with a mark they do not', () => {
  assert.deepEqual(parseCell('０'), { kind: 'number', value: 0, digits: '0' });
  assert.deepEqual(parseCell('１２'), { kind: 'number', value: 12, digits: '12' });
  assert.deepEqual(parseCell('1０5'), { kind: 'number', value: 105, digits: '105' });
  assert.deepEqual(parseCell('０７'), { kind: 'number', value: 7, digits: '07' });
  assert.deepEqual(parseCell('１．５'), { kind: 'number', value: 1.5, digits: '1.5' });
  assert.deepEqual(parseCell('－３'), { kind: 'number', value: -3, digits: '-3' });
  assert.equal(parseCell('１、').kind, 'none');
});

test('a cell typed as O, 〇 or 零 reads as 0 and says so; longer text with them stays text', () => {
  for (const raw of ['O', 'o', 'Ｏ', '〇', '零', ' O ']) {
    assert.deepEqual(parseCell(raw), { kind: 'number', value: 0, digits: '0', lookalike: true }, raw);
  }
  assert.deepEqual(parseCell('0'), { kind: 'number', value: 0, digits: '0' });
  for (const raw of ['OO', 'O件', '零星', 'Other']) assert.equal(parseCell(raw).kind, 'none', raw);
});

test('a letter O in Table B keeps its row: the cell is 0, its provenance says how, and the checker warns', () => {
  const source = readFileSync(join(import.meta.dirname, '../../fixtures/same-report/report.txt'), 'utf8');
  const typed = source.replace('3.其他\t0\t0\t0\t0\t0\t0\t0', '3.其他\t0\t0\tO\t0\t0\t0\t0');
  assert.notEqual(typed, source);
  const report = extractReport(textToDocument(typed));
  const key = 'requests.otherDisposal.other.research';
  assert.equal(getValue(report, key), 0);
  assert.equal(getValue(report, 'requests.otherDisposal.other.total'), 0);
  assert.equal(report.provenance[key]?.derivation, 'lookalike-zero');
  assert.equal(report.provenance[key]?.raw, 'O');
  assert.deepEqual(
    report.anomalies.map((a) => [a.code, a.key]),
    [['lookalike-zero', key]],
  );
  const findings = checkReport(report).filter((f) => f.ruleId === 'cell-lookalike-zero');
  assert.equal(findings.length, 1);
  assert.match(findings[0]?.message ?? '', /“O”/);
  assert.equal(findings[0]?.location.line, report.provenance[key]?.line);
});

test('a change written in words (减4, 增3, 减少12) is a signed number, not a label that shifts the row', () => {
  assert.deepEqual(parseCell('减4'), { kind: 'number', value: -4, digits: '-4' });
  assert.deepEqual(parseCell('增3'), { kind: 'number', value: 3, digits: '3' });
  assert.deepEqual(parseCell('减少12'), { kind: 'number', value: -12, digits: '-12' });
  assert.equal(parseCell('减免').kind, 'none');
});

test('a 2019 row with its change in words keeps its columns: 减4 is the change, the count after it the decisions', () => {
  const text = [
    '二、主动公开政府信息情况',
    '第二十条第（一）项 |',
    '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
    '规章 | 0 | 0 | 0 |',
    '规范性文件 | 1 | 1 | 9 |',
    '第二十条第（五）项 |',
    '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
    '行政许可 | 6 | 减4 | 2 |',
    '其他对外管理服务事项 | 0 | 0 | 0 |',
    '第二十条第（九）项 |',
    '信息内容 | 采购项目数量 | 采购总金额 |',
    '政府集中采购 | 1 | 3.5 |',
  ];
  const report = extractReport(textToDocument(text.join('\n')));
  assert.equal(report.meta.formatVersion, '2019');
  assert.equal(getValue(report, 'active.licensing.previousItems'), 6);
  assert.equal(getValue(report, 'active.licensing.change'), -4);
  assert.equal(getValue(report, 'active.licensing.decisions'), 2);
});
