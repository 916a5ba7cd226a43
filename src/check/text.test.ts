import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldWidth } from '../format/normalize.js';
import type { TextLine } from '../model/report.js';
import { findAll, findAllByLiteral, findFirst, lastLineWith, quote, searchText, searchWithin } from './text.js';

const lines = (...texts: string[]): TextLine[] => texts.map((text, i) => ({ text, loc: { line: i + 10 } }));

test('searchText ignores spaces and width, and a match across a line break reports the line it starts on', () => {
  const search = searchText(lines('依据格式（国办公开办〔２０２１〕30', ' 号）编制。', '第二行'));
  const found = findAll(search, /国办公开办〔(\d{4})〕(\d+)号/);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.match[1], '2021');
  assert.equal(found[0]?.line.loc.line, 10);
});

test('findAll returns every match with its own line', () => {
  const search = searchText(lines('收到申请1件', '无关', '又收到申请2件'));
  assert.deepEqual(
    findAll(search, /申请(\d)件/).map((m) => [m.match[1], m.line.loc.line]),
    [
      ['1', 10],
      ['2', 12],
    ],
  );
});

test('lastLineWith finds the signature line, spaces ignored', () => {
  const found = lastLineWith(lines('青禾镇人民政府 2024 年报告', '正文', '青禾镇 人民政府', '2025年1月2日'), '青禾镇人民政府');
  assert.equal(found?.loc.line, 12);
  assert.equal(lastLineWith(lines('正文'), ''), undefined);
});

test('quote trims and shortens', () => {
  assert.equal(quote('  a  b '), 'a b');
  assert.equal(quote('一二三四五', 3), '一二三…');
});

/** The plain definition: each line width-folded, every space dropped, each character remembering its line. */
function referenceSearch(texts: string[]): { text: string; lineOf: number[] } {
  let text = '';
  const lineOf: number[] = [];
  texts.forEach((line, index) => {
    for (const unit of foldWidth(line).split('')) {
      const code = unit.charCodeAt(0);
      if (/\s/.test(unit) || code <= 0x1f || code === 0x85) continue;
      text += unit;
      lineOf.push(index);
    }
  });
  return { text, lineOf };
}

test('searchText folds and strips every kind of line the way NFKC and \\s would, and knows each line', () => {
  const alphabet = [
    ...'申请公开 年度1-9aZ、。《》“”—·',
    ...'（）：，０９Ａｚ～！', // full-width ASCII
    '\t', '\u3000', '\u00a0', '\u2003', '\ufeff', '\u0085', '\u200b', // spaces, and a zero-width one that is not
    '①', '㎡', 'ﬁ', '…', 'é', 'e\u0301', '\u1100\u1161', '가', // compatibility forms and combining sequences
    '😀', '\ud800', '\udc00', // a surrogate pair and lone halves
  ];
  const line = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 8 }), (texts) => {
      const expected = referenceSearch(texts);
      const search = searchText(lines(...texts));
      assert.equal(search.text, expected.text);
      for (let i = 0; i < expected.text.length; i++) {
        const found = findFirst(search, new RegExp(`(?<=^[^]{${i}})[^]`));
        assert.equal(found?.line.loc.line, (expected.lineOf[i] ?? 0) + 10);
      }
    }),
    { numRuns: 400 },
  );
});

test('a match starting on a line after lines with nothing to search reports its own line', () => {
  const search = searchText(lines('  ', '\u3000', '申请3件', '', ' ', '依申请公开'));
  assert.deepEqual(
    findAll(search, /申请/).map((m) => m.line.loc.line),
    [12, 15],
  );
  assert.equal(findFirst(searchText(lines()), /x/), undefined);
});

test('findAllByLiteral finds what findAll finds, for a pattern whose literal follows a four-digit year', () => {
  const span = /(\d{4})年1月1日(?:起)?(?:至|到)(?:(\d{4})年)?12月31日/;
  const token = fc.constantFrom('2024', '2023', '1', '12', '年', '1月1日', '至', '到', '起', '12月31日', '统计', ' ', '。');
  const line = fc.array(token, { maxLength: 14 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 6 }), (texts) => {
      const search = searchText(lines(...texts));
      const plain = findAll(search, span).map((m) => [m.match.index, m.match[0], m.line.loc.line]);
      const anchored = findAllByLiteral(search, span, '年1月1日', 4).map((m) => [m.match.index, m.match[0], m.line.loc.line]);
      assert.deepEqual(anchored, plain);
    }),
    { numRuns: 500 },
  );
});

test('searchText reads a document longer than its reused buffers, with lines NFKC makes longer among them', () => {
  const texts = Array.from({ length: 400 }, (_, i) =>
    i % 50 === 7 ? `第${i}行 ㍻ ﷺ（全角）` : `第 ${i} 行：依申请公开，收到申请${i}件。`,
  );
  const search = searchText(lines(...texts));
  assert.ok(search.text.length > 8192);
  assert.equal(search.text, referenceSearch(texts).text);
  assert.equal(findAll(search, /第399行/)[0]?.line.loc.line, 409);
  assert.equal(findAll(search, /第57行平成/)[0]?.line.loc.line, 67);
});

test('searchWithin cuts out of the document the same text and line starts searchText builds for the lines alone', () => {
  const text = fc.array(fc.constantFrom('申请', '３件', ' ', '\u3000', '①', 'é', '。', ''), { maxLength: 5 });
  const line = text.map((parts) => ({ text: parts.join(''), loc: { line: 1 } }));
  fc.assert(
    fc.property(
      fc.array(line, { maxLength: 12 }),
      fc.array(fc.tuple(fc.nat(), fc.boolean(), line), { maxLength: 14 }),
      (document, picks) => {
        // Mostly the document's own lines, some twice or out of order, some that it lacks (a heading's rest).
        const chosen = picks.map(([at, own, extra]) => (own || document.length === 0 ? extra : document[at % document.length]));
        const within = searchWithin(searchText(document), chosen as TextLine[]);
        const alone = searchText(chosen as TextLine[]);
        assert.equal(within.text, alone.text);
        assert.deepEqual(within.starts, alone.starts);
        assert.equal(within.lines, chosen);
      },
    ),
    { numRuns: 500 },
  );
});
