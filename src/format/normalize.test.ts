import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldWidth, isNfkcStableCode, isTrimmedCode, normalizeLabel } from './normalize.js';

test('foldWidth gives what NFKC gives, for every character of the Basic Multilingual Plane', () => {
  const differ: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    // Alone, and between characters of the stable set and full-width forms.
    for (const text of [char, `本年${char}（`, `（${char}１２`]) {
      if (foldWidth(text) !== text.normalize('NFKC')) differ.push(code.toString(16));
    }
  }
  assert.deepEqual(differ, []);
});

test('normalizeLabel folds width, drops spaces and marks, unifies quotes and numbering', () => {
  assert.equal(normalizeLabel('（一）本年新收政府信息公开申请数量'), '(一)本年新收政府信息公开申请数量');
  assert.equal(normalizeLabel(' 1、 本年　新收 **申请** '), '1.本年新收申请');
  assert.equal(normalizeLabel('三．维持'), '三、维持');
  assert.equal(normalizeLabel('十二.其他'), '十二、其他');
  assert.equal(normalizeLabel('12,其他'), '12.其他');
  // A number or numeral alone, or with no mark after it, keeps what follows.
  assert.equal(normalizeLabel('3'), '3');
  assert.equal(normalizeLabel('一'), '一');
  assert.equal(normalizeLabel('一是加强'), '一是加强');
  assert.equal(normalizeLabel('2021年'), '2021年');
  assert.equal(normalizeLabel('"其他"处理｜'), '“其他“处理');
  assert.equal(normalizeLabel('１２ 件'), '12件');
  // Already normal text comes back as it is, memoised or not.
  assert.equal(normalizeLabel('本年新收政府信息公开申请数量'), '本年新收政府信息公开申请数量');
  assert.equal(normalizeLabel('二、主动公开政府信息情况'), '二、主动公开政府信息情况');
});

test('isNfkcStableCode: every character it accepts is left as it is by NFKC, alone and beside others', () => {
  const differ: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if ((code >= 0xd800 && code <= 0xdfff) || !isNfkcStableCode(code)) continue;
    const char = String.fromCharCode(code);
    for (const text of [char, `本${char}（`, `e${char}`]) if (foldWidth(text) !== text.normalize('NFKC') || (char.normalize('NFKC') !== char)) differ.push(code.toString(16));
  }
  assert.deepEqual(differ, []);
  assert.ok(isNfkcStableCode(0x3001) && !isNfkcStableCode(0xff08) && !isNfkcStableCode(0x3000));
});

/**
 * normalizeLabel as first written, in regex replaces after the check for text already normal (which leaves 「」 as
 * they are): the one-pass path must give the same for every character.
 */
function normalizeByPatterns(text: string): string {
  const flagged = Array.from(text).some((c) => c.charCodeAt(0) <= 0x20 || '*#|"‘’'.includes(c)) || /^\d{1,2}[、.,]|^[一二三四五六七八九十]{1,2}[.,]/.test(text);
  if (!flagged && Array.from(text).every((c) => isNfkcStableCode(c.charCodeAt(0)))) return text;
  const quotes: Record<string, string> = { '"': '“', '＂': '“', '「': '“', '」': '”', '‘': '“', '’': '”' };
  let out = text.normalize('NFKC').replace(/[\s\u3000\u00a0*#|]+/g, '');
  out = out.replace(/["＂「」‘’]/g, (q) => quotes[q] ?? q);
  out = out.replace(/^(\d{1,2})[、．.,，]/, '$1.');
  return out.replace(/^([一二三四五六七八九十]{1,2})[.．,，]/, '$1、');
}

test('normalizeLabel gives what the regex replaces give, for every character of the Basic Multilingual Plane', () => {
  const differ: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    // Alone, in and after numbering of one or two digits or numerals, and among full-width forms, spaces and quotes.
    for (const text of [char, `${char}、１ `, `１${char}．本年`, `12${char}`, `三${char}`, `十${char}，`, `（${char}）\u3000"其他" ${char}`]) {
      if (normalizeLabel(text) !== normalizeByPatterns(text)) differ.push(code.toString(16));
    }
  }
  assert.deepEqual(differ, []);
});

test('isTrimmedCode agrees with String.prototype.trim on every UTF-16 code unit', () => {
  for (let code = 0; code <= 0xffff; code++) {
    assert.equal(isTrimmedCode(code), String.fromCharCode(code).trim() === '', `U+${code.toString(16)}`);
  }
});
