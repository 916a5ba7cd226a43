/** Body reading on small hand-written packages, one quirk of WordprocessingML at a time. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import type { Document, Paragraph, Table } from '../document.js';
import { ingestDocx } from './index.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

interface Parts {
  styles?: string;
  numbering?: string;
  /** Name of the main part, to check that it is found through the package relationships. */
  main?: string;
}

async function read(body: string, parts: Parts = {}): Promise<Document> {
  const main = parts.main ?? 'word/document.xml';
  const rels = [
    parts.styles ? `<Relationship Id="r1" Type="${REL}/styles" Target="styles.xml"/>` : '',
    parts.numbering ? `<Relationship Id="r2" Type="${REL}/numbering" Target="numbering.xml"/>` : '',
  ].join('');
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r0" Type="${REL}/officeDocument" Target="/${main}"/></Relationships>`,
    ),
    [main.replace(/([^/]+)$/, '_rels/$1.rels')]: strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
    [main]: strToU8(`<w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>${body}</w:body></w:document>`),
  };
  if (parts.styles) files['word/styles.xml'] = strToU8(`<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
  return ingestDocx(zipSync(files), null);
}

const r = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (inner: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const texts = (doc: Document): string[] => doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph').map((b) => b.text);
const tables = (doc: Document): Table[] => doc.blocks.filter((b): b is Table => b.kind === 'table');
const begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>';
const separate = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';
const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
const instr = (code: string): string => `<w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>`;

test('text pieces: tab and ptab as a space, breaks split, empty paragraphs dropped, indentation trimmed', async () => {
  const doc = await read(
    p(`${r('\u3000\u3000第一行')}<w:r><w:tab/><w:t>甲</w:t><w:cr/><w:t>第二行</w:t><w:noBreakHyphen/><w:t>乙</w:t><w:br w:type="page"/></w:r>`) +
      p(r('   ')) +
      p(''),
  );
  assert.deepEqual(texts(doc), ['第一行 甲', '第二行-乙']);
});

test('one branch of mc:AlternateContent, not both', async () => {
  const doc = await read(
    `<mc:AlternateContent><mc:Choice Requires="w14">${p(r('选择'))}</mc:Choice><mc:Fallback>${p(r('备选'))}</mc:Fallback></mc:AlternateContent>` +
      p(`${r('锚点')}<w:r><mc:AlternateContent><mc:Choice Requires="wpc"><w:drawing/></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${p(r('框'))}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`),
  );
  assert.deepEqual(texts(doc), ['选择', '锚点', '框']);
});

test('fields: nested codes hidden, results kept, across paragraphs', async () => {
  const doc = await read(
    p(`${begin}${instr(' IF ')}${begin}${instr(' MERGEFIELD 单位 ')}${separate}${r('内层结果')}${end}${instr(' = "" "甲" "乙" ')}${separate}${r('乙')}${end}`) +
      p(`${r('页码：')}${begin}${instr(' PAGE ')}${separate}`) +
      p(`${r('3')}${end}${r('。')}`),
  );
  assert.deepEqual(texts(doc), ['乙', '页码：', '3。']);
});

test('tracked changes: insertions kept; deletions, moves away and deleted rows dropped', async () => {
  const doc = await read(
    p(`<w:ins w:id="1">${r('新增')}</w:ins><w:del w:id="2"><w:r><w:delText>删除</w:delText></w:r></w:del><w:moveFrom w:id="3">${r('移走')}</w:moveFrom><w:moveTo w:id="4">${r('移来')}</w:moveTo>`) +
      '<w:tbl><w:tr><w:tc>' + p(r('甲')) + '</w:tc><w:tc>' + p(r('乙')) + '</w:tc></w:tr>' +
      '<w:tr><w:trPr><w:del w:id="5"/></w:trPr><w:tc>' + p(r('删行')) + '</w:tc><w:tc>' + p(r('删行')) + '</w:tc></w:tr>' +
      '<w:tr><w:tc>' + p(r('丙')) + '</w:tc><w:tc>' + p(r('丁')) + '</w:tc></w:tr></w:tbl>',
  );
  assert.deepEqual(texts(doc), ['新增移来']);
  assert.deepEqual(tables(doc)[0]?.rows.map((row) => row.cells.map((c) => c.text)), [['甲', '乙'], ['丙', '丁']]);
  assert.deepEqual(doc.notes?.map((n) => n.code), ['docx-tracked-changes']);
});

test('merges: vMerge runs end where a row does not continue them; hMerge; a stray continuation starts a merge', async () => {
  const tc = (text: string, props = ''): string => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${p(text ? r(text) : '')}</w:tc>`;
  const doc = await read(
    '<w:tbl>' +
      `<w:tr>${tc('A', '<w:vMerge w:val="restart"/>')}${tc('B', '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge/>')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge w:val="continue"/>')}${tc('C')}${tc('D', '<w:vMerge/>')}</w:tr>` +
      `<w:tr>${tc('E')}${tc('F')}${tc('', '<w:vMerge/>')}</w:tr>` +
      '</w:tbl>',
  );
  assert.deepEqual(
    tables(doc)[0]?.rows.map((row) => row.cells.map((c) => [c.text, c.col, c.rowSpan, c.colSpan])),
    [
      [['A', 0, 2, 1], ['B', 1, 1, 2]],
      [['C', 1, 1, 1], ['D', 2, 2, 1]],
      [['E', 0, 1, 1], ['F', 1, 1, 1]],
    ],
  );
});

test('a single-cell frame is unwrapped in place and does not count as a table', async () => {
  const inner = `<w:tbl><w:tr><w:tc>${p(r('甲'))}</w:tc><w:tc>${p(r('乙'))}</w:tc></w:tr></w:tbl>`;
  const doc = await read(`<w:tbl><w:tr><w:tc>${p(r('框内标题'))}${inner}${p(r('框内正文'))}</w:tc></w:tr></w:tbl>${p(r('框外'))}`);
  assert.deepEqual(
    doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : `table ${b.loc.table}`)),
    ['框内标题', 'table 1', '框内正文', '框外'],
  );
});

test('content controls, custom XML, hyperlinks and smart tags are read through; bookmarks ignored', async () => {
  const doc = await read(
    `<w:sdt><w:sdtPr/><w:sdtContent>${p(`<w:bookmarkStart w:id="0" w:name="a"/><w:hyperlink r:id="x" xmlns:r="${REL}">${r('链接')}</w:hyperlink><w:bookmarkEnd w:id="0"/><w:sdt><w:sdtContent>${r('控件')}</w:sdtContent></w:sdt>`)}</w:sdtContent></w:sdt>` +
      `<w:customXml w:element="x">${p(`<w:smartTag>${r('标记')}</w:smartTag><w:fldSimple w:instr=" NUMPAGES ">${r('9')}</w:fldSimple>`)}</w:customXml>`,
  );
  assert.deepEqual(texts(doc), ['链接控件', '标记9']);
});

test('symbols, hidden runs, footnote references', async () => {
  const doc = await read(
    p(`<w:r><w:sym w:font="Symbol" w:char="F0B4"/><w:sym w:font="宋体" w:char="2461"/><w:sym w:font="Wingdings" w:char="F0A8"/><w:sym w:font="Webdings" w:char="F021"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>`),
  );
  assert.deepEqual(texts(doc), ['×②□显示']);
});

test('headings from paragraph outline level, style names through basedOn, and body-text level', async () => {
  const styles =
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="Heading 2"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="小节标题"/><w:basedOn w:val="H2"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="CN3"><w:name w:val="标题 3"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="循环"/><w:basedOn w:val="Loop"/></w:style>';
  const doc = await read(
    p(r('甲'), '<w:outlineLvl w:val="0"/>') +
      p(r('乙'), '<w:pStyle w:val="Sub"/>') +
      p(r('丙'), '<w:pStyle w:val="CN3"/>') +
      p(r('丁'), '<w:pStyle w:val="H2"/><w:outlineLvl w:val="9"/>') +
      p(r('戊'), '<w:pStyle w:val="Loop"/>') +
      p(r('己')),
    { styles },
  );
  assert.deepEqual(
    doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.heading] : [])),
    [['甲', 1], ['乙', 2], ['丙', 3], ['丁', undefined], ['戊', undefined], ['己', undefined]],
  );
});

test('numbering from the style chain; numId 0 switches it off; the main part is found through relationships', async () => {
  const styles =
    '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="H1b"><w:name w:val="章标题"/><w:basedOn w:val="H1"/></w:style>';
  const numbering =
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
  const doc = await read(
    p(r('总体情况'), '<w:pStyle w:val="H1"/>') +
      p(r('未编号'), '<w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
      p(r('主动公开政府信息情况'), '<w:pStyle w:val="H1b"/>') +
      p('', '<w:pStyle w:val="H1"/>') +
      p(r('收到和处理政府信息公开申请情况'), '<w:pStyle w:val="H1"/><w:numPr><w:ilvl w:val="0"/></w:numPr>'),
    { styles, numbering, main: 'word/document2.xml' },
  );
  assert.deepEqual(texts(doc), ['一、总体情况', '未编号', '二、主动公开政府信息情况', '三、', '四、收到和处理政府信息公开申请情况']);
  assert.equal(doc.blocks[0]?.loc.path, 'word/document2.xml#p1');
});

test('embedded alien content (altChunk) is reported, not silently lost', async () => {
  const doc = await read(`${p(r('前'))}<w:altChunk r:id="rId9" xmlns:r="${REL}"/>`);
  assert.deepEqual(texts(doc), ['前']);
  assert.deepEqual(doc.notes?.map((n) => n.code), ['docx-alt-chunk']);
});

test('a damaged styles part costs the headings, not the document', async () => {
  const doc = await read(p(r('总体情况'), '<w:pStyle w:val="H1"/>'), { styles: '<w:style w:styleId="H1">' });
  assert.deepEqual(doc.blocks, [{ kind: 'paragraph', text: '总体情况', loc: { path: 'word/document.xml#p1' } }]);
  assert.deepEqual(doc.notes?.map((n) => n.code), ['docx-part-unreadable']);
  assert.match(doc.notes?.[0]?.message ?? '', /word\/styles\.xml 不是有效的 XML/);
});

test('of a property given twice, the first counts', async () => {
  const styles =
    '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/></w:style>';
  const doc = await read(
    p(r('标题'), '<w:pStyle w:val="H2"/><w:pStyle w:val="H1"/>') +
      `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:gridSpan w:val="3"/></w:tcPr>${p(r('甲'))}</w:tc><w:tc>${p(r('乙'))}</w:tc></w:tr></w:tbl>`,
    { styles },
  );
  assert.equal(doc.blocks[0]?.kind === 'paragraph' && doc.blocks[0].heading, 2);
  assert.deepEqual(tables(doc)[0]?.rows[0]?.cells.map((c) => [c.text, c.col, c.colSpan]), [['甲', 0, 2], ['乙', 2, 1]]);
});

test('of two paragraph styles with one id the later counts, character styles do not, and the last default is the default', async () => {
  const styles =
    '<w:style w:type="paragraph" w:styleId="S"><w:name w:val="heading 1"/></w:style>' +
    '<w:style w:type="character" w:styleId="S"><w:name w:val="heading 4"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="S"><w:name w:val="heading 2"/></w:style>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="A"><w:name w:val="heading 5"/></w:style>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="B"><w:name w:val="heading 6"/></w:style>' +
    '<w:style w:type="paragraph" w:default="0" w:styleId="C"><w:name w:val="heading 7"/></w:style>';
  const doc = await read(p(r('甲'), '<w:pStyle w:val="S"/>') + p(r('乙')) + p(r('丙'), '<w:pStyle w:val="A"/>'), { styles });
  assert.deepEqual(
    doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.heading] : [])),
    [['甲', 2], ['乙', 6], ['丙', 5]],
  );
});

test('a damaged numbering part is noted even when no paragraph is numbered', async () => {
  const doc = await read(p(r('甲')), { numbering: '<w:abstractNum w:abstractNumId="0">' });
  assert.deepEqual(texts(doc), ['甲']);
  assert.deepEqual(doc.notes?.map((n) => n.code), ['docx-part-unreadable']);
  assert.match(doc.notes?.[0]?.message ?? '', /word\/numbering\.xml 不是有效的 XML/);
});
