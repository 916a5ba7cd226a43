import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDraftGuidance, isPageDebris } from './units.js';

test('page numbers and running footers are debris; a bare number, a label or a dash alone is not', () => {
  for (const text of ['- 3 -', '—12—', '·4·', '第 2 页', '第2页，共5页', '共 5 页 第 2 页', '2 / 5', 'Page 3 of 9', 'page 7', 'P. 8']) {
    assert.equal(isPageDebris(text), true, text);
  }
  for (const text of ['12', '-4', '行政许可', '——', '第二十条第（一）项', '共计', 'P', '0.5']) {
    assert.equal(isPageDebris(text), false, text);
  }
});

test('a filling hint of a draft is guidance only at the start of its line', () => {
  assert.equal(isDraftGuidance('> 【填写说明】本表数字为件数'), true);
  assert.equal(isDraftGuidance('  【填写说明】'), true);
  assert.equal(isDraftGuidance('见上文【填写说明】'), false);
  assert.equal(isDraftGuidance('本年新收政府信息公开申请数量'), false);
});
