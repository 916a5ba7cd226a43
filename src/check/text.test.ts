import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TextLine } from '../model/report.js';
import { findAll, lastLineWith, quote, searchText } from './text.js';

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
