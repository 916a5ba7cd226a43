import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFor } from '../format/index.js';
import { normalizeLabel } from '../format/normalize.js';
import { LabelMatcher, readRows } from './rows.js';
import { tokenize, type RowLabels } from './tokens.js';
import type { Unit } from './units.js';

const rows = formatFor('2021').requestRows;
const matcher = LabelMatcher.for(rows);
const keysOf = (text: string) => matcher.candidates(normalizeLabel(text)).map((c) => rows[c.index]?.key);

test('the first line of a wrapped label names its row by its numbering and opening words', () => {
  assert.deepEqual(keysOf('2.其他法律行政法'), ['withheld.prohibitedByLaw']);
  assert.deepEqual(keysOf('5.属于三类内部事'), ['withheld.internalAffairs']);
  assert.deepEqual(keysOf('4.无正当理由大量'), ['notProcessed.massRepeated']);
  // With a piece of the group label printed before it on the same line.
  assert.deepEqual(keysOf('）不 2.其他法律行政法'), ['withheld.prohibitedByLaw']);
});

test('a first line is not enough with other numbering, or with too few words to tell rows apart', () => {
  assert.deepEqual(keysOf('3.其他法律行政法'), []);
  assert.deepEqual(keysOf('1.申请'), []);
  // Without numbering it could be any text around the table.
  assert.deepEqual(keysOf('其他法律行政法'), []);
  assert.deepEqual(keysOf('本年度收到2.其他法律行政法'), []);
});

test('二、上年转结 (the two characters swapped, as some reports print it) still names the carried-over row', () => {
  assert.deepEqual(keysOf('二、上年转结政府信息公开申请数量'), ['carriedOver']);
});

test('三类内容事务, a typo of 三类内部事务 seen in a real report, still names its row (label-official then names the typo)', () => {
  assert.deepEqual(keysOf('5.属于三类内容事务信息'), ['withheld.internalAffairs']);
});

test('a label remembered by the tokenizer is matched once per matcher, and answers as candidates does', () => {
  const officials = new Set(rows.map((r) => normalizeLabel(r.label)));
  const labels: RowLabels = { isRowLabel: (norm) => matcher.matches(norm), officials };
  const unit = (index: number, text: string): Unit => ({ index, text, loc: { line: index + 1 }, norm: normalizeLabel(text) });
  const first = tokenize([unit(0, '（一）予以公开'), unit(1, '报告说明')], labels).filter((t) => t.kind === 'text');
  const again = tokenize([unit(3, '（一）予以公开'), unit(4, '报告说明')], labels).filter((t) => t.kind === 'text');
  const groups = LabelMatcher.for(formatFor('2021').requestGroups);
  for (const [i, token] of first.entries()) {
    const other = again[i];
    assert.ok(other && token.kind === 'text' && other.kind === 'text');
    assert.deepEqual(matcher.candidatesOf(token), matcher.candidates(token.norm));
    assert.deepEqual(groups.candidatesOf(token), groups.candidates(token.norm));
    // The second report's token shares the first one's answers, for each matcher.
    assert.equal(other.matches, token.matches);
    assert.equal(matcher.candidatesOf(other), matcher.candidatesOf(token));
    assert.equal(groups.candidatesOf(other), groups.candidatesOf(token));
  }
  assert.deepEqual(
    first.map((t) => (t.kind === 'text' ? matcher.candidatesOf(t).map((c) => rows[c.index]?.key) : null)),
    [['granted'], []],
  );
});

test('a group numbering printed before the row numbering on the same line (elinks) still names the row', () => {
  assert.deepEqual(keysOf('（五） 3.要求提供公开'), ['notProcessed.publication']);
  assert.deepEqual(keysOf('（五）3.要求提供公开'), ['notProcessed.publication']);
});

test('（六）其他, the group label cut by a wrap (w3m), is not the sub-row 3.其他', () => {
  assert.deepEqual(keysOf('（六）其他'), []);
  assert.deepEqual(keysOf('3.其他'), ['otherDisposal.other']);
  assert.deepEqual(keysOf('其他'), ['otherDisposal.other']);
  assert.deepEqual(keysOf('（七）总计'), ['totalProcessed']);
});

test('column headers printed again mid-table (a PDF page break) are not rows: 总计 there heads a column', () => {
  const format = formatFor('2021');
  const specs = format.requestRows.map((r) => ({ ...r, expected: 7 }));
  const officials = new Set(specs.map((r) => normalizeLabel(r.label)));
  const labels: RowLabels = { isRowLabel: (norm) => matcher.matches(norm), officials };
  const zeros = '0 0 0 0 0 0 0';
  const lines = [
    ...specs.filter((r) => r.group !== 'otherDisposal' && r.key !== 'totalProcessed' && r.key !== 'carriedForward').map((r) => `${r.label} ${zeros}`),
    '申请人情况',
    '自然人',
    '法人或其他组织',
    '总计',
    '商业企业 科研机构 社会公益组织 法律服务机构 其他',
    `1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 ${zeros}`,
    `2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 ${zeros}`,
    `3.其他 1 0 0 0 0 0 1`,
    `（七）总计 3 1 0 0 0 0 4`,
    `四、结转下年度继续办理 ${zeros}`,
  ];
  const units = lines.map((text, index): Unit => ({ index, text, loc: { line: index + 1 }, norm: normalizeLabel(text) }));
  const read = readRows(tokenize(units, labels), specs, format.requestGroups, format.requestColumns);
  const valuesOf = (key: string) =>
    read.rows.find((r) => r.spec.key === key)?.values.map((v) => (v.kind === 'number' ? v.value : null));
  assert.deepEqual(valuesOf('otherDisposal.overdueCorrection'), [0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(valuesOf('otherDisposal.other'), [1, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(valuesOf('totalProcessed'), [3, 1, 0, 0, 0, 0, 4]);
});

test('reading tables again and again makes no new label matchers (the matches a remembered label keeps stay the same size)', () => {
  const specs = formatFor('2021').active.flatMap((block) => block.rows.map((row) => ({ ...row, expected: 3 })));
  const groups: never[] = [];
  const labels: RowLabels = { isRowLabel: () => false, officials: new Set() };
  // One cell a line: each text is a piece of its own, remembered with its matches from one report to the next; the
  // note after the first row is one the scan asks every matcher about.
  const lines = ['规章', '0', '0', '3', '单位：件', '行政规范性文件', '1', '0', '5'];
  const units = lines.map((text, index): Unit => ({ index, text, loc: { line: index + 1 }, norm: normalizeLabel(text) }));
  const sizes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const tokens = tokenize(units, labels);
    readRows(tokens, specs, groups);
    const label = tokens.find((t) => t.kind === 'text' && t.raw === '单位：件');
    sizes.push(label?.kind === 'text' ? (label.matches?.length ?? 0) : -1);
  }
  assert.ok((sizes[0] ?? 0) > 0);
  assert.equal(sizes[2], sizes[0]);
});
