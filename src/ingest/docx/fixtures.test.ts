/**
 * The DOCX fixtures, each written by a different producer (fixtures/docx/generate.ts), read back and compared with
 * the report they were generated from, plus hand-checked values and the quirks each producer exercises.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  activeTable,
  appealTable,
  LINXI,
  QINGHE,
  requestTable,
  WANGCHUAN,
  type TableSpec,
} from '../../../fixtures/docx/reports.js';
import type { Block, Document, Paragraph, Table } from '../document.js';
import { ingestFile } from '../index.js';
import { BODY_VOCABULARY, readBody, type BodyResult } from './body.js';
import { ingestDocx } from './index.js';
import { Numbering, NUMBERING_VOCABULARY } from './numbering.js';
import { StyleSheet, STYLES_VOCABULARY } from './styles.js';
import { child, parseXmlPart, type PartVocabulary, type XmlElement } from './xml.js';
import { openZip } from './zip.js';

const FIXTURES = new URL('../../../fixtures/docx/', import.meta.url);

async function load(name: string): Promise<Document> {
  const bytes = new Uint8Array(readFileSync(new URL(name, FIXTURES)));
  return ingestDocx(bytes, `fixtures/docx/${name}`);
}

const paragraphs = (doc: Document): Paragraph[] => doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const tables = (doc: Document): Table[] => doc.blocks.filter((b): b is Table => b.kind === 'table');
const headings = (doc: Document): Array<[number, string]> =>
  paragraphs(doc)
    .filter((p) => p.heading !== undefined)
    .map((p) => [p.heading ?? 0, p.text]);

/** The grid an HTML renderer would build from the spec (slots taken by spans are skipped), for comparison. */
function expectedGrid(spec: TableSpec): Array<Array<{ text: string; col: number; rowSpan: number; colSpan: number }>> {
  const taken: boolean[][] = [];
  return spec.map((row, r) => {
    let col = 0;
    return row.map((cell) => {
      while (taken[r]?.[col]) col++;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) (taken[r + dr] ??= [])[col + dc] = true;
      }
      const out = { text: cell.text, col, rowSpan, colSpan };
      col += colSpan;
      return out;
    });
  });
}

function assertTable(table: Table | undefined, spec: TableSpec): void {
  assert.ok(table, 'table missing');
  const actual = table.rows.map((row) =>
    row.cells.map(({ text, col, rowSpan, colSpan }) => ({ text, col, rowSpan, colSpan })),
  );
  assert.deepEqual(actual, expectedGrid(spec));
  assert.equal(table.reliableGrid, true);
}

/** Every cell's provenance agrees with its place: 1-based table, row and grid column, and a path. */
function assertProvenance(doc: Document): void {
  let index = 0;
  for (const block of doc.blocks) {
    assert.match(block.loc.path ?? '', /^word\/document\.xml#(p\d+|tbl\d+)$/);
    if (block.kind !== 'table') continue;
    index++;
    assert.equal(block.loc.table, index);
    block.rows.forEach((row, r) => {
      assert.equal(row.loc.row, r + 1);
      for (const cell of row.cells) {
        assert.equal(cell.loc.table, index);
        assert.equal(cell.loc.row, r + 1);
        assert.equal(cell.loc.cell, cell.col + 1);
        assert.match(cell.loc.path ?? '', new RegExp(`^word/document\\.xml#tbl${index}/tr${r + 1}/tc\\d+$`));
      }
    });
  }
}

const SIX_HEADINGS: Array<[number, string]> = [
  [1, '一、总体情况'],
  [1, '二、主动公开政府信息情况'],
  [1, '三、收到和处理政府信息公开申请情况'],
  [1, '四、政府信息公开行政复议、行政诉讼情况'],
  [1, '五、存在的主要问题及改进情况'],
  [1, '六、其他需要报告的事项'],
];

const cellText = (table: Table | undefined, row: number, col: number): string | undefined =>
  table?.rows[row]?.cells.find((c) => c.col === col)?.text;

test('docx library: typed headings, numbered sub-topics, merged cells, tracked changes, text box', async () => {
  const doc = await load('qinghe-docxlib-2021.docx');
  const size = readFileSync(new URL('qinghe-docxlib-2021.docx', FIXTURES)).length;
  assert.deepEqual(doc.source, { file: 'fixtures/docx/qinghe-docxlib-2021.docx', format: 'docx', bytes: size });
  assert.deepEqual(headings(doc), SIX_HEADINGS);
  const texts = paragraphs(doc).map((p) => p.text);
  assert.equal(texts[0], '青禾县白鹭镇人民政府2021年政府信息公开工作年度报告');
  assert.equal(texts[3], '（一）主动公开。全年在镇政府信息公开专栏发布各类信息214条，其中财政预决算信息12条、惠民补贴发放信息37条、乡村振兴项目信息25条，村务公开栏同步张贴公示材料96份。');
  assert.ok(texts[7]?.startsWith('（五）监督保障。'));
  // DeletedTextRun is gone, InsertedTextRun kept.
  assert.ok(!texts.some((t) => t.includes('此句已删除')));
  assert.ok(texts.includes('经研究，下一步将按季度制作政策图解，并在村务公开栏同步张贴，方便不常上网的群众查阅。'));
  // The VML text box follows its anchor paragraph.
  const anchor = texts.indexOf('联系方式见文本框：');
  assert.equal(texts[anchor + 1], '咨询电话：0000-5550123（工作日）');
  assert.deepEqual(texts.slice(-2), ['青禾县白鹭镇人民政府', '2022年1月24日']);
  // Header and footnote are not body text.
  assert.ok(!texts.some((t) => t.includes('页眉') || t.includes('脚注')));

  const [active, requests, appeals] = tables(doc);
  assert.equal(tables(doc).length, 3);
  assertTable(active, activeTable(QINGHE.active));
  assertTable(requests, requestTable(QINGHE.requests));
  assertTable(appeals, appealTable(QINGHE.appeals));
  // Hand-checked: （七）总计 is 9 natural persons, 12 in all; one natural person's application is carried forward.
  assert.equal(cellText(requests, 26, 3), '9');
  assert.equal(cellText(requests, 26, 9), '12');
  assert.equal(cellText(requests, 27, 3), '1');
  assert.equal(requests?.rows[5]?.cells[0]?.rowSpan, 22);
  assertProvenance(doc);
  assert.deepEqual(doc.notes?.map((n) => n.code), ['docx-tracked-changes']);
});

test('hand-written XML: numbering.xml labels, fields, TOC, text box once, nested table, moves', async () => {
  const doc = await load('wangchuan-handxml-2022.docx');
  assert.deepEqual(headings(doc), [
    [1, '一、总体情况'],
    [2, '（一）主动公开'],
    [2, '（二）依申请公开'],
    [2, '（三）政府信息管理'],
    [2, '（四）政府信息公开平台建设'],
    [2, '（五）监督保障'],
    ...SIX_HEADINGS.slice(1),
  ]);
  const texts = paragraphs(doc).map((p) => p.text);
  // The title's line break makes two paragraphs; the hidden run is not shown; the TOC's result is dropped.
  assert.deepEqual(texts.slice(0, 3), ['望川市生态环境局', '2022年政府信息公开工作年度报告', '目录']);
  assert.ok(!texts.some((t) => t.includes('内部审核稿')));
  assert.equal(texts.filter((t) => t.startsWith('一、总体情况')).length, 1);
  assert.equal(texts[3], WANGCHUAN.intro);
  assert.ok(!texts.some((t) => t.includes('征求意见稿') || t.includes('旧的小标题')));
  // The text box exists as DrawingML and as VML fallback; it is read once, after its anchor.
  const box = '本局网站地址：www.wangchuan.example/hbj';
  assert.equal(texts.filter((t) => t === box).length, 1);
  assert.equal(texts[texts.indexOf(box) - 1], '完成局网站适老化改造，新增“环评公示”专题栏目。');
  // moveFrom dropped, moveTo kept; a decimal list restarted by its num's startOverride; symbols; field results.
  assert.equal(texts[texts.indexOf('五、存在的主要问题及改进情况') + 1], WANGCHUAN.problems.parts[0]?.text);
  assert.ok(texts.includes('具体措施：2023年将把行政处罚信息公开时限压缩至作出决定后7个工作日内。'));
  assert.ok(texts.includes('1. ①压缩执法信息公开时限；✓已纳入2023年工作要点。'));
  assert.ok(texts.includes('2. 每季度通报一次各科室公开情况。'));
  assert.ok(texts.includes('详见望川市人民政府门户网站。联系电话： 0000-5550188'));
  assert.ok(!texts.some((t) => t.includes('HYPERLINK') || t.includes('DATE') || t.includes('页眉') || t.includes('脚注')));
  assert.deepEqual(texts.slice(-2), ['望川市生态环境局', '2023年1月18日']);

  const all = tables(doc);
  assert.equal(all.length, 5);
  const [outer, nested, active, requests, appeals] = all;
  // The nested table follows its outer table and its text is not repeated in the outer cell; gridBefore shifts.
  assert.deepEqual(
    outer?.rows.map((r) => r.cells.map((c) => [c.col, c.text])),
    [
      [[0, '栏目名称'], [1, '本年更新（条）']],
      [[0, '环境质量'], [1, '分项如下：']],
      [[1, '合计：408']],
    ],
  );
  assert.deepEqual(nested?.rows.map((r) => r.cells.map((c) => c.text)), [['空气质量', '312'], ['地表水', '96']]);
  assert.equal(nested?.loc.table, 2);
  assertTable(active, activeTable(WANGCHUAN.active));
  assertTable(requests, requestTable(WANGCHUAN.requests));
  assertTable(appeals, appealTable(WANGCHUAN.appeals));
  // Hand-checked: 予以公开 total corrected 28 → 29 under tracking; the total cell in a content control is read.
  assert.equal(cellText(requests, 5, 9), '29');
  assert.equal(cellText(requests, 3, 9), '64');
  assert.equal(cellText(requests, 26, 3), '48');
  assert.equal(cellText(requests, 26, 9), '65');
  assert.equal(cellText(requests, 27, 9), '3');
  assert.equal(cellText(appeals, 3, 4), '4');
  assertProvenance(doc);
  assert.equal(requests?.rows[5]?.cells[1]?.loc.path, 'word/document.xml#tbl4/tr6/tc2');
});

test('LibreOffice: outline numbering on Heading styles, ODF spans, line break, list', async () => {
  const doc = await load('linxi-libreoffice-2023.docx');
  assert.deepEqual(headings(doc), [
    [1, '一、总体情况'],
    [2, '（一）主动公开'],
    [2, '（二）依申请公开'],
    [2, '（三）政府信息管理'],
    [2, '（四）政府信息公开平台建设'],
    [2, '（五）监督保障'],
    ...SIX_HEADINGS.slice(1),
  ]);
  const texts = paragraphs(doc).map((p) => p.text);
  assert.deepEqual(texts.slice(1, 3), ['本报告由临溪县市场监督管理局编制，', '统计期限为2023年1月1日至12月31日。']);
  assert.ok(texts.includes('2.加强专栏内容日常巡查。'));
  const [active, requests, appeals] = tables(doc);
  assertTable(active, activeTable(LINXI.active));
  assertTable(requests, requestTable(LINXI.requests));
  assertTable(appeals, appealTable(LINXI.appeals));
  assert.equal(cellText(active, 13, 1), '12.56');
  assert.equal(cellText(requests, 26, 9), '22');
  assertProvenance(doc);
});

test('ingestFile routes a .docx by its content to this adapter', async () => {
  const doc = await ingestFile(new URL('qinghe-docxlib-2021.docx', FIXTURES).pathname);
  assert.equal(doc.source.format, 'docx');
  assert.ok(doc.blocks.some((b: Block) => b.kind === 'table'));
});

test("each producer's parts read the same built whole as built only as far as their vocabularies reach", () => {
  for (const name of ['linxi-libreoffice-2023.docx', 'qinghe-docxlib-2021.docx', 'wangchuan-handxml-2022.docx']) {
    const zip = openZip(new Uint8Array(readFileSync(new URL(name, FIXTURES))), name);
    const parse = (part: string, vocabulary?: PartVocabulary): XmlElement | null => {
      const data = zip.read(part);
      return data && parseXmlPart(data, part, name, vocabulary);
    };
    const read = (whole: boolean): BodyResult => {
      const body = child(parse('word/document.xml', whole ? undefined : BODY_VOCABULARY) ?? undefined, 'w:body');
      assert.ok(body, name);
      const styles = new StyleSheet(parse('word/styles.xml', whole ? undefined : STYLES_VOCABULARY));
      const numbering = new Numbering(parse('word/numbering.xml', whole ? undefined : NUMBERING_VOCABULARY));
      return readBody(body, { part: 'word/document.xml', styles, numbering });
    };
    const built = read(false);
    assert.ok(built.blocks.length > 10, name);
    assert.deepEqual(built, read(true), name);
  }
});
