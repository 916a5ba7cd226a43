import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textToDocument } from '../ingest/index.js';
import { SECTIONS_AFTER_OVERVIEW } from '../testing/skeleton.js';
import { extractReport } from './index.js';

const BODY = ['一、总体情况', '本年度依法做好政府信息公开工作。', ...SECTIONS_AFTER_OVERVIEW];

function meta(head: string[], tail: string[]) {
  return extractReport(textToDocument([...head, ...BODY, ...tail].join('\n'))).meta;
}

/** Agency and year read from a report whose only line above the sections is `line`. */
function agencyAndYear(line: string): [string | null, number | null] {
  const { agency, year } = meta([line], []);
  return [agency, year];
}

/** Meta of a report with no title, preamble or 落款, whose overview opens with `first`. */
function overviewMeta(first: string) {
  return extractReport(textToDocument(['一、总体情况', first, ...BODY.slice(2)].join('\n'))).meta;
}

test('the year in brackets after the title words, the agency on the line above, a sealed 落款 with 日期：', () => {
  const m = meta(['青川县白石镇人民政府', '政府信息公开工作年度报告（2024年）'], ['青川县白石镇人民政府（盖章）', '日期：2025年1月20日']);
  assert.equal(m.agency, '青川县白石镇人民政府');
  assert.equal(m.year, 2024);
  assert.equal(m.publishedDate, '2025-01-20');
  assert.equal(m.level, 'township');
});

test('a title wrapped over two lines, a short name in it, the full name and a Chinese-numeral date in the 落款', () => {
  const m = meta(['白石镇2023年政府信息公开', '工作年度报告'], ['青川县白石镇人民政府', '二〇二四年一月二十六日']);
  assert.equal(m.title, '白石镇2023年政府信息公开工作年度报告');
  assert.equal(m.agencyInTitle, '白石镇');
  assert.equal(m.agency, '青川县白石镇人民政府');
  assert.equal(m.publishedDate, '2024-01-26');
});

test('no 落款: no date, the agency from the title', () => {
  const m = meta(['临江市东城街道办事处2024年度政府信息公开工作年度报告'], []);
  assert.equal(m.agency, '临江市东城街道办事处');
  assert.equal(m.agencyInSignature, null);
  assert.equal(m.publishedDate, null);
  assert.equal(m.level, 'subdistrict');
});

test('agency and date on one 落款 line; a department of a county', () => {
  const m = meta(['2024年青川县教育局政府信息公开工作年度报告'], ['青川县教育局 2025年1月15日']);
  assert.equal(m.agency, '青川县教育局');
  assert.equal(m.agencyInSignature, '青川县教育局');
  assert.equal(m.publishedDate, '2025-01-15');
  assert.equal(m.level, 'county-department');
});

test('a 落款 naming another body keeps the title’s agency as the report’s', () => {
  const m = meta(['青川县石门镇2024年政府信息公开工作年度报告'], ['青川县白门镇人民政府', '2025年1月10日']);
  assert.equal(m.agency, '青川县石门镇');
  assert.equal(m.agencyInSignature, '青川县白门镇人民政府');
});

test('a page breadcrumb and an index block above the title are not the title', () => {
  const m = meta(
    ['您当前所在位置：首页 > 政务公开 > 政府信息公开年报 > 乡镇年报', '组配分类：政府信息公开年报', '发布日期：2023-01-18', '石门坎镇2022年政府信息公开工作年度报告', '访问量：'],
    [],
  );
  assert.equal(m.title, '石门坎镇2022年政府信息公开工作年度报告');
  assert.equal(m.agency, '石门坎镇');
  assert.equal(m.year, 2022);
});

test('a breadcrumb printed one step a line, each step after a >', () => {
  const m = meta(['当前页面：', '首页', '> 政务公开', '> 政府信息公开年度报告', '来源：龙潭乡 发布时间：2024-02-01', '青川县龙潭乡2023年政府信息公开年度报告'], []);
  assert.equal(m.agency, '青川县龙潭乡');
  assert.equal(m.year, 2023);
});

test('a title whose last words the page scrambled (…工作告年度报) is still the title', () => {
  const m = meta(['政府信息公开', '青川县龙潭乡2023年政府信息公开 工作告年度报', '来源：县政府办公室'], []);
  assert.equal(m.agency, '青川县龙潭乡');
  assert.equal(m.year, 2023);
});

test('no title and no 落款: the year from the statistics period the preamble states', () => {
  const m = meta(['本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问，请与镇党政办联系。'], []);
  assert.equal(m.year, 2023);
  const short = meta(['本报告中所列数据的统计期限从2024年1月1日至12月31日止。'], []);
  assert.equal(short.year, 2024);
});

test('a statistics period that is not one calendar year names no report year', () => {
  const m = meta(['本报告所列数据统计期限为2022年7月1日至2023年6月30日。'], []);
  assert.equal(m.year, null);
});

test('no title: the report the preamble publishes by name gives the agency and the year', () => {
  assert.deepEqual(agencyAndYear('根据《中华人民共和国政府信息公开条例》规定，现公布青川县石门镇人民政府2023年政府信息公开工作年度报告。'), ['青川县石门镇人民政府', 2023]);
  assert.deepEqual(agencyAndYear('根据有关规定，现向社会公布2024年度石门街道政府信息公开工作年度报告。'), ['石门街道', 2024]);
});

test('a preamble that names the report as 我局’s gives its year but no agency', () => {
  const m = meta(['根据《条例》规定，现公布我局2022年政府信息公开工作年度报告。'], []);
  assert.equal(m.agency, null);
  assert.equal(m.year, 2022);
});

test('a notice the preamble cites is not the report it publishes', () => {
  const m = meta(['根据《青川县人民政府办公室关于做好2023年政府信息公开工作年度报告编制发布工作的通知》，编制本报告。'], []);
  assert.equal(m.agency, null);
  assert.equal(m.year, null);
});

test('a page index row printed with | gives the title from its cell, not its 标题 label', () => {
  const m = meta(['发布机构 | 文化局 | 发文日期 | 2025-01-20 |', '标 题 | 青川县文化局政府信息公开工作2024年度报告 | ||'], []);
  assert.equal(m.agency, '青川县文化局');
  assert.equal(m.year, 2024);
});

test('last year’s report, published as the overview tells, does not name this report', () => {
  const m = overviewMeta('（一）主动公开。按时公开2022年政府信息公开工作年度报告。');
  assert.equal(m.year, null);
  assert.equal(m.agency, null);
});

test("a page viewer's caption before the title (Page 8 - …) is not part of the title or the agency", () => {
  const m = meta(['Page 3 - 临江市东城区市场监督管理局2024年政府信息公开工作年度报告', 'P. 3'], []);
  assert.equal(m.title, '临江市东城区市场监督管理局2024年政府信息公开工作年度报告');
  assert.equal(m.agency, '临江市东城区市场监督管理局');
  assert.equal(m.year, 2024);
});

test('a notice whose own title holds a verb of publishing (关于编制公布…的通知) is not the report', () => {
  const m = meta(['根据《关于编制公布2023年政府信息公开工作年度报告有关事项的通知》要求，青川县人民政府办公室编制了本报告。'], []);
  assert.equal(m.title, null);
  assert.notEqual(m.agency, '公布');
});

test('a table row cut short at the end of the text (信息内容 | 本年处) is not a 落款 agency', () => {
  const doc = ['一、总体情况', '本年度依法做好政府信息公开工作。', '二、主动公开政府信息情况', '第二十条第（一）项 |', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '规章 | 0 | 0 | 0 |', '第二十条第（五）项 |', '信息内容 | 本年处'];
  const m = extractReport(textToDocument(doc.join('\n'))).meta;
  assert.equal(m.agency, null);
  assert.equal(m.agencyInSignature, null);
});

test('a title wrapped inside its title words (…2024年度政府 / 信息公开工作年度报告) is joined, its agency kept', () => {
  const m = meta(['临江市东城街道办事处2024年度政府', '信息公开工作年度报告'], []);
  assert.equal(m.title, '临江市东城街道办事处2024年度政府信息公开工作年度报告');
  assert.equal(m.agency, '临江市东城街道办事处');
  assert.equal(m.year, 2024);
  const agencyLine = meta(['临江市东城街道办事处', '2024年政府信息公开工作年度报告'], []);
  assert.equal(agencyLine.title, '2024年政府信息公开工作年度报告');
  assert.equal(agencyLine.agency, '临江市东城街道办事处');
});

test('no 落款: the page’s 发布时间 above the report dates it', () => {
  const m = meta(['白石镇2023年政府信息公开工作年度报告', '发布时间: 2024-01-31 08:51 字体：[大 中 小]'], []);
  assert.equal(m.publishedDate, '2024-01-31');
  const signed = meta(['白石镇2023年政府信息公开工作年度报告', '发布时间：2024-03-02'], ['白石镇人民政府', '2024年1月20日']);
  assert.equal(signed.publishedDate, '2024-01-20');
});

test('no title, period or 落款: the year an overview sentence opens with', () => {
  assert.equal(overviewMeta('2024年，我局依法做好政府信息公开工作。').year, 2024);
  assert.equal(overviewMeta('（一）主动公开情况。2023年我镇主动公开信息52条。').year, 2023);
  assert.equal(overviewMeta('截止2022年12月31日我局通过网站发布信息34条。').year, 2022);
  assert.equal(overviewMeta('我局按时公开2022年政府信息公开工作年度报告，2023年1月完成。').year, null);
});

test('a title run into the preamble’s first sentence (…年度报告（以下简称年报）是根据…) is the title', () => {
  const m = meta(['临江市东城区行政审批局2023年政府信息公开工作年度报告（以下简称年报）是根据《条例》规定编制的。'], []);
  assert.equal(m.title, '临江市东城区行政审批局2023年政府信息公开工作年度报告');
  assert.equal(m.agency, '临江市东城区行政审批局');
  assert.equal(m.year, 2023);
  const told = meta(['2022年政府信息公开工作年度报告已按时公开，本年度继续做好相关工作。'], []);
  assert.equal(told.title, null);
});

test('no title: the body the preamble says compiled the report (由…编制本报告) is the agency', () => {
  assert.deepEqual(agencyAndYear('根据《条例》和上级要求，由临江市东城区人民政府办公室编制本报告。本报告所列数据统计期限为2023年1月1日至12月31日。'), ['临江市东城区人民政府办公室', 2023]);
  const notice = meta(['根据《关于编制公布2023年政府信息公开工作年度报告有关事项的通知》要求，青川县人民政府办公室编制了本报告。'], []);
  assert.equal(notice.agency, '青川县人民政府办公室');
});

test('a text cut after its overview, with no title but a statistics period, is still read as a report', () => {
  const doc = ['本报告所列数据统计期限为2023年1月1日至12月31日，由临江市东城区人民政府办公室编制本报告。', '一、总体情况', '2023年，我办依法做好政府信息公开工作。'];
  const m = extractReport(textToDocument(doc.join('\n'))).meta;
  assert.equal(m.agency, '临江市东城区人民政府办公室');
  assert.equal(m.year, 2023);
  assert.throws(() => extractReport(textToDocument(['会议纪要', '一、总体情况', '今天天气很好。'].join('\n'))), /不是政府信息公开工作年度报告/);
});

test('a preamble publishing the report under a looser name, a short name in brackets after the agency', () => {
  assert.deepEqual(agencyAndYear('根据有关要求，现将临江市东城区发展改革局（以下简称发改局）2024年度信息公开工作报告如下：'), ['临江市东城区发展改革局', 2024]);
  assert.deepEqual(agencyAndYear('现将临江市东城街道办事处2024年度政府信息工作年度报告予以公开。'), ['临江市东城街道办事处', 2024]);
});

test('no name anywhere else: the body the overview’s year-opening sentence is about', () => {
  assert.equal(overviewMeta('2024年，临江市东城区外事局认真贯彻落实《条例》。').agency, '临江市东城区外事局');
  assert.equal(overviewMeta('2024年,东城开发区管委会（滨江商务区管委会）深入贯彻落实《条例》。').agency, '东城开发区管委会');
  assert.equal(overviewMeta('2024年以来，东城街道通过官方网站主动公开信息。').agency, '东城街道');
  assert.equal(overviewMeta('2024年，全区严格按照上级部署推进政务公开。').agency, null);
  assert.equal(overviewMeta('2024年，我局共主动公开政府信息376条。').agency, null);
  assert.equal(overviewMeta('2021年，开发区管委会政务信息工作紧紧围绕中心工作。').agency, null);
});

test('a year-opening sentence about the body with no comma after the year gives the year as well', () => {
  const m = overviewMeta('2025年东城街道积极推动政府信息公开工作。');
  assert.equal(m.agency, '东城街道');
  assert.equal(m.year, 2025);
});

test('no 落款: a date alone on a line under the title dates the report', () => {
  const m = meta(['政府信息公开工作年度报告', '临江市东城区管委会', '2025年1月8日'], []);
  assert.equal(m.publishedDate, '2025-01-08');
  const bracketed = meta(['白石镇2023年政府信息公开年度报告', '（2024年3 月 26日）'], []);
  assert.equal(bracketed.publishedDate, '2024-03-26');
});

test('a statistics period with a comma after 起, or 始至, still names the year', () => {
  assert.equal(meta(['本报告所列统计数据的期限自2025年1月1日起，至2025年12月31日止。'], []).year, 2025);
  assert.equal(meta(['报告中所列数据统计期限自2022年1月1日始至2022年12月31日止。'], []).year, 2022);
});

test('a page field 日期： or 时间： opening a line above the report dates it; 更新时间 does not', () => {
  assert.equal(meta(['白石镇2023年政府信息公开工作年度报告', '日期:2024-01-15 09:30 来源：镇政府'], []).publishedDate, '2024-01-15');
  assert.equal(meta(['白石镇2023年政府信息公开工作年度报告', '时间：2024年01月29日来源：白石镇人民政府'], []).publishedDate, '2024-01-29');
  assert.equal(meta(['白石镇2023年政府信息公开工作年度报告', '更新时间：2024-02-03'], []).publishedDate, null);
});

test('a preamble that publishes 我局’s or 本单位’s report names no title, and the year is read elsewhere', () => {
  const own = meta(['按照上级要求，现将我局2021年政府信息公开工作报告如下：'], []);
  assert.equal(own.title, null);
  assert.equal(own.year, 2021);
  const unit = meta(['现向社会公布2022年度本单位政府信息公开工作年度报告。统计期限自2022年1月1日起至2022年12月31日止。'], []);
  assert.equal(unit.title, null);
  assert.equal(unit.year, 2022);
});

test('a preamble that 发布s the report by name in 《》 gives the title, agency and year', () => {
  const m = meta(['根据有关规定，现发布《东城临港经济区2023年政府信息公开工作年度报告》。'], []);
  assert.equal(m.title, '东城临港经济区2023年政府信息公开工作年度报告');
  assert.equal(m.year, 2023);
});

test('an agency line ending in 机关 above the title is the agency', () => {
  const m = meta(['临江县人民政府机关', '2020年政府信息公开工作年度报告'], []);
  assert.equal(m.agency, '临江县人民政府机关');
  assert.equal(m.year, 2020);
});

test('no name anywhere else: the body of the contact line, when the preamble names it again', () => {
  const bureau = '如对本报告有疑问，可与东城区交通运输局办公室联系（地址：临江市东城区交通运输局三楼）。';
  assert.equal(meta([bureau], []).agency, '东城区交通运输局');
  const zone = '本报告由临江经济开发区管理委员会按照《条例》要求编制。如有疑问，请与临江经济开发区管理委员会联系（电话：0000-1234567）。';
  assert.equal(meta([zone], []).agency, '临江经济开发区管理委员会');
  const asked = '如对本报告有意见，请联系东城市交通运输局办公室，联系电话：0000-7654321。';
  assert.equal(overviewMetaWith(asked, '2025年，东城市交通运输局坚持以公开为常态。').agency, '东城市交通运输局');
  // Named once, only as the contact: it may be another body (the county's office), so not taken.
  assert.equal(meta(['如对本报告有疑问，请与东城区交通运输局办公室联系。'], []).agency, null);
  const office = '如有疑问，请与临江县政务公开办公室联系（地址：临江县政务公开办公室）。';
  assert.equal(meta([office], []).agency, null);
  const relative = '根据县人民政府办公室通知要求编制。如有疑问，请与县人民政府办公室联系。';
  assert.equal(meta([relative], []).agency, null);
});

test('a text cut before its first table has a value, with only the headings of sections 一 and 二, is a report', () => {
  const cut = ['一、总体情况', '本年度依法做好政府信息公开工作。', '二、主动公开政府信息情况', '第二十条第（一）项 |', '信息内容 |'];
  assert.equal(extractReport(textToDocument(cut.join('\n'))).meta.formatVersion, '2021');
  assert.throws(() => extractReport(textToDocument(['一、总体情况', '今天天气很好。', '二、下一步工作'].join('\n'))), /不是政府信息公开工作年度报告/);
});

/** Meta of a report whose only line above the sections is `preamble` and whose overview opens with `first`. */
function overviewMetaWith(preamble: string, first: string) {
  return extractReport(textToDocument([preamble, '一、总体情况', first, ...BODY.slice(2)].join('\n'))).meta;
}

test('a transport bureau’s name in traditional script (交通運輸局) reads in simplified', () => {
  assert.equal(meta(['雲陽市交通運輸局2022年政府信息公開工作年度報告'], []).agency, '云阳市交通运输局');
});

test('a short preamble line with ASCII commas is prose, not the title, and names no agency', () => {
  const m = meta(['根据修订的《中华人民共和国政府信息公开条例》相关规定,结合我局实际,制定本报告:'], []);
  assert.equal(m.title, null);
  assert.equal(m.agency, null);
});

test('a navigation path written with slashes (首页/ 政务公开/ …/ 正文) is not the title', () => {
  const m = meta(['首页/ 政务公开/ 政府信息公开年报/ 各部门年报/ 2021年度/ 正文', '', '临江县交通运输局2021年度政府信息公开工作报告'], []);
  assert.equal(m.title, '临江县交通运输局2021年度政府信息公开工作报告');
  assert.equal(m.agency, '临江县交通运输局');
});

test('a title and a one-year statistics period make a report whose sections use headings of their own', () => {
  const text = [
    '临江县白石镇2023年政府信息公开工作年度报告',
    '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    '一、政府信息公开工作的基本情况',
    '本镇依法做好政府信息公开工作。',
  ];
  const m = extractReport(textToDocument(text.join('\n'))).meta;
  assert.deepEqual([m.agency, m.year], ['临江县白石镇', 2023]);
  // A notice about reports has a title too, but not a report's own name.
  const notice = ['关于做好2023年政府信息公开工作年度报告编制发布工作的通知', text[1], '一、工作安排', '各镇按时报送。'];
  assert.throws(() => extractReport(textToDocument(notice.join('\n'))), /不是政府信息公开工作年度报告/);
});

test('no title and no table: the statistics period tells the format (a 2020 report follows the 2019 one)', () => {
  const text = [
    '本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。如有疑问，请与临江市商务局联系。',
    '一、总体情况',
    '2020年，临江市商务局认真落实《条例》要求。',
    '二、主动公开政府信息情况',
  ];
  const m = extractReport(textToDocument(text.join('\n'))).meta;
  assert.deepEqual([m.year, m.formatVersion], [2020, '2019']);
});

test('the report published by name after a cited notice whose own title holds a verb of publishing', () => {
  const m = meta(
    ['根据《临江市政务公开办公室关于做好2020年度政府信息公开年度报告编制及发布工作的通知》要求，现公布临江市商务局2020年政府信息公开工作年度报告。'],
    [],
  );
  assert.equal(m.title, '临江市商务局2020年政府信息公开工作年度报告');
  assert.equal(m.agency, '临江市商务局');
});

test('year and name on one line, the title words on the next: one title', () => {
  const m = meta(['2024年临江区东城街道办事处', '政府信息公开工作年度报告'], []);
  assert.equal(m.title, '2024年临江区东城街道办事处政府信息公开工作年度报告');
  assert.equal(m.agency, '临江区东城街道办事处');
});

test('an overview sentence about a body with no place (街道办事处) gives no agency', () => {
  assert.equal(overviewMeta('2024年，街道办事处深入贯彻落实《条例》，规范公开内容。').agency, null);
});

test('本报告由…编制 after a title with no name: the compiling body, its own 综合办公室 left off', () => {
  const m = meta(['为做好年度报告发布工作，及时发布2024年度政府信息公开工作报告。本报告由临江区东城街道综合办公室编制。'], []);
  assert.equal(m.agency, '临江区东城街道');
  const traditional = meta(['本年度報告由临江市機關事務管理局根據《政府信息公開條例》要求編制而成。'], []);
  assert.equal(traditional.agency, '临江市机关事务管理局');
});

test('a page date printed under its field name on a line of its own, or as a list item under the title', () => {
  const own = meta(['临江县白石镇2023年度政府信息公开工作报告', '撰写时间', '2024年01月12日 17:12:21', '来源', '白石镇'], []);
  assert.equal(own.publishedDate, '2024-01-12');
  const item = meta(['临江市人民政府2023年政府信息公开工作年度报告', '  • 听全文', '  • 2024-03-08', '  • 来源:临江市人民政府办公厅'], []);
  assert.equal(item.publishedDate, '2024-03-08');
});

test('编制了2021年…报告: the 了 after the verb is not part of the title', () => {
  const m = meta(['根据《条例》要求，临江市某某局编制了2021年政府信息公开年度报告。'], []);
  assert.equal(m.title, '2021年政府信息公开年度报告');
  assert.equal(m.year, 2021);
});

test('a page index block names the publisher (发布机构 | 某市某局); a relative name (市审计局) is not taken', () => {
  const index = (name: string) =>
    extractReport(textToDocument([`索 引 号: | 000/2022-01 | 发布时间: | 2022年01月24日 |`, `来 源: | ${name} | 发布机构: | ${name} |`, ...BODY].join('\n'))).meta;
  assert.equal(index('临江市自然资源局').agency, '临江市自然资源局');
  assert.equal(index('市审计局').agency, null);
});

test('a page flattened to one line, its title run into 一、总体情况, is read as a report', () => {
  const line = '临江县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年，临江县认真落实《条例》，主动公开政府信息800条。';
  const m = extractReport(textToDocument(line)).meta;
  assert.deepEqual([m.agency, m.year, m.formatVersion], ['临江县人民政府', 2019, '2019']);
});

test('a contact 某局办公室 named once is the agency when the report speaks of itself as 我局 or 本局', () => {
  const own = ['如对本报告有疑问，请与东城区水务局办公室联系（电话：0000-1234567）。', '一、总体情况', '2025年，我局主动公开信息12条。'];
  assert.equal(extractReport(textToDocument([...own, ...BODY.slice(2)].join('\n'))).meta.agency, '东城区水务局');
  // No 我局: the office may belong to another body, so still not taken.
  const other = ['如对本报告有疑问，请与东城区水务局办公室联系。', '一、总体情况', '2025年，全镇主动公开信息12条。'];
  assert.equal(extractReport(textToDocument([...other, ...BODY.slice(2)].join('\n'))).meta.agency, null);
});

test('a contact 某镇人民政府 written again as 某镇政府 in the preamble is the agency', () => {
  const m = meta(['白石镇政府编制2025年政府信息公开年度报告。如有疑问，请与白石镇人民政府联系（电话：0000-1234567）。'], []);
  assert.equal(m.agency, '白石镇人民政府');
});

test('…要求，某市人民政府根据全市工作情况，编制本报告: the body opening the clause is the agency', () => {
  const m = meta(['根据《条例》要求，临江市人民政府根据全市2025年度工作开展情况，编制本报告。'], []);
  assert.equal(m.agency, '临江市人民政府');
  assert.equal(meta(['根据《条例》要求，我局根据2025年度工作开展情况，编制本报告。'], []).agency, null);
});

test('a list item under the title with a page clock time after the date (• 2025-02-10 15:59) dates the report', () => {
  const m = meta(['白石镇人民政府2024年度政府信息公开工作年度报告', '  • 临江市人民政府门户网', '  • 2025-02-10 15:59'], []);
  assert.equal(m.publishedDate, '2025-02-10');
  // Words after the date: not a date line.
  assert.equal(meta(['白石镇人民政府2024年度政府信息公开工作年度报告', '  • 2025-02-10 15:59 阅读 12'], []).publishedDate, null);
});

test('a bare 时间： after the page fields 作者/来自 on the same line dates the report; 更新时间 still does not', () => {
  const m = meta(['临江市东城区交通运输局2025年政府信息公开工作年度报告', '作者: 来自:东城区交通运输局 时间:2026-01-16'], []);
  assert.equal(m.publishedDate, '2026-01-16');
  const updated = meta(['临江市东城区交通运输局2025年政府信息公开工作年度报告', '来源:东城区交通运输局 更新时间:2026-01-28'], []);
  assert.equal(updated.publishedDate, null);
});

test('棲霞 in a page converted to traditional script reads 栖霞', () => {
  assert.equal(meta(['棲霞區交通運輸局2022年政府信息公開工作年度報告'], []).agency, '栖霞区交通运输局');
});

test('a relative name in the overview (区商务局) takes its place from the contact line that names the same body in full', () => {
  const lines = ['如有疑问，请与临江市东城区商务局联系（电话：0000-1234567）。', '一、总体情况', '2025年，区商务局严格按照《条例》做好公开工作。'];
  assert.equal(extractReport(textToDocument([...lines, ...BODY.slice(2)].join('\n'))).meta.agency, '临江市东城区商务局');
  // A contact that is another body keeps the relative name.
  const other = ['如有疑问，请与临江市东城区政务服务中心联系。', '一、总体情况', '2025年，区商务局严格按照《条例》做好公开工作。'];
  assert.equal(extractReport(textToDocument([...other, ...BODY.slice(2)].join('\n'))).meta.agency, '区商务局');
});

test('a last line cut before its verb (依托区门户网站) is no 落款: 网站 names no body', () => {
  assert.equal(meta([], ['（四）公开平台', '依托区门户网站']).agency, null);
});

test('现编制并公布本单位2025年…报告: two verbs before the report, its body 本单位 (no title, no name); 我镇 points at the contact', () => {
  const m = meta(['根据《条例》规定，现编制并公布本单位2025年政府信息公开工作年度报告。如有疑问，请联系：临江县白石镇人民政府党政综合办公室，电话：0000-1234567。', '2025年，我镇依法公开政府信息。'], []);
  assert.equal(m.title, null);
  assert.equal(m.agency, '临江县白石镇人民政府');
});

test('a section heading printed as a list bullet (- 总体情况) with a statistics period makes a report', () => {
  const lines = ['本年度报告根据《条例》要求编制。报告中所列数据统计期限自2025年1月1日起，至2025年12月31日止。', '- 总体情况', '（一）主动公开情况。全年发布信息100条。'];
  const m = extractReport(textToDocument(lines.join('\n'))).meta;
  assert.equal(m.year, 2025);
});

test('a text opening at 一、总体情况 whose first paragraph publishes the report now (现编制《…》) is named by it', () => {
  const m = overviewMeta('根据《条例》要求，白石街道依法开展2025年信息公开工作，现编制《临江区白石街道办事处2025年政府信息公开工作年度报告》。');
  assert.deepEqual([m.agency, m.year, m.title], ['临江区白石街道办事处', 2025, '临江区白石街道办事处2025年政府信息公开工作年度报告']);
  // Last year's report, told of in the overview, names nothing.
  const told = overviewMeta('全年按时公开临江区白石街道办事处2024年政府信息公开工作年度报告等信息。');
  assert.equal(told.title, null);
  // Nor does the overview's sentence count when the page has a preamble above the heading.
  const above = extractReport(textToDocument(['本报告依据《条例》编制。', '一、总体情况', '现编制《临江区白石街道办事处2025年政府信息公开工作年度报告》。', ...BODY.slice(2)].join('\n'))).meta;
  assert.equal(above.title, null);
});

test('a site name after the title (…年度报告-某某娱乐登录) is left off; a body named there is kept', () => {
  assert.equal(meta(['临江市水务局2025年政府信息公开工作年度报告-某某娱乐登录'], []).title, '临江市水务局2025年政府信息公开工作年度报告');
  assert.equal(meta(['2025年政府信息公开工作年度报告-临江市水务局'], []).title, '2025年政府信息公开工作年度报告-临江市水务局');
});

test('本年度报告根据《条例》要求，由某局编制: the compiler after the basis is the agency', () => {
  const m = meta(['本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由国家税务总局临江市东城区税务局编制。'], []);
  assert.equal(m.agency, '国家税务总局临江市东城区税务局');
});

test('特向社会公布某局（以下简称“某局”，下文类同）2025年…报告 and …年度工作报告 name the agency', () => {
  const noted = meta(['特向社会公布国家税务总局临江市税务局（以下简称“临江市税务局”，下文类同）2025年政府信息公开工作年度报告。'], []);
  assert.equal(noted.agency, '国家税务总局临江市税务局');
  assert.equal(meta(['根据《条例》要求，特向社会公布临江市公安局2025年政府信息公开年度工作报告。'], []).agency, '临江市公安局');
});

test('现将我局2025年度政府信息公开情况报告如下: its year counts; 现将2025年…工作情况报告如下 is no title', () => {
  assert.equal(meta(['现将我局2025年度政府信息公开情况报告如下。'], []).year, 2025);
  const m = meta(['本报告所列数据的统计期限从2025年1月1日起至2025年12月31日止，如有疑问请来电。现将2025年政府信息公开工作情况报告如下：'], []);
  assert.deepEqual([m.title, m.year], [null, 2025]);
});

test('a contact 某局 with its address in brackets is the agency when the report says 我局; 某街道办事处 when it says 本街道', () => {
  const bureau = ['如对本报告有任何疑问，请与临江市公安局（地址：临江市河西路1号；电话：0000-1234567）联系。', '一、总体情况', '2025年，我局主动发布信息700余条。'];
  assert.equal(extractReport(textToDocument([...bureau, ...BODY.slice(2)].join('\n'))).meta.agency, '临江市公安局');
  const street = ['如对本年度报告有疑问，请联系：临江市东城区人民政府白石街道办事处；联系电话：0000-1234567。', '一、总体情况', '2025年，本街道依法公开政府信息。'];
  assert.equal(extractReport(textToDocument([...street, ...BODY.slice(2)].join('\n'))).meta.agency, '临江市东城区人民政府白石街道办事处');
});

test('2025年，在区委、区政府的领导下，某街道办事处认真…: the body after the clause of leadership is the agency', () => {
  assert.equal(overviewMeta('2025年，在区委、区政府的坚强领导下，白石街道办事处认真贯彻落实《条例》。').agency, '白石街道办事处');
});

test('a relative name (市人民政府办公室, 市政府研究室) takes the full one the page gives: 现公开…, 来源：…, …立足', () => {
  const published = meta(['市人民政府办公室2025年政府信息公开工作年度报告', '根据《条例》要求，现公开临江市人民政府办公室2025年政府信息公开工作年度报告。'], []);
  assert.deepEqual([published.agency, published.agencyInTitle], ['临江市人民政府办公室', '市人民政府办公室']);
  const field = meta(['市政府研究室2025年政府信息公开工作年度报告', '发布时间：2026-01-19 来源：临江市人民政府研究室 字体：[ ]'], []);
  assert.equal(field.agency, '临江市人民政府研究室');
  assert.equal(overviewMeta('2025年度临江市人民政府办公室立足工作实际，持续深化政务公开。').agency, '临江市人民政府办公室');
  // Another body's full name is not taken for it.
  assert.equal(meta(['市政府研究室2025年政府信息公开工作年度报告', '来源：临江市人民政府办公室'], []).agency, '市政府研究室');
});

test('发表日期 in a page index block, 添加时间 in a page’s field row, date the report', () => {
  assert.equal(meta(['白石街道2025年度政府信息公开工作年度报告', '发表日期:2026-01-26 15:35:23 发布机构:临江区政务服务管理局'], []).publishedDate, '2026-01-26');
  assert.equal(meta(['临江市水务局2025年政府信息公开工作年度报告', '文章来源:办公室 | 添加时间:2026-01-25 |'], []).publishedDate, '2026-01-25');
});

test('a page flattened to one line: the sentence after 一、总体情况 names the body', () => {
  const line = '本年度报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。 一、总体情况 2025年，临江市商务局认真贯彻实施《条例》。 二、主动公开政府信息情况 第二十条第（一）项 | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 规章 | 0 | 0 | 0 | 行政规范性文件 | 4 | 0 | 4 |';
  assert.equal(extractReport(textToDocument(line)).meta.agency, '临江市商务局');
});

test('a street named short on the line above (白石街道) takes the title’s fuller name (白石街道办事处)', () => {
  assert.equal(meta(['白石街道', '白石街道办事处2025年政府信息公开工作年度报告'], []).agency, '白石街道办事处');
});

test('an economic development zone (某经济技术开发区) is a body, named so in the overview', () => {
  assert.equal(overviewMeta('2025年，临江经济技术开发区坚持依法公开。').agency, '临江经济技术开发区');
});

test('a title in the page index’s field (- 标题：, 名 称:) is read without the field’s label or the next field after it', () => {
  const listed = meta(['- 发布机构: 临江市水务局', '- 标题: 临江市水务局2025年政府信息公开工作年度报告', '- 发文字号:'], []);
  assert.deepEqual([listed.title, listed.agency], ['临江市水务局2025年政府信息公开工作年度报告', '临江市水务局']);
  const spaced = meta(['名 称: 临江市水务局2025年信息公开工作年度报告 发布日期: 2026年01月21日'], []);
  assert.deepEqual([spaced.title, spaced.agency, spaced.publishedDate], ['临江市水务局2025年信息公开工作年度报告', '临江市水务局', '2026-01-21']);
});

test('a title followed by the empty cells of a layout table (…年度报告 | |||||) is still the title', () => {
  const m = meta([`临江市水务局2025年政府信息公开工作年度报告 | ${'|'.repeat(80)}`], []);
  assert.equal(m.title, '临江市水务局2025年政府信息公开工作年度报告');
});

test('由某局编制的2025年…报告: the title the preamble names starts after 的', () => {
  const m = meta(['本年度报告根据《条例》要求，由临江市水务局编制的2025年临江市水务局信息公开工作年度报告。'], []);
  assert.equal(m.title, '2025年临江市水务局信息公开工作年度报告');
});

test('a mirror site’s Chinese words over the place name (某某博彩官网区人民政府某街道办事处) are no agency', () => {
  assert.equal(overviewMeta('2025年，在区委、区政府的正确领导下，某某博彩官网区人民政府白石街道办事处认真贯彻落实《条例》。').agency, null);
  assert.equal(meta(['某某娱乐官网2025年政府信息公开工作年度报告'], []).agency, null);
});

test('an overview with its own sub-headings (（一）主动公开 …（二）依申请公开) makes a report of a text cut before section 二', () => {
  const lines = ['2025年，我局扎实推进政府信息公开，现将本年度工作情况报告如下。', '一、总体情况', '（一）主动公开情况', '全年公开信息200条。', '（二）依申请公开情况', '全年收到申请3件。'];
  assert.equal(extractReport(textToDocument(lines.join('\n'))).meta.year, 2025);
  // One sub-heading is not enough.
  assert.throws(() => extractReport(textToDocument(lines.slice(0, 4).join('\n'))), /不是政府信息公开工作年度报告/);
});

test('时间: between a site name and 来源: on the page’s field line dates the report', () => {
  const m = meta(['临江市水务局2025年政府信息公开工作年度报告', '临江河务门户网站 时间:2026-1-26 来源:临江市水务局'], []);
  assert.equal(m.publishedDate, '2026-01-26');
});

test('…，某区水务局编制了2025年度…报告: the body compiling the report by its year is the agency; without 了 it is not taken', () => {
  const m = meta(['根据《条例》要求，结合工作实际，临江市东城区水务局编制了2025年度政府信息公开工作年度报告。'], []);
  assert.equal(m.agency, '临江市东城区水务局');
  const plain = meta(['根据《条例》要求，临江市东城区水务局编制2025年度政府信息公开工作年度报告。'], []);
  assert.equal(plain.agency, null);
});

test('a title’s bare name (应急管理局2025年…) takes the overview’s name of it with its place', () => {
  const lines = ['应急管理局2025年政府信息公开工作年度报告', '一、总体情况', '2025年，临江市应急管理局深入贯彻落实《条例》。', ...BODY.slice(2)];
  const m = extractReport(textToDocument(lines.join('\n'))).meta;
  assert.deepEqual([m.agency, m.agencyInTitle], ['临江市应急管理局', '应急管理局']);
  // Another body in the overview is not taken for it.
  const other = ['应急管理局2025年政府信息公开工作年度报告', '一、总体情况', '2025年，临江市水务局深入贯彻落实《条例》。', ...BODY.slice(2)];
  assert.equal(extractReport(textToDocument(other.join('\n'))).meta.agency, '应急管理局');
});

test('生成日期 in a row of the page’s index grid dates the report', () => {
  const m = meta(['白石街道2025年政府信息公开工作年度报告', '| 索引号 | 000000000/2026-00001 | 发文字号 | |', '| 生成日期 | 2026-01-23 16:24:38 | 是否有效 |'], []);
  assert.equal(m.publishedDate, '2026-01-23');
});

test('a street that says 我街 of itself is the body its contact line names; a short name takes the contact’s full one', () => {
  const own = ['如本报告有疑问，请联系：临江区白石街道办事处党政综合办公室，地址：临江区河西路1号。', '一、总体情况', '2025年，我街认真贯彻落实《条例》。'];
  assert.equal(extractReport(textToDocument([...own, ...BODY.slice(2)].join('\n'))).meta.agency, '临江区白石街道办事处');
  const short = ['如本报告有疑问，请联系：临江区人民政府白石街道办事处，地址：临江区河西路1号。', '一、总体情况', '2025年以来，白石街道深入贯彻落实《条例》。'];
  assert.equal(extractReport(textToDocument([...short, ...BODY.slice(2)].join('\n'))).meta.agency, '临江区人民政府白石街道办事处');
  // Another street's contact is not taken for it.
  const other = ['如本报告有疑问，请联系：临江区人民政府东城街道办事处。', '一、总体情况', '2025年以来，白石街道深入贯彻落实《条例》。'];
  assert.equal(extractReport(textToDocument([...other, ...BODY.slice(2)].join('\n'))).meta.agency, '白石街道');
});

test('由某镇人民政府党政办公室编制 / 某街道党政综合办公室: the township’s or street’s own office is left off; a county government’s 办公室 is kept', () => {
  assert.equal(meta(['本报告是根据《条例》要求，由临江县白石镇人民政府党政办公室编制。'], []).agency, '临江县白石镇人民政府');
  assert.equal(meta(['本报告由临江区东城街道党政综合办公室编制。'], []).agency, '临江区东城街道');
  assert.equal(meta(['本报告由临江县人民政府办公室编制。'], []).agency, '临江县人民政府办公室');
});

test('a street or township named short (白石街道, 白石镇) takes its full name when the text writes it (白石街道办事处未收到…)', () => {
  const lines = ['一、总体情况', '2025年度，白石街道全面贯彻落实《条例》。', '2025年度，白石街道办事处未收到政府信息公开申请。', ...BODY.slice(2)];
  assert.equal(extractReport(textToDocument(lines.join('\n'))).meta.agency, '白石街道办事处');
  assert.equal(meta(['白石镇2025年政府信息公开工作年度报告', '本报告由白石镇人民政府编制。'], []).agency, '白石镇人民政府');
  // Only that body's full name: another township's is not taken.
  assert.equal(meta(['白石镇2025年政府信息公开工作年度报告', '本报告报送东城镇人民政府。'], []).agency, '白石镇');
});

test('…要求编制，全面总结某街道办事处2025年政府信息公开工作情况: the body summed up is the agency', () => {
  const m = meta(['本报告根据《条例》要求编制，全面总结临江区人民政府白石街道办事处2025年政府信息公开工作情况。'], []);
  assert.equal(m.agency, '临江区人民政府白石街道办事处');
});

test('a notice whose points name the heading words (一、规范年报内容。要认真撰写…总体情况…) is no report', () => {
  const notice = [
    '临江市人民政府办公室关于做好2025年政府信息公开工作年度报告编制和发布工作的通知',
    '各县区人民政府，市政府各部门：',
    '为做好2025年政府信息公开工作年度报告编制和发布工作，现就有关事项通知如下：',
    `一、规范年报内容。要认真撰写年度报告中的总体情况，按照主动公开、依申请公开、政府信息管理等方面，${'梳理本部门本年度完成的各项工作，'.repeat(3)}重在简明客观。`,
    `二、确保数据准确。要认真填写规章、行政规范性文件的本年制发件数，${'准确统计各类处理决定的数量，'.repeat(3)}按时报送。`,
  ];
  assert.throws(() => extractReport(textToDocument(notice.join('\n'))), /不是政府信息公开工作年度报告/);
  // 关于做好2025年…年度报告 over 编制和发布工作的通知: the same notice's title on two lines.
  const twoLines = ['关于做好2025年政府信息公开工作年度报告', '编制和发布工作的通知', ...notice.slice(1)];
  assert.throws(() => extractReport(textToDocument(twoLines.join('\n'))), /不是政府信息公开工作年度报告/);
});

test('an overview part on a long line (（二）加大主动公开力度，…) is not section 二, and the overview keeps it', () => {
  const part = `（二）加大主动公开力度，提高公开质量。截至2024年12月31日，我局全年主动公开政府信息75条，${'其中通过政府网站公开政府信息，'.repeat(3)}均按时发布。`;
  const lines = ['临江市白石区某局', '2024年政府信息公开工作年度报告', '一、总体情况', '（一）加强组织领导。我局明确分工。', part];
  const report = extractReport(textToDocument(lines.join('\n')));
  assert.equal(report.sections.activeDisclosure, null);
  assert.match(report.sections.overview?.text ?? '', /加大主动公开力度/);
});

test('??一、总体情况: an indent a wrong encoding turned into question marks still opens the section', () => {
  const lines = [
    '??根据《条例》规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。',
    '??一、总体情况',
    '??2025年，临江省人民政府办公厅坚持依法公开，持续深化公开内容。',
    '??（一）主动公开方面。全年发布各类信息1200条。',
  ];
  const report = extractReport(textToDocument(lines.join('\n')));
  assert.equal(report.sections.overview?.heading, '一、总体情况');
  assert.deepEqual([report.meta.agency, report.meta.year], ['临江省人民政府办公厅', 2025]);
});

test('a preamble run into the overview (…公开如下。 一、总体情况 2024年，…) under a title makes a report', () => {
  const lines = [
    '临江省某厅2024年度政府信息公开工作报告',
    '根据《条例》的规定，现将我厅2024年度政府信息公开工作报告公开如下。 一、总体情况 2024年，在厅门户网站主动公开发布各类信息705条。',
  ];
  const report = extractReport(textToDocument(lines.join('\n')));
  assert.deepEqual([report.meta.agency, report.meta.year], ['临江省某厅', 2024]);
  assert.match(report.sections.overview?.text ?? '', /^2024年，在厅门户网站/);
});

test('a notice issuing the report (某局关于印发 / 2025年…报告的通知) is not its title; the report it cites is', () => {
  const m = meta(
    [
      '临江市白石区教育局关于印发',
      '2025年政府信息公开工作年度报告的通知',
      '本局各股（室）：',
      '现将《临江市白石区教育局2025年政府信息公开年度报告》印发给你们，请抓好落实。',
    ],
    [],
  );
  assert.deepEqual([m.agency, m.title], ['临江市白石区教育局', '临江市白石区教育局2025年政府信息公开年度报告']);
});

test('a bar of links to other sites above the title (中国政府网 某省政府 某市政府) is not the agency line', () => {
  const m = meta(['中国政府网 临江省政府 白石市政府', '当前位置：首页 > 政府信息公开 > 公开年报', '白石县卫生健康局2024年政府信息公开工作年度报告'], []);
  assert.equal(m.agency, '白石县卫生健康局');
  // One name spaced out is still an agency line.
  assert.equal(meta(['白 石 县 水 务 局', '2024年政府信息公开工作年度报告'], []).agency, '白石县水务局');
});

test('a site column over the report (政府政务公开年报, 2020年信息公开年报) names no body; the next line’s title does', () => {
  assert.equal(meta(['政府政务公开年报'], []).agency, null);
  const m = meta(['2020年信息公开年报', '白石工业园区2020年政府信息公开工作年度报告'], []);
  assert.deepEqual([m.agency, m.title], ['白石工业园区', '白石工业园区2020年政府信息公开工作年度报告']);
});

test('由某区教育局办公室编制的…报告: the bureau’s own office is left off', () => {
  assert.equal(meta(['本年报是根据《条例》要求，由临江市白石区教育局办公室编制的2024年度政府信息公开工作年度报告。'], []).agency, '临江市白石区教育局');
});

test('a department that compiles the whole area’s report (…以及全区各部门信息公开工作编制而成) is not its agency', () => {
  const m = meta(['本年度报告由白石经济技术开发区政务服务局依据《条例》以及全区各部门信息公开工作编制而成。'], []);
  assert.equal(m.agency, null);
  // Its own report, compiled without the whole area, is its own.
  assert.equal(meta(['本年度报告由白石经济技术开发区政务服务局依据《条例》编制而成。'], []).agency, '白石经济技术开发区政务服务局');
});

test('请与某乡党政办联系 in a report that says 我乡: the township, its full name as the address writes it', () => {
  const lines = [
    '本报告结合2025年我乡政府信息公开工作编制而成。如有疑问，请与白石乡党政办联系（地址：临江县白石乡人民政府二楼）。',
    '一、总体情况',
    '2025年白石乡紧扣年度政务公开重点任务抓落实。',
  ];
  assert.equal(extractReport(textToDocument([...lines, ...BODY.slice(2)].join('\n'))).meta.agency, '白石乡人民政府');
  // 党建办, the township's party-building office, is its own office too.
  const partyBuilding = ['如对本年报有任何疑问，请与白石乡人民政府党建办联系（地址：白石街90号）。', '一、总体情况', '截至2025年12月31日，我乡共主动公开政府信息2条。'];
  assert.equal(extractReport(textToDocument([...partyBuilding, ...BODY.slice(2)].join('\n'))).meta.agency, '白石乡人民政府');
});

test('一、总体情况 ending the preamble’s paragraph opens the overview on the next lines', () => {
  const lines = [
    '白石街道2024年政府信息公开工作年度报告',
    '现公开白石街道2024年政府信息公开工作年度报告。如有疑问，请与白石街道党政综合办公室联系。一、总体情况',
    '（一）政府信息主动公开情况。2024年，白石街道主动公开各类信息80余条。',
  ];
  const report = extractReport(textToDocument(lines.join('\n')));
  assert.equal(report.sections.overview?.heading, '一、总体情况');
  assert.match(report.sections.overview?.text ?? '', /主动公开各类信息80余条/);
});

test('a title over the overview’s parts（一）主动公开 /（二）依申请公开, with no 一、总体情况 and no period, is a report', () => {
  const lines = [
    '名称:临江区白石街道办事处 2024年政府信息公开工作年度报告 |',
    '临江区白石街道办事处 2024年政府信息公开工作年度报告',
    '2024年，我街道扎实推进政府信息公开各项工作。现将本年度工作情况总结如下：',
    '（一）主动公开',
    '本年度主动公开各类政府信息273条。',
    '（二）依申请公开',
    '本年度共收到政府信息公开申请0件。',
  ];
  const m = extractReport(textToDocument(lines.join('\n'))).meta;
  assert.deepEqual([m.agency, m.year], ['临江区白石街道办事处', 2024]);
});

test('本报告的电子版可在…门户网站某街道政府信息公开专栏, a sentence broken at a line’s end, is not the title', () => {
  const m = meta(
    [
      '白石街道编制了2024年度政府信息公开工作年度报告，报告所列数据的统计期限自2024年1月1日起至12月31日止。',
      '本报告的电子版可在“临江区人民政府”门户网站白石街道政府信息公开专栏',
      '（http://example.invalid/col/1）下载。如对本报告有任何疑问，请联系白石街道办事处党政办公室。',
    ],
    [],
  );
  assert.deepEqual([m.agency, m.title], ['白石街道办事处', '2024年度政府信息公开工作年度报告']);
});

test('a 管理区 (a farm district) opening the overview’s year sentence is the agency', () => {
  assert.equal(overviewMeta('2025年，白石管理区在市委、市政府的正确领导下，认真贯彻实施《条例》。').agency, '白石管理区');
});

test('a date under the title followed by the page’s other fields (2026年01月18日来源:某街道) dates a report with no 落款', () => {
  const head = ['2025年白石街道政府信息公开工作年度报告', '白石街道办事处', '2026年01月18日来源:白石街道 浏览次数:'];
  assert.equal(meta(head, []).publishedDate, '2026-01-18');
  assert.equal(meta(['2025年白石街道政府信息公开工作年度报告', '2026-01-18 09:30 来源：白石街道'], []).publishedDate, '2026-01-18');
  // A sentence that opens with a date is not the page's date.
  assert.equal(meta(['2025年白石街道政府信息公开工作年度报告', '2026年1月18日，街道召开会议。'], []).publishedDate, null);
});

test('特编制并向社会公布…报告: the title follows both verbs; a title naming only 街道 takes the street its contact line names', () => {
  const m = meta(
    ['根据《条例》要求，特编制并向社会公布2024年度街道信息公开年度报告。如对本报告有疑问，请与青禾市云溪区白露街道办事处联系（电话：0000-1234567）。'],
    [],
  );
  assert.equal(m.title, '2024年度街道信息公开年度报告');
  assert.equal(m.agency, '青禾市云溪区白露街道办事处');
  assert.equal(m.year, 2024);
});

test('a short name the preamble declares (以下简称“某区税务局”) is read as the full name before it', () => {
  const m = overviewMeta(
    '本报告结合国家税务总局青禾市云溪区税务局（以下简称“云溪区税务局”）工作数据撰写。2024年，云溪区税务局认真贯彻《条例》。',
  );
  assert.equal(m.agency, '国家税务总局青禾市云溪区税务局');
  assert.equal(m.year, 2024);
});

test('a date printed after the title on its line is the page’s date, not part of the title; 由…编制 gives the place above', () => {
  const m = meta(
    [
      '云溪区某某局2024年政府信息公开工作年度报告 2025-01-27',
      '本年度报告根据《条例》的要求，由青禾市云溪区某某局编制。如有疑问，请与我局联系。',
    ],
    [],
  );
  assert.equal(m.title, '云溪区某某局2024年政府信息公开工作年度报告');
  assert.equal(m.publishedDate, '2025-01-27');
  assert.equal(m.agency, '青禾市云溪区某某局');
});

test('a report that names itself nowhere: 汇报我镇2024年政府信息公开工作 gives the year, and 我镇 the level', () => {
  const m = overviewMeta('本报告结合我镇实际，从六个方面汇报我镇2024年政府信息公开工作。');
  assert.equal(m.agency, null);
  assert.equal(m.year, 2024);
  assert.equal(m.level, 'township');
  // 我局 could be any level's bureau.
  assert.equal(overviewMeta('本报告结合我局实际，汇报我局2024年政府信息公开工作。').level, null);
});

test('the title’s street, its city before it in the contact line’s 政务信息公开办公室, is named in full', () => {
  const m = meta(
    [
      '白露街街道办事处2024年政府信息公开工作年度报告',
      '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。如有疑问，请与青禾市白露街街道办事处政务信息公开办公室联系（电话：0000-1234567）。',
    ],
    [],
  );
  assert.equal(m.agency, '青禾市白露街街道办事处');
});
