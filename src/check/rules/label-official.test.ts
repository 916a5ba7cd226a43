import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleTester } from '../rule-tester.js';
import { comparable, examples, isWhiteSpaceOnly, rule, wordingDiffers } from './label-official.js';

ruleTester(rule, examples);


test('wordingDiffers: cuts and glue are not differences, changed words are', () => {
  const differs = (raw: string, official: string) => wordingDiffers(comparable(raw), comparable(official));
  const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  assert.ok(!differs('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之 自然 法人或其他组织', note));
  assert.ok(!differs('结果维持结果纠正其他结果尚未审结总计', '结果纠正'));
  assert.ok(!differs('（二）部分公开（区分处理的，', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'));
  assert.ok(differs('全区本年度新收政府信息公开申请131件，上年结转7件。', '二、上年结转政府信息公开申请数量'));
  assert.ok(differs('行政处理', '行政强制'));
  // A word cut at one end and glued at the other cannot be told from a wrap: not reported.
  assert.ok(!differs('许可事项', '行政许可'));
});

test('isWhiteSpaceOnly agrees with trim() for every UTF-16 unit, alone and after a space', () => {
  for (let code = 0; code <= 0xffff; code++) {
    const unit = String.fromCharCode(code);
    assert.equal(isWhiteSpaceOnly(unit), unit.trim() === '', `U+${code.toString(16)}`);
    assert.equal(isWhiteSpaceOnly(` ${unit}\u3000`), ` ${unit}\u3000`.trim() === '', `U+${code.toString(16)}`);
  }
  assert.equal(isWhiteSpaceOnly(''), true);
});
