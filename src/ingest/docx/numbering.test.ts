import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatNumber } from './counting.js';
import { Numbering } from './numbering.js';
import { parseXml } from './xml.js';

test('number formats as Word displays them', () => {
  const cases: Array<[string, number, string]> = [
    ['chineseCounting', 1, '一'],
    ['chineseCounting', 10, '十'],
    ['chineseCounting', 11, '十一'],
    ['chineseCounting', 20, '二十'],
    ['chineseCounting', 99, '九十九'],
    ['chineseCounting', 100, '一〇〇'],
    ['chineseCountingThousand', 105, '一百零五'],
    ['chineseCountingThousand', 110, '一百一十'],
    ['chineseCountingThousand', 2024, '二千零二十四'],
    ['taiwaneseCountingThousand', 6, '六'],
    ['japaneseCounting', 111, '百十一'],
    ['japaneseCounting', 1005, '千五'],
    ['chineseLegalSimplified', 12, '壹拾贰'],
    ['ideographLegalTraditional', 3, '參'],
    ['ideographDigital', 2021, '二〇二一'],
    ['ideographTraditional', 1, '甲'],
    ['ideographTraditional', 11, '甲'],
    ['ideographZodiac', 12, '亥'],
    ['decimalEnclosedCircle', 3, '③'],
    ['decimalEnclosedCircle', 21, '21'],
    ['decimalEnclosedParen', 2, '⑵'],
    ['decimalFullWidth', 12, '１２'],
    ['decimalZero', 7, '07'],
    ['upperRoman', 14, 'XIV'],
    ['lowerLetter', 28, 'bb'],
    ['none', 4, ''],
    ['someFutureFormat', 4, '4'],
  ];
  for (const [format, n, expected] of cases) assert.equal(formatNumber(n, format), expected, `${format} ${n}`);
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, format: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

function numbering(xml: string): Numbering {
  return new Numbering(parseXml(`<w:numbering ${W}>${xml}</w:numbering>`, 'word/numbering.xml', null));
}

test('levels count, lower levels restart, separators follow w:suff', () => {
  const n = numbering(
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>')}` +
      `${lvl(1, 'chineseCounting', '（%2）', '<w:suff w:val="nothing"/>')}${lvl(2, 'decimal', '%1.%3')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
  );
  const next = (ilvl: number): string => n.next({ numId: '1', ilvl }, undefined);
  assert.deepEqual(
    [next(0), next(1), next(1), next(2), next(0), next(1), next(2)],
    ['一、', '（一）', '（二）', '一.1 ', '二、', '（一）', '二.1 '],
  );
});

test('w:start, w:lvlRestart 0, w:isLgl, bullets, unknown and switched-off lists', () => {
  const n = numbering(
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '第%1章', '<w:suff w:val="space"/>')}` +
      `<w:lvl w:ilvl="1"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%2)"/><w:suff w:val="nothing"/></w:lvl>` +
      `${lvl(2, 'chineseCounting', '%1.%2.%3', '<w:isLgl/><w:suff w:val="nothing"/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
  );
  const next = (ilvl: number): string => n.next({ numId: '1', ilvl }, undefined);
  assert.deepEqual([next(1), next(0), next(1), next(2)], ['3)', '第1章 ', '4)', '1.4.1']);
  assert.equal(n.next({ numId: '2', ilvl: 0 }, undefined), '');
  assert.equal(n.next({ numId: '9', ilvl: 0 }, undefined), '');
  assert.equal(n.next({ numId: '0', ilvl: 0 }, undefined), '');
});

test('instances of one list share its counters unless they override a level', () => {
  const n = numbering(
    `<w:abstractNum w:abstractNumId="5">${lvl(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>',
  );
  const next = (numId: string): string => n.next({ numId, ilvl: 0 }, undefined);
  assert.deepEqual([next('1'), next('2'), next('3'), next('1'), next('3')], ['1.', '2.', '10.', '3.', '11.']);
});

test('a style that names a list but not a level takes the level linked to it by w:pStyle', () => {
  const n = numbering(
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="H1"/><w:suff w:val="nothing"/>')}` +
      `${lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="H2"/><w:suff w:val="nothing"/>')}</w:abstractNum>` +
      '<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>',
  );
  assert.deepEqual(
    [n.next({ numId: '4' }, 'H1'), n.next({ numId: '4' }, 'H2'), n.next({ numId: '4' }, 'H2')],
    ['一、', '（一）', '（二）'],
  );
});
