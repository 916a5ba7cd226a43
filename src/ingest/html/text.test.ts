import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLOCK_BREAK, isBoilerplate, isDateLine, isTitleLike, normalizeText } from './text.js';

test('spaces, &nbsp; and ideographic spaces collapse to one space and are trimmed', () => {
  assert.equal(normalizeText('\u3000\u3000根据  条例\u00a0\u00a0要求 \t'), '根据 条例 要求');
  assert.equal(normalizeText('\u00a0'), '');
  assert.equal(normalizeText('白石镇\u3000人民政府'), '白石镇 人民政府');
});

test('a source line break between Chinese characters disappears, elsewhere it is a space', () => {
  assert.equal(normalizeText('政府信息\n  公开'), '政府信息公开');
  assert.equal(normalizeText('条例，\r\n现将'), '条例，现将');
  assert.equal(normalizeText('2021\n年'), '2021 年');
  assert.equal(normalizeText('Word\nexport'), 'Word export');
});

test('a block break is always a space, even between Chinese characters', () => {
  assert.equal(normalizeText(`结果${BLOCK_BREAK}\n维持`), '结果 维持');
});

test('zero-width characters are removed', () => {
  assert.equal(normalizeText('行政\u200b许可\ufeff'), '行政许可');
});

test('title, date and site furniture lines', () => {
  assert.ok(isTitleLike('青川县白石镇人民政府2021年政府信息公开工作年度报告'));
  assert.ok(!isTitleLike('现将本年度报告公布如下。'));
  assert.ok(isDateLine('2022年1月18日'));
  assert.ok(isDateLine('发布时间：2022-01-18'));
  assert.ok(!isDateLine('2022年全年共收到申请6件'));
  assert.ok(isBoilerplate('版权所有：青川县人民政府 蜀ICP备00000000号'));
  assert.ok(!isBoilerplate('在网站设置“扫一扫”入口，方便群众查阅。'));
});

test('text with nothing to collapse or remove comes back as it is', () => {
  assert.equal(normalizeText('行政许可'), '行政许可');
  assert.equal(normalizeText('3628.7'), '3628.7');
  assert.equal(normalizeText(''), '');
});
