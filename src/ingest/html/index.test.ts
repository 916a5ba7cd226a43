/** Behaviour on small hand-written pages: structure rules, title, errors. The fixtures are in fixtures.test.ts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GongkaiError } from '../../errors.js';
import type { Document, Paragraph, Table } from '../document.js';
import * as html from './index.js';
import { ingestHtml } from './index.js';

async function read(page: string, file: string | null = 'p.html'): Promise<Document> {
  return ingestHtml(new TextEncoder().encode(page), file);
}

function texts(doc: Document): string[] {
  return doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph').map((p) => p.text);
}

function tables(doc: Document): Table[] {
  return doc.blocks.filter((b): b is Table => b.kind === 'table');
}

async function rejects(page: string | Uint8Array, code: string, message: RegExp): Promise<void> {
  const bytes = typeof page === 'string' ? new TextEncoder().encode(page) : page;
  await assert.rejects(ingestHtml(bytes, 'bad.html'), (e: unknown) => {
    assert.ok(e instanceof GongkaiError, String(e));
    assert.equal(e.code, code);
    assert.equal(e.file, 'bad.html');
    assert.match(e.message, message);
    return true;
  });
}

test('the module exports ingestHtml only', () => {
  assert.deepEqual(Object.keys(html), ['ingestHtml']);
});

test('<br> splits paragraphs; headings carry their level; inline tags do not split', async () => {
  const doc = await read(
    '<h2>一、总体情况</h2><div>第一行<br>第<b>二</b>行<br/><br/>第三行</div><p><span>（一）</span><font>主动公开。</font></p>',
  );
  assert.deepEqual(texts(doc), ['一、总体情况', '第一行', '第二行', '第三行', '（一）主动公开。']);
  assert.equal((doc.blocks[0] as Paragraph).heading, 2);
  assert.equal((doc.blocks[1] as Paragraph).heading, undefined);
});

test('text beside a nested block is its own paragraph', async () => {
  const doc = await read('<div>前言文字。<div>正文文字。</div>结尾文字。</div>');
  assert.deepEqual(texts(doc), ['前言文字。', '正文文字。', '结尾文字。']);
});

test('a layout table with prose cells is read as paragraphs; the data table inside it stays a table', async () => {
  const prose = '本镇严格落实政府信息公开条例，扎实推进政务公开工作，全年主动公开各类信息一百余条，群众满意度持续提升。';
  const doc = await read(
    `<div id="zoom"><table><tr><td>标题栏</td><td>${prose}<table border=1><tr><td>行政处罚</td><td>6</td></tr>` +
      '<tr><td>行政强制</td><td>0</td></tr></table></td></tr></table></div>',
  );
  assert.deepEqual(texts(doc), ['标题栏', prose]);
  const [t] = tables(doc);
  assert.deepEqual(
    t?.rows.map((r) => r.cells.map((c) => c.text)),
    [
      ['行政处罚', '6'],
      ['行政强制', '0'],
    ],
  );
  assert.equal(t?.loc.table, 1);
});

test('a table mixing prose rows and a grid: the prose rows are paragraphs, the grid rows a table', async () => {
  const prose =
    '全年共收到政府信息公开申请6件，均在法定期限内答复。本年度没有因政府信息公开申请引起的行政复议和行政诉讼案件，公开工作运行平稳。';
  assert.ok(prose.length >= 60);
  const doc = await read(
    `<div id="zoom"><table><tr><td colspan=2>${prose}</td></tr><tr><td>行政许可</td><td>12</td></tr>` +
      `<tr><td>行政处罚</td><td>3</td></tr><tr><td colspan=2><p>${prose}</p></td></tr></table></div>`,
  );
  assert.deepEqual(
    doc.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join('|')) : b.text)),
    [prose, ['行政许可|12', '行政处罚|3'], prose],
  );
  assert.deepEqual(
    tables(doc)[0]?.rows.map((r) => r.loc.row),
    [1, 2],
  );
});

test('one-cell boxes and single-column tables are layout', async () => {
  const doc = await read(
    '<div id="zoom"><table><tr><td><p>框内第一段。</p><p>框内第二段。</p></td></tr></table>' +
      '<table><tr><td>甲</td></tr><tr><td>乙</td></tr></table></div>',
  );
  assert.deepEqual(texts(doc), ['框内第一段。', '框内第二段。', '甲', '乙']);
  assert.equal(tables(doc).length, 0);
});

test('spans: rowspan=0 runs to the end, oversized spans are cut, bad values mean 1', async () => {
  const doc = await read(
    '<table><tr><td rowspan=0>A</td><td colspan="abc">B</td><td rowspan=99>C</td></tr>' +
      '<tr><td>D</td></tr><tr><td colspan=0>E</td></tr></table>',
  );
  const [t] = tables(doc);
  assert.deepEqual(
    t?.rows.map((r) => r.cells.map((c) => [c.text, c.col, c.rowSpan, c.colSpan])),
    [
      [
        ['A', 0, 3, 1],
        ['B', 1, 1, 1],
        ['C', 2, 3, 1],
      ],
      [['D', 1, 1, 1]],
      [['E', 1, 1, 1]],
    ],
  );
});

test('<thead> rows come first and <tfoot> rows last, as rendered', async () => {
  const doc = await read(
    '<table><tfoot><tr><td>合计</td><td>9</td></tr></tfoot><tbody><tr><td>行政许可</td><td>9</td></tr></tbody>' +
      '<thead><tr><th>信息内容</th><th>本年处理决定数量</th></tr></thead></table>',
  );
  assert.deepEqual(
    tables(doc)[0]?.rows.map((r) => r.cells[0]?.text),
    ['信息内容', '行政许可', '合计'],
  );
});

test('a table whose cells are all empty is dropped, and tables are numbered as kept', async () => {
  const doc = await read(
    '<table><tr><td>&nbsp;</td><td> </td></tr></table><table><tr><td>规章</td><td>0</td></tr><tr><td>x</td><td>1</td></tr></table>',
  );
  assert.equal(tables(doc).length, 1);
  assert.equal(tables(doc)[0]?.rows[0]?.cells[0]?.loc.table, 1);
});

test('hidden elements, link lists and forms are not text', async () => {
  const doc = await read(
    '<div id="zoom"><p>一、总体情况</p><p style="display: none">隐藏段落。</p><p hidden>也隐藏。</p>' +
      '<ul><li><a>链接甲</a></li><li><a>链接乙</a></li><li><a>链接丙</a></li></ul>' +
      '<form><input value="搜索"><button>检索按钮</button></form><p>本年度共收到申请6件。</p></div>',
  );
  assert.deepEqual(texts(doc), ['一、总体情况', '本年度共收到申请6件。']);
});

test('chrome rules never remove a table cell: a classed header cell stays, a furniture cell is emptied', async () => {
  const doc = await read(
    '<div id="zoom"><p>一、总体情况。</p><table><tr><td class="head">信息内容</td><td class="head">本年处理决定数量</td></tr>' +
      '<tr><td>行政许可</td><td>12</td></tr><tr><td>版权所有：白石镇</td><td>3</td></tr></table></div>',
  );
  assert.deepEqual(
    tables(doc)[0]?.rows.map((r) => r.cells.map((c) => [c.col, c.text])),
    [
      [
        [0, '信息内容'],
        [1, '本年处理决定数量'],
      ],
      [
        [0, '行政许可'],
        [1, '12'],
      ],
      [
        [0, ''],
        [1, '3'],
      ],
    ],
  );
});

test('a page whose whole text is hidden until a script shows it is read anyway, with a note', async () => {
  const doc = await read('<div id="zoom" style="display:none"><p>本年度共收到申请6件。</p></div><script>show()</script>');
  assert.deepEqual(texts(doc), ['本年度共收到申请6件。']);
  assert.deepEqual(
    doc.notes?.map((n) => n.code),
    ['hidden-content'],
  );
});

test('<pre> keeps its lines', async () => {
  const doc = await read('<pre>第一行\n第二行\n\n第三行</pre>');
  assert.deepEqual(texts(doc), ['第一行', '第二行', '第三行']);
});

test('the page title is added only when the article has none, from the part of <title> naming the report', async () => {
  const body = '<div class="TRS_Editor"><p>根据条例要求，现公布本年度报告全文如下，请社会各界监督。</p><p>一、总体情况</p></div>';
  const withTitle = await read(`<title>白石镇2021年政府信息公开工作年度报告_青川县人民政府</title>${body}`);
  assert.deepEqual(texts(withTitle).slice(0, 2), [
    '白石镇2021年政府信息公开工作年度报告',
    '根据条例要求，现公布本年度报告全文如下，请社会各界监督。',
  ]);
  const ownTitle = await read(
    `<title>白石镇2021年政府信息公开工作年度报告_青川县人民政府</title><div class="TRS_Editor"><p>白石镇2021年政府信息公开工作年度报告</p>${body.slice(25)}`,
  );
  assert.equal(texts(ownTitle).filter((t) => t.includes('年度报告')).length, 2);
  assert.equal(texts(ownTitle)[0], '白石镇2021年政府信息公开工作年度报告');
  const siteOnly = await read(`<title>青川县人民政府</title>${body}`);
  assert.equal(texts(siteOnly)[0], '根据条例要求，现公布本年度报告全文如下，请社会各界监督。');
});

test('a page without a CMS container is trimmed to the report: logo and side column before, footer after', async () => {
  const doc = await read(
    '<div class="logo">青川县人民政府</div><div class="side">领导信息</div>' +
      '<div><p>白石镇2021年政府信息公开工作年度报告</p><p>根据条例，现公布本报告。</p><p>一、总体情况</p>' +
      '<p>全年主动公开信息186条。</p><p>青川县白石镇人民政府</p><p>2022年1月18日</p></div>' +
      '<div>联系我们</div><div>网站纠错</div>',
  );
  assert.deepEqual(texts(doc), [
    '白石镇2021年政府信息公开工作年度报告',
    '根据条例，现公布本报告。',
    '一、总体情况',
    '全年主动公开信息186条。',
    '青川县白石镇人民政府',
    '2022年1月18日',
  ]);
});

test('deeply nested unclosed tags are read without exhausting the stack', async () => {
  const doc = await read(`<body><div id="zoom">${'<div><font>字'.repeat(5000)}</div></body>`);
  assert.equal(texts(doc).join('').length, 5000);
});

test('positions: line and column of a paragraph, UTF-16 columns after CRLF lines', async () => {
  const doc = await read('<html>\r\n<body>\r\n  <p>　本报告依据条例编制。</p>\r\n</body></html>');
  // Column 6 holds the ideographic space the text starts with; the paragraph starts after it.
  assert.deepEqual(doc.blocks[0]?.loc, { line: 3, column: 7, endLine: 3, endColumn: 16 });
});

test('bad input: garbage is corrupt, a page without text is empty, in Chinese', async () => {
  let seed = 11;
  const garbage = new Uint8Array(2048).map(() => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed >> 16;
  });
  await rejects(garbage, 'corrupt', /二进制/);
  await rejects('<html><body></body></html>', 'empty', /没有可读的文字/);
  await rejects('<html><head><title>首页</title><script>var a = "文字";</script></head><body> </body></html>', 'empty', /没有可读的文字/);
  await rejects('<html><body><div class="nav"><a>首页</a><a>新闻</a><a>公开</a></div></body></html>', 'empty', /没有可读的文字/);
  await rejects('<html><body><p><img src="page1.png"><img src="page2.png"></p></body></html>', 'empty', /图片/);
  await rejects('<html><frameset><frame src="a.html"></frameset></html>', 'empty', /框架/);
});

test('the source block names the file and encoding; notes appear only when there is something to say', async () => {
  const doc = await read('<p>文字。</p>', null);
  assert.deepEqual(doc.source, { file: null, format: 'html', encoding: 'utf-8', bytes: 16 });
  assert.equal(doc.notes, undefined);
});
