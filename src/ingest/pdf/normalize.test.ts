import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizePdfText } from './normalize.js';

test('normalizePdfText repairs radicals and compatibility ideographs and keeps full-width punctuation', () => {
  assert.equal(normalizePdfText('⼈⺠政府办公室关于⻓期⾏政许可的⼀般规定'), '人民政府办公室关于长期行政许可的一般规定');
  assert.equal(normalizePdfText('第二十条第（一）项：１２'), '第二十条第（一）项：１２');
});

test('normalizePdfText drops invisible characters and turns odd spaces into plain ones', () => {
  assert.equal(normalizePdfText('行政\u00ad许可\u200b'), '行政许可');
  assert.equal(normalizePdfText('总\u3000计\u00a0'), '总 计 ');
});
