/** The HTML fixtures read into the expected paragraphs and grids (values checked by hand against reports.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Document, Paragraph, Table, TableCell } from '../document.js';
import { ingestHtml } from './index.js';

const FIXTURES = new URL('../../../fixtures/html/', import.meta.url);

function bytesOf(id: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`${id}/input.html`, FIXTURES)));
}

async function read(id: string): Promise<Document> {
  return ingestHtml(bytesOf(id), `${id}/input.html`);
}

function paragraphs(doc: Document): Paragraph[] {
  return doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
}

function tables(doc: Document): Table[] {
  return doc.blocks.filter((b): b is Table => b.kind === 'table');
}

/** The cell that starts at grid column `col` (0-based) in row `row` (1-based). */
function cellAt(table: Table | undefined, row: number, col: number): TableCell {
  const cell = table?.rows[row - 1]?.cells.find((c) => c.col === col);
  assert.ok(cell, `no cell starts at row ${row}, col ${col}`);
  return cell;
}

function allText(doc: Document): string {
  return doc.blocks
    .map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join('|')).join('\n')))
    .join('\n');
}

/** The source line of a 1-based line number, in the decoded page. */
function sourceLine(id: string, line: number): string {
  return new TextDecoder('utf-8').decode(bytesOf(id)).split(/\r\n|\r|\n/)[line - 1] ?? '';
}

const SECTION_HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

test('saved page: only the article, from its title to the 落款, without navigation, scripts or footer', async () => {
  const doc = await read('saved-page');
  assert.deepEqual(doc.source, { file: 'saved-page/input.html', format: 'html', encoding: 'utf-8', bytes: 16087 });
  const texts = paragraphs(doc).map((p) => p.text);
  assert.equal(texts[0], '青川县白石镇人民政府2021年政府信息公开工作年度报告');
  assert.match(texts[1] ?? '', /^本报告依据《中华人民共和国政府信息公开条例》第五十条/);
  assert.deepEqual(texts.slice(-2), ['青川县白石镇人民政府', '2022年1月18日']);
  assert.deepEqual(
    texts.filter((t) => SECTION_HEADINGS.includes(t)),
    SECTION_HEADINGS,
  );
  const text = allText(doc);
  for (const chrome of ['网站首页', '政府信息公开制度', '法定主动公开内容', '联系电话', '当前位置', '分享到', '打印本页', '欢迎访问', '隐藏的统计说明', '浏览器不支持', '版权所有', 'siteName', 'ICP备']) {
    assert.ok(!text.includes(chrome), `chrome text kept: ${chrome}`);
  }
  assert.equal(tables(doc).length, 3);
});

test('saved page: the layout tables around the article are walked, only the three data tables are tables', async () => {
  const doc = await read('saved-page');
  const [a, b, c] = tables(doc);
  assert.deepEqual(
    [a, b, c].map((t) => t?.rows.length),
    [14, 28, 4],
  );
  for (const t of [a, b, c]) assert.equal(t?.reliableGrid, true);
  assert.deepEqual(
    [a, b, c].map((t) => t?.loc.table),
    [1, 2, 3],
  );
  // 二: caption rows span the four columns, the single-value rows span three.
  assert.deepEqual(cellAt(a, 1, 0), { ...cellAt(a, 1, 0), text: '第二十条第（一）项', colSpan: 4, rowSpan: 1 });
  assert.equal(cellAt(a, 4, 3).text, '3');
  assert.equal(cellAt(a, 10, 1).text, '6');
  assert.equal(cellAt(a, 10, 1).colSpan, 3);
});

test('saved page: Table B spans resolve to the template grid (rowspan=22, rowspan=8, colspans)', async () => {
  const [, b] = tables(await read('saved-page'));
  const note = cellAt(b, 1, 0);
  assert.equal(note.text, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
  assert.deepEqual([note.rowSpan, note.colSpan], [3, 3]);
  assert.equal(cellAt(b, 1, 3).text, '申请人情况');
  assert.deepEqual(
    b?.rows[1]?.cells.map((c) => [c.col, c.text]),
    [
      [3, '自然人'],
      [4, '法人或其他组织'],
      [9, '总计'],
    ],
  );
  assert.deepEqual(
    b?.rows[2]?.cells.map((c) => c.col),
    [4, 5, 6, 7, 8],
  );
  const outcome = cellAt(b, 6, 0);
  assert.deepEqual([outcome.text, outcome.rowSpan, outcome.colSpan], ['三、本年度办理结果', 22, 1]);
  assert.deepEqual(
    b?.rows[5]?.cells.map((c) => c.text),
    ['三、本年度办理结果', '（一）予以公开', '3', '1', '0', '0', '0', '0', '4'],
  );
  // Rows under the rowspan=22 cell start in column 1, rows under （三）不予公开 (rowspan=8) in column 2.
  assert.equal(b?.rows[6]?.cells[0]?.col, 1);
  assert.deepEqual([cellAt(b, 8, 1).text, cellAt(b, 8, 1).rowSpan], ['（三）不予公开', 8]);
  assert.deepEqual(
    b?.rows[8]?.cells.map((c) => c.col),
    [2, 3, 4, 5, 6, 7, 8, 9],
  );
  assert.equal(cellAt(b, 9, 2).text, '2.其他法律行政法规禁止公开');
  assert.equal(cellAt(b, 27, 1).text, '（七）总计');
  assert.deepEqual(
    b?.rows[27]?.cells.map((c) => c.text),
    ['四、结转下年度继续办理', '1', '0', '0', '0', '0', '0', '1'],
  );
  assert.equal(cellAt(b, 28, 0).colSpan, 3);
});

test('saved page: <br> in a header cell joins with a space', async () => {
  const [, , c] = tables(await read('saved-page'));
  assert.deepEqual(
    c?.rows[1]?.cells.map((x) => x.text),
    ['结果 维持', '结果 纠正', '其他 结果', '尚未 审结', '总计', '未经复议直接起诉', '复议后起诉'],
  );
  assert.deepEqual(
    c?.rows[2]?.cells.map((x) => x.col),
    [5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
  );
  assert.deepEqual(
    c?.rows[3]?.cells.map((x) => x.text),
    ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
  );
});

test('saved page: paragraphs and cells point at their place in the source', async () => {
  const doc = await read('saved-page');
  const intro = paragraphs(doc)[1];
  assert.ok(intro?.loc.line && intro.loc.column);
  assert.ok(sourceLine('saved-page', intro.loc.line).slice(intro.loc.column - 1).startsWith('本报告依据'));
  const outcome = cellAt(tables(doc)[1], 6, 0);
  assert.deepEqual([outcome.loc.table, outcome.loc.row, outcome.loc.cell], [2, 6, 1]);
  assert.ok(outcome.loc.line && outcome.loc.column);
  assert.ok(sourceLine('saved-page', outcome.loc.line).slice(outcome.loc.column - 1).startsWith('<td align="center" rowspan="22">'));
  const natural = cellAt(tables(doc)[1], 6, 3);
  assert.deepEqual([natural.loc.row, natural.loc.cell], [6, 4]);
});

test('CMS fragment: the editor container alone, its own title kept once, <br/> inside a cell joined', async () => {
  const doc = await read('cms-fragment');
  const texts = paragraphs(doc).map((p) => p.text);
  assert.equal(texts[0], '桐岚市东城街道办事处2022年政府信息公开工作年度报告');
  assert.equal(texts.filter((t) => t.endsWith('年度报告')).length, 1);
  assert.ok(!allText(doc).includes('TRS_Editor'), 'style sheet text kept');
  assert.deepEqual(texts.slice(-2), ['桐岚市东城街道办事处', '2023年1月16日']);
  const [, b] = tables(doc);
  assert.equal(cellAt(b, 1, 0).text, '（本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和）');
  assert.deepEqual(
    b?.rows[19]?.cells.map((c) => c.text),
    ['2.重复申请', '0', '1', '0', '0', '0', '0', '1'],
  );
});

test('Word export: spans, fonts and o:p unwrap; source line breaks inside Chinese add no space', async () => {
  const doc = await read('word-export');
  const texts = paragraphs(doc).map((p) => p.text);
  assert.equal(texts[0], '梓溪县农业农村局2021年政府信息公开工作年度报告');
  // Word wrapped this paragraph's source line between two Chinese characters.
  assert.equal(
    texts[1],
    '本年度报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。',
  );
  assert.deepEqual(
    paragraphs(doc)
      .filter((p) => p.heading)
      .map((p) => [p.heading, p.text]),
    SECTION_HEADINGS.map((h) => [2, h]),
  );
  // The list number Word keeps in a mso-list:Ignore span, then its &nbsp; padding as one space.
  assert.equal(texts[3], '（一） 主动公开。全年在县政府门户网站农业农村局专栏主动公开信息427条，重点公开惠农补贴发放、农机购置补贴、动物防疫等信息。');
  assert.ok(!allText(doc).includes('mso-'), 'style text kept');
  assert.deepEqual(texts.slice(-2), ['梓溪县农业农村局', '2022年1月25日']);
});

test('Word export: grids without the trailing height=0 width row, <font> labels read', async () => {
  const [a, b, c] = tables(await read('word-export'));
  assert.deepEqual(
    [a, b, c].map((t) => t?.rows.length),
    [14, 28, 4],
  );
  assert.equal(cellAt(a, 3, 0).text, '规章');
  assert.deepEqual(
    a?.rows[6]?.cells.map((x) => [x.col, x.colSpan, x.text]),
    [
      [0, 1, '行政许可'],
      [1, 3, '312'],
    ],
  );
  assert.deepEqual([cellAt(b, 6, 0).rowSpan, cellAt(b, 6, 0).text], [22, '三、本年度办理结果']);
  assert.deepEqual(
    b?.rows[23]?.cells.map((x) => [x.col, x.text]),
    [
      [1, '（六）其他处理'],
      [2, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      [3, '0'],
      [4, '0'],
      [5, '0'],
      [6, '0'],
      [7, '0'],
      [8, '1'],
      [9, '1'],
    ],
  );
  assert.deepEqual(
    c?.rows[3]?.cells.map((x) => x.text).join(' '),
    '1 1 0 0 2 0 0 0 1 1 0 0 0 0 0',
  );
});

test('GB2312 page: decoded as GB18030, lines split at <BR>, upper-case unclosed cells resolved', async () => {
  const doc = await read('gb2312-page');
  assert.equal(doc.source.encoding, 'gb18030');
  assert.equal(doc.notes, undefined);
  const texts = paragraphs(doc).map((p) => p.text);
  // The article sits in td.content; the title is the td.title above it.
  assert.deepEqual([texts[0], paragraphs(doc)[0]?.heading], ['柳塘县水利局2021年政府信息公开工作年度报告', 1]);
  assert.equal(texts[1], '根据《中华人民共和国政府信息公开条例》，现向社会公布柳塘县水利局2021年政府信息公开工作年度报告。');
  assert.deepEqual(texts.slice(3, 5), [
    '（一）主动公开。全年主动公开水利工程建设、河湖管理、防汛抗旱等信息203条。',
    '（二）依申请公开。全年新收申请9件，办结9件，无逾期答复。',
  ]);
  assert.deepEqual(texts.slice(-2), ['柳塘县水利局', '2022年1月28日']);
  assert.ok(!allText(doc).includes('防汛抗旱 |'), 'menu kept');
  assert.ok(!allText(doc).includes('滨河路'), 'footer kept');
  const [a, b, c] = tables(doc);
  assert.equal(cellAt(a, 14, 1).text, '0.36');
  assert.equal(cellAt(b, 3, 7).text, '法律服务机构');
  assert.deepEqual(
    b?.rows[3]?.cells.map((x) => x.text),
    ['一、本年新收政府信息公开申请数量', '6', '2', '0', '1', '0', '0', '9'],
  );
  assert.deepEqual([cellAt(b, 6, 0).rowSpan, cellAt(b, 16, 1).text], [22, '（四）无法提供']);
  assert.equal(cellAt(b, 10, 2).text, '3.危及“三安全一稳定”');
  assert.equal(c?.rows.length, 4);
});

test('split tables: each pasted part is its own table; the empty merged continuation cell is blank', async () => {
  const doc = await read('split-tables');
  const all = tables(doc);
  assert.deepEqual(
    all.map((t) => t.rows.length),
    [4, 3, 4, 3, 15, 13, 4],
  );
  assert.deepEqual(
    all.map((t) => t.rows[0]?.cells[0]?.text),
    ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', REQUEST_NOTE, '', '行政复议'],
  );
  const upper = all[4];
  assert.deepEqual([cellAt(upper, 6, 0).text, cellAt(upper, 6, 0).rowSpan], ['三、本年度办理结果', 10]);
  const lower = all[5];
  const continuation = cellAt(lower, 1, 0);
  assert.deepEqual([continuation.text, continuation.rowSpan], ['', 12]);
  assert.deepEqual([cellAt(lower, 1, 1).text, cellAt(lower, 1, 1).rowSpan], ['（四）无法提供', 3]);
  assert.equal(lower?.rows[1]?.cells[0]?.col, 2);
  assert.deepEqual(
    lower?.rows[11]?.cells.map((x) => x.text),
    ['（七）总计', '99', '22', '2', '3', '4', '5', '135'],
  );
  assert.deepEqual([cellAt(lower, 13, 0).text, cellAt(lower, 13, 0).colSpan], ['四、结转下年度继续办理', 3]);
  // Table C's header is a <thead> of <th> cells.
  assert.equal(cellAt(all[6], 2, 5).text, '未经复议直接起诉');
  assert.equal(cellAt(all[6], 4, 14).text, '2');
});

test('split tables: the CMS container is the article and the h1 outside it becomes its title', async () => {
  const doc = await read('split-tables');
  const first = paragraphs(doc)[0];
  assert.deepEqual([first?.text, first?.heading], ['鹤原市南关区人民政府2022年政府信息公开工作年度报告', 1]);
  assert.ok(first?.loc.line && sourceLine('split-tables', first.loc.line).includes('<h1 class="article-title">'));
  const text = allText(doc);
  for (const chrome of ['发布时间', '相关附件', '热点信息', '您的位置', '政民互动', '网站标识码']) {
    assert.ok(!text.includes(chrome), `kept: ${chrome}`);
  }
  assert.deepEqual(
    paragraphs(doc)
      .filter((p) => p.heading === 3)
      .map((p) => p.text),
    SECTION_HEADINGS,
  );
});

const REQUEST_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
