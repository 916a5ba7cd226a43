import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeLabel, normalizeLabelOnce } from '../format/normalize.js';
import { textToDocument } from '../ingest/index.js';
import { isDraftGuidance, isPageDebris, toUnits } from './units.js';

test('page numbers and running footers are debris; a bare number, a label or a dash alone is not', () => {
  for (const text of ['- 3 -', '—12—', '·4·', '第 2 页', '第2页，共5页', '共 5 页 第 2 页', '2 / 5', 'Page 3 of 9', 'page 7', 'P. 8', '_5_', '－3－', ' 第3页 ']) {
    assert.equal(isPageDebris(text), true, text);
  }
  for (const text of ['12', '-4', '行政许可', '——', '第二十条第（一）项', '共计', 'P', '0.5', '12345678901234567890', '３', '第']) {
    assert.equal(isPageDebris(text), false, text);
  }
});

test('a filling hint of a draft is guidance only at the start of its line', () => {
  assert.equal(isDraftGuidance('> 【填写说明】本表数字为件数'), true);
  assert.equal(isDraftGuidance('  【填写说明】'), true);
  assert.equal(isDraftGuidance('见上文【填写说明】'), false);
  assert.equal(isDraftGuidance('本年新收政府信息公开申请数量'), false);
});

test('a document with 公開 anywhere, even in its last cell, is read in simplified from its first unit', () => {
  const doc = textToDocument('一、總體情況\n本機關報告如下。\n項目\t數量\n政府信息公開申請\t3');
  assert.deepEqual(
    toUnits(doc).map((u) => u.plain ?? u.text),
    ['一、总体情况', '本机关报告如下。', '项目 数量', '政府信息公开申请 3'],
  );
  const simplifiedDoc = textToDocument('一、總體情況\n项目\t数量');
  assert.deepEqual(
    toUnits(simplifiedDoc).map((u) => u.text),
    ['一、總體情況', '项目\t数量'],
  );
});

test('a running header is kept once and the units after it are numbered again; without one, indices stay', () => {
  const header = '某县政府信息公开工作年度报告';
  const units = toUnits(textToDocument(`${header}\n一、总体情况\n${header}\n说明文字\t1\n${header}`));
  assert.deepEqual(
    units.map((u) => [u.index, u.text]),
    [
      [0, header],
      [1, '一、总体情况'],
      [2, '说明文字\t1'],
    ],
  );
  const plain = toUnits(textToDocument('一、总体情况\n二、主动公开政府信息情况'));
  assert.deepEqual(
    plain.map((u) => u.index),
    [0, 1],
  );
});

test('a long paragraph is normalised by its opening words, as normalizeLabel gives them', () => {
  const prose = `（一）主动公开。${'本机关全年主动公开政府信息，'.repeat(8)}`;
  const [unit] = toUnits(textToDocument(prose));
  assert.equal(unit?.norm, normalizeLabel(prose.slice(0, 32)));
  assert.equal(normalizeLabelOnce(prose.slice(0, 32)), normalizeLabel(prose.slice(0, 32)));
});

test('a number on a line of its own is its own norm, and leaves the line open: a bare pipe after it adds no blank', () => {
  // The pipe after 12 only closes its line; the three empty cells of the tab line after it are blanks before 3.
  const units = toUnits(textToDocument('一、本年新收申请数量 |\n|\n12\n|\n\t\t\n3'));
  assert.deepEqual(
    units.map((u) => [u.text, u.norm, u.blanksBefore?.length ?? 0]),
    [
      ['一、本年新收申请数量 |', '一、本年新收申请数量', 0],
      ['12', '12', 1],
      ['3', '3', 3],
    ],
  );
});

test('a paragraph seen twice is a running header only when it names a 报告; three times, always', () => {
  const texts = (input: string) => toUnits(textToDocument(input)).map((u) => u.text);
  assert.deepEqual(texts('某县教育局信息公开\n甲\n某县教育局信息公开\n乙'), ['某县教育局信息公开', '甲', '某县教育局信息公开', '乙']);
  assert.deepEqual(texts('某县教育局年度报告\n甲\n某县教育局年度报告\n乙'), ['某县教育局年度报告', '甲', '乙']);
  assert.deepEqual(texts('某县教育局信息公开\n甲\n某县教育局信息公开\n乙\n某县教育局信息公开'), ['某县教育局信息公开', '甲', '乙']);
});

test('running headers are found among thousands of paragraphs, with norms that share their length and ends', () => {
  // Paragraphs alike in length and in their first, middle and last characters: only their whole text tells them apart.
  const lines: string[] = [];
  for (let i = 0; i < 1500; i++) lines.push(`第${String(i).padStart(4, '0')}段说明文字`);
  const header = '某县政府信息公开工作年度报告';
  const text = [header, ...lines.slice(0, 750), header, ...lines.slice(750), lines[1], lines[1]].join('\n');
  const units = toUnits(textToDocument(text));
  assert.equal(units.length, 1501);
  assert.deepEqual(units.slice(0, 2).map((u) => u.text), [header, '第0000段说明文字']);
  assert.equal(units.at(-1)?.text, '第1499段说明文字');
  assert.equal(units.at(-1)?.index, 1500);
  // Seen twice without naming a 报告, a paragraph stays.
  assert.equal(toUnits(textToDocument([...lines.slice(0, 600), lines[1]].join('\n'))).length, 601);
  // Each document is counted on its own: the next one's first header is not a repeat.
  assert.deepEqual(toUnits(textToDocument(`${header}\n甲`)).map((u) => u.text), [header, '甲']);
});

test('a text document vouched clean gives the units its cleaned reading gives', () => {
  const input = '一、总体情况\n  本年度主动公开信息12条。 \n| 信息内容 | 本年新制作数量 |\n| 规章 | 0 |\n行政许可\t\t3\n7\n## 二、其他';
  const doc = textToDocument(input);
  assert.equal(doc.cleanText, true);
  assert.deepEqual(toUnits(doc), toUnits({ ...doc, cleanText: false }));
});
