import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../check/types.js';
import type { FileResult } from '../pipeline.js';
import { formatStylish } from './stylish.js';

const ESC = '\u001b';

const balance: Finding = {
  ruleId: 'B1-balance',
  severity: 'inconsistency',
  messageId: 'unbalanced',
  message: '勾稽关系不成立',
  location: { tableName: '三', table: 2, row: 5, cell: 9, key: 'requests.newReceived.total' },
  cells: [
    { key: 'requests.newReceived.total', value: 10, side: 'lhs' },
    { key: 'requests.carriedOver.total', value: 2, side: 'lhs' },
    { key: 'requests.totalProcessed.total', value: 9, side: 'rhs' },
    { key: 'requests.carriedForward.total', value: 1, side: 'rhs' },
  ],
  expected: 12,
  actual: 10,
};
const agency: Finding = {
  ruleId: 'meta-agency-mismatch',
  severity: 'error',
  messageId: 'mismatch',
  message: '机关名称不一致',
  location: { line: 3, column: 1 },
  expected: '青禾县白石镇人民政府',
  actual: '白石镇人民政府',
  hint: '落款写机关全称',
};
const label: Finding = {
  ruleId: 'label-official',
  severity: 'warning',
  messageId: 'label',
  message: '标签有误',
  location: { page: 2, line: 14, column: 7 },
};

const results: FileResult[] = [
  { file: 'reports/qinghe.txt', findings: [balance, agency, label] },
  { file: 'reports/clean.txt', findings: [] },
  { file: 'reports/broken.pdf', error: { code: 'corrupt', message: 'PDF 文件已损坏' } },
];

test('stylish: grouped by file, aligned columns, details under the message, summary', () => {
  const indent = ' '.repeat(23); // 2 + 11 (表三 5行9列) + 2 + 6 (不一致) + 2
  const expected = [
    'reports/qinghe.txt',
    '  表三 5行9列  不一致  勾稽关系不成立  B1-balance',
    `${indent}预期：12，实际：10`,
    `${indent}左边：requests.newReceived.total = 10，requests.carriedOver.total = 2`,
    `${indent}右边：requests.totalProcessed.total = 9，requests.carriedForward.total = 1`,
    '  3:1          错误    机关名称不一致  meta-agency-mismatch',
    `${indent}预期：青禾县白石镇人民政府，实际：白石镇人民政府`,
    `${indent}建议：落款写机关全称`,
    '  第2页 14:7   警告    标签有误        label-official',
    '',
    '✖ 3 个问题（1 个错误，1 个不一致，1 个警告，0 个提示），共 3 个文件；1 个文件无法处理',
    '',
  ].join('\n');
  assert.equal(formatStylish(results), expected);
});

test('stylish in English', () => {
  const text = formatStylish(results, { locale: 'en' });
  // indent 39 = 2 + 20 (table 三 row 5 col 9) + 2 + 13 (inconsistency) + 2
  const lines = text.split('\n');
  assert.equal(lines[1], '  table 三 row 5 col 9  inconsistency  勾稽关系不成立  B1-balance');
  assert.equal(lines[2], `${' '.repeat(39)}expected: 12, actual: 10`);
  assert.equal(lines[3], `${' '.repeat(39)}left: requests.newReceived.total = 10, requests.carriedOver.total = 2`);
  assert.equal(
    lines.at(-2),
    '✖ 3 problems (1 error, 1 inconsistency, 1 warning, 0 info) in 3 files; 1 could not be processed',
  );
});

test('stylish: only the actual value when no expected one, cells without a side, blank values', () => {
  const finding: Finding = {
    ruleId: 'blank-cell',
    severity: 'info',
    messageId: 'blank',
    message: '单元格为空',
    location: { key: 'appeals.review.total' },
    cells: [{ key: 'appeals.review.total', value: null }],
    actual: '2023-12-21',
  };
  assert.equal(
    formatStylish([{ file: 'a.txt', findings: [finding] }]),
    [
      'a.txt',
      '  appeals.review.total  提示  单元格为空  blank-cell',
      `${' '.repeat(30)}实际：2023-12-21`,
      `${' '.repeat(30)}单元格：appeals.review.total = 空`,
      '',
      '✖ 1 个问题（0 个错误，0 个不一致，0 个警告，1 个提示），共 1 个文件',
      '',
    ].join('\n'),
  );
});

test('stylish: no problems', () => {
  const clean: FileResult[] = [{ file: 'a.txt', findings: [] }, { file: 'b.txt', findings: [] }];
  assert.equal(formatStylish(clean), '✔ 没有发现问题（2 个文件）\n');
  assert.equal(formatStylish(clean, { locale: 'en' }), '✔ no problems found (2 files)\n');
  assert.equal(formatStylish([{ file: 'x', error: { code: 'empty', message: '文件为空' } }]), '✖ 没有发现问题（1 个文件）；1 个文件无法处理\n');
});

test('stylish: colour codes only when asked, severity in its colour', () => {
  assert.equal(formatStylish(results).includes(ESC), false);
  const coloured = formatStylish(results, { color: true });
  assert.ok(coloured.includes(`${ESC}[31m错误  ${ESC}[39m`));
  assert.ok(coloured.includes(`${ESC}[35m不一致${ESC}[39m`));
  assert.ok(coloured.includes(`${ESC}[4mreports/qinghe.txt${ESC}[24m`));
  // Same text once the codes are stripped: colour never shifts the columns.
  assert.equal(coloured.replaceAll(new RegExp(`${ESC}\\[\\d+m`, 'g'), ''), formatStylish(results));
});
