import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KANGXI_RADICALS, RADICAL_TO_IDEOGRAPH, unifyIdeographs } from './ideographs.js';

const isUnifiedIdeograph = (c: string) => /^\p{Unified_Ideograph}$/u.test(c);

test('the Kangxi table has one entry per radical U+2F00–U+2FD5, each the NFKC form but for ⼾', () => {
  const entries = Array.from(KANGXI_RADICALS);
  assert.equal(entries.length, 0x2fd5 - 0x2f00 + 1);
  entries.forEach((ideograph, i) => {
    const radical = String.fromCodePoint(0x2f00 + i);
    assert.equal(ideograph, radical.normalize('NFKC'), `U+${(0x2f00 + i).toString(16)}`);
  });
  // The simplified-font override: ⼾ prints as 户 (U+6237), not the NFKC 戶 (U+6236).
  assert.equal(RADICAL_TO_IDEOGRAPH.get('\u2f3e'), '户');
});

test('every radical maps to a unified ideograph, and the supplement block is covered as in Unicode', () => {
  for (const [radical, ideograph] of RADICAL_TO_IDEOGRAPH) {
    assert.ok(isUnifiedIdeograph(ideograph), `${radical} → ${ideograph}`);
  }
  const supplement = [...RADICAL_TO_IDEOGRAPH.keys()].filter((c) => {
    const cp = c.codePointAt(0) ?? 0;
    return cp >= 0x2e80 && cp <= 0x2eff;
  });
  // U+2E81–U+2EF3 minus the unassigned U+2E9A; U+2E80 has no equivalent ideograph.
  assert.equal(supplement.length, 114);
  assert.equal(RADICAL_TO_IDEOGRAPH.has('\u2e80'), false);
});

test('spot checks against EquivalentUnifiedIdeograph.txt', () => {
  const expected: Array<[number, number]> = [
    [0x2ea0, 0x6c11], // ⺠ 民
    [0x2ed3, 0x957f], // ⻓ 长
    [0x2ec5, 0x89c1], // ⻅ 见
    [0x2ed4, 0x95e8], // ⻔ 门
    [0x2ee2, 0x9a6c], // ⻢ 马
    [0x2f00, 0x4e00], // ⼀ 一
    [0x2f08, 0x4eba], // ⼈ 人
    [0x2fa8, 0x9580], // ⾨ 門
    [0x2e87, 0x20628], // ⺇ 𠘨 (outside the BMP)
  ];
  for (const [radical, ideograph] of expected) {
    assert.equal(RADICAL_TO_IDEOGRAPH.get(String.fromCodePoint(radical)), String.fromCodePoint(ideograph));
  }
});

test('unifyIdeographs repairs radicals and compatibility ideographs and keeps full-width punctuation and spaces', () => {
  assert.equal(unifyIdeographs('⼈⺠政府办公室关于⻓期⾏政许可的⼀般规定'), '人民政府办公室关于长期行政许可的一般规定');
  assert.equal(unifyIdeographs('门⼾网站'), '门户网站');
  assert.equal(unifyIdeographs('新\uf92c'), '新\u90ce'); // CJK COMPATIBILITY IDEOGRAPH-F92C → 郎
  assert.equal(unifyIdeographs('明胶㬵'), '明胶胶');
  assert.equal(unifyIdeographs('第二十条第（一）项：１２\u3000总计'), '第二十条第（一）项：１２\u3000总计');
});
