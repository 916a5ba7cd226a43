import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chineseSmallNumber, findDate, findYear } from './dates.js';

test('dates in every way reports print them', () => {
  assert.equal(findDate('2025年2月5日')?.iso, '2025-02-05');
  assert.equal(findDate('        2025 年 1 月 22 日')?.iso, '2025-01-22');
  assert.equal(findDate('二〇二五年一月二十日')?.iso, '2025-01-20');
  assert.equal(findDate('二〇二四年十二月三十一日')?.iso, '2024-12-31');
  assert.equal(findDate('２０２５年１月９日')?.iso, '2025-01-09');
  assert.equal(findDate('2025-01-20')?.iso, '2025-01-20');
  assert.equal(findDate('2025.1.20')?.iso, '2025-01-20');
});

test('impossible dates are not dates', () => {
  assert.equal(findDate('2025年2月30日'), null);
  assert.equal(findDate('2025年13月1日'), null);
  assert.equal(findDate('共收到申请21件'), null);
});

test('Chinese month and day numbers', () => {
  assert.equal(chineseSmallNumber('十'), 10);
  assert.equal(chineseSmallNumber('十二'), 12);
  assert.equal(chineseSmallNumber('二十'), 20);
  assert.equal(chineseSmallNumber('三十一'), 31);
  assert.equal(chineseSmallNumber('五'), 5);
  assert.equal(chineseSmallNumber('二二'), null);
});

test('report year from a title', () => {
  assert.equal(findYear('沙泉镇 2024 年政府信息公开工作年报')?.year, 2024);
  assert.equal(findYear('二〇二三年度政府信息公开工作年度报告')?.year, 2023);
  assert.equal(findYear('政府信息公开工作年度报告'), null);
});
