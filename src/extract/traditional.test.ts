import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSimplified } from './traditional.js';

test('words a Taiwan converter changed are turned back: 規範性檔案 → 规范性文件, 政府資訊公開 → 政府信息公开', () => {
  assert.equal(toSimplified('規範性檔案'), '规范性文件');
  assert.equal(toSimplified('政府資訊公開條例'), '政府信息公开条例');
  // 檔案 and 資訊 alone are words of their own (档案, 警务资讯): the phrases above are not.
  assert.equal(toSimplified('檔案'), '檔案');
  assert.equal(toSimplified('警務資訊'), '警务资訊');
});
