import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textToDocument } from '../ingest/index.js';
import { SECTIONS_AFTER_OVERVIEW } from '../testing/skeleton.js';
import { extractReport } from './index.js';

// Where a report with no title or 落款 naming it gets its agency: the compiler, the contact line, the overview's first
// sentence, the site that carries it. Every body here is fictional.

/** The agency of a report whose lines before section 二 are `head`. */
function agencyOf(head: string[]): string | null {
  return extractReport(textToDocument([...head, ...SECTIONS_AFTER_OVERVIEW].join('\n'))).meta.agency;
}

test('请联系某局局党政办公室: the bureau’s own office written 局…办公室 after its name, left off without a second 局', () => {
  const head = ['如对本报告有疑问，请联系：临江区文化局局党政办公室，电话：0000-1234567。', '一、总体情况', '2025年，我局依法公开政府信息。'];
  assert.equal(agencyOf(head), '临江区文化局');
  assert.equal(agencyOf(['本报告由临江区文化局局办公室编制。', '一、总体情况']), '临江区文化局');
});

test('由某街道党政办公室综合科编制: a section of the street’s own office is left off with the office', () => {
  const head = ['本年度报告依据《条例》要求，由临江区人民政府白石街道党政办公室综合科编制。', '一、总体情况', '2025年，白石街道依法公开政府信息。'];
  assert.equal(agencyOf(head), '临江区人民政府白石街道');
  // A county government's 办公室 is a body of its own, section or not.
  assert.equal(agencyOf(['本报告由临江县人民政府办公室编制。', '一、总体情况']), '临江县人民政府办公室');
});

test('某局结合单位实际，编制本单位2025年度…报告: the body that compiles its own report of the year', () => {
  const head = [
    '根据临江县人民政府办公室《关于做好2025年政府信息公开年度报告的通知》要求，临江县文化旅游局结合单位实际，编制本单位2025年度政务公开工作年度报告。',
    '一、总体情况',
  ];
  assert.equal(agencyOf(head), '临江县文化旅游局');
  // The notice's issuer, before the body, is not taken for it.
  assert.notEqual(agencyOf(head), '临江县人民政府办公室');
});

test('某市卫生健康委 in the title, 某市卫生健康委员会 in the contact line: the commission’s full name', () => {
  const title = '临江市卫生健康委2025年度政府信息公开工作年度报告';
  assert.equal(agencyOf([title, '如对本报告有疑问，请与临江市卫生健康委员会办公室联系。', '一、总体情况']), '临江市卫生健康委员会');
  // Not written in full anywhere: the title's name as printed.
  assert.equal(agencyOf([title, '一、总体情况']), '临江市卫生健康委');
});

test('the overview opens 2020年，某开发区（某区）某局政府信息公开工作在…: the body, its merged district kept in brackets', () => {
  const head = ['一、总体情况', '2020年，临江经济开发区（东城区）文化局政府信息公开工作在管委会的领导下，扎实推进。'];
  assert.equal(agencyOf(head), '临江经济开发区（东城区）文化局');
  // 全区政府信息公开工作 names no body.
  assert.equal(agencyOf(['一、总体情况', '2020年，全区政府信息公开工作在区委的领导下扎实推进。']), null);
});

test('a page in traditional script whose overview opens 2022年，某市某局不斷強化…: the body read in simplified', () => {
  const head = ['一、總體情況', '2022年,臨江市自然資源局不斷強化信息公開工作,全力推進政務公開。'];
  assert.equal(agencyOf(head), '临江市自然资源局');
});

test('本报告的电子版可从某市公安局网站下载 in a report that says 我局 is not taken: a branch publishes on its parent’s site too', () => {
  assert.equal(agencyOf(['本报告的电子版可从临江市公安局网站下载。如有疑问，请与我局联系。', '一、总体情况']), null);
});

test('某局以…为宗旨，…，结合实际工作形成此报告: the body that opens the clause is the report’s', () => {
  const text = [
    '根据《中华人民共和国政府信息公开条例》，青禾市云溪区某某局以服务群众为宗旨，积极开展政务公开工作，结合实际工作形成此报告。所列数据为2024年1月1日至2024年12月31日。',
    '一、总体情况',
    '本年度依法做好政府信息公开工作。',
    '二、主动公开政府信息情况',
  ].join('\n');
  assert.equal(extractReport(textToDocument(text)).meta.agency, '青禾市云溪区某某局');
});
