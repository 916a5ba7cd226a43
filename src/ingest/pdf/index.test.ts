import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { GongkaiError } from '../../errors.js';
import { extractReport } from '../../extract/index.js';
import { flattenValues } from '../../model/values.js';
import type { Document, Paragraph, Table } from '../document.js';
import * as pdf from './index.js';
import { ingestPdf } from './index.js';

const fixture = (name: string) => new URL(`../../../fixtures/pdf/${name}`, import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(name)));

// Each fixture is read once; the reader thread takes a second or two.
const cache = new Map<string, Promise<Document>>();
const read = (name: string) => {
  let doc = cache.get(name);
  if (!doc) cache.set(name, (doc = ingestPdf(bytesOf(name), `fixtures/pdf/${name}`)));
  return doc;
};

const paragraphs = (doc: Document) => doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const tables = (doc: Document) => doc.blocks.filter((b): b is Table => b.kind === 'table');
const rowTexts = (table: Table | undefined) => (table?.rows ?? []).map((r) => r.cells.map((c) => c.text));
const rowStarting = (table: Table | undefined, label: string) => table?.rows.find((r) => r.cells.some((c) => c.text === label));

async function rejectsWith(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof GongkaiError);
    assert.equal(error.code, code);
    assert.match(error.message, message);
    return true;
  });
}

test('public API: ingestPdf, its defaults and nothing else', () => {
  assert.deepEqual(Object.keys(pdf).sort(), ['PDF_DEFAULTS', 'ingestPdf']);
  assert.deepEqual(pdf.PDF_DEFAULTS, { maxPages: 200, timeoutMs: 60_000 });
});

test('Chromium, ruled: source, title, headings and prose paragraphs rebuilt from wrapped lines', async () => {
  const doc = await read('chromium-ruled.pdf');
  assert.deepEqual(doc.source, { file: 'fixtures/pdf/chromium-ruled.pdf', format: 'pdf', bytes: readFileSync(fixture('chromium-ruled.pdf')).length });
  const texts = paragraphs(doc).map((p) => p.text);
  assert.equal(texts[0], '江屿市望川区民政局2022年政府信息公开工作年度报告');
  for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
    assert.ok(texts.includes(heading), heading);
  }
  // Three printed lines, with 一 and 门户 printed from radicals (⼀, ⼾) by the font; joined and repaired.
  assert.ok(
    texts.includes(
      '（一）主动公开。全年在区政府门户网站“民政信息”专栏发布信息216条，其中低保、特困供养资金发放情况按月公开，养老机构备案、社会组织登记结果随办随公开。制发行政规范性文件3件，废止1件，均在门户网站同步公开并附政策解读。',
    ),
  );
  assert.ok(texts.includes('（三）政府信息管理。落实公开属性源头认定，公文拟稿时同步标注“主动公开”“依申请公开”或“不予公开”。对2018年以来制发的政策文件进行清理，标注失效文件14件。'));
  const para = paragraphs(doc).find((p) => p.text.startsWith('（一）主动公开'));
  assert.deepEqual(para?.loc, { page: 1, line: 9, endLine: 11 });
  assert.deepEqual(texts.slice(-2), ['江屿市望川区民政局', '2023年1月16日']);
});

test('Chromium, ruled: no radical code points survive anywhere', async () => {
  const doc = await read('chromium-ruled.pdf');
  const all = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.flatMap((r) => r.cells.map((c) => c.text)).join(''))).join('');
  assert.doesNotMatch(all, /[\u2e80-\u2fdf]/u);
  assert.match(all, /一/);
});

test('Chromium, ruled: the running header and "- N -" page numbers are gone', async () => {
  const doc = await read('chromium-ruled.pdf');
  const agencyOnly = paragraphs(doc).filter((p) => p.text === '江屿市望川区民政局');
  assert.deepEqual(
    agencyOnly.map((p) => p.loc.page),
    [3],
  );
  assert.equal(
    paragraphs(doc).some((p) => /^-\s*\d+\s*-$/.test(p.text)),
    false,
  );
});

test('Chromium, ruled: Table A keeps its merged caption and value cells', async () => {
  const [tableA] = tables(await read('chromium-ruled.pdf'));
  assert.equal(tableA?.reliableGrid, true);
  assert.equal(tableA?.rows.length, 14);
  assert.deepEqual(rowTexts(tableA).slice(0, 4), [
    ['第二十条第（一）项'],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', '0', '0', '0'],
    ['行政规范性文件', '3', '1', '12'],
  ]);
  assert.equal(tableA?.rows[0]?.cells[0]?.colSpan, 4);
  const licensing = rowStarting(tableA, '行政许可');
  assert.deepEqual(
    licensing?.cells.map((c) => [c.text, c.col, c.colSpan]),
    [
      ['行政许可', 0, 1],
      ['146', 1, 3],
    ],
  );
  assert.deepEqual(rowTexts(tableA)[13], ['行政事业性收费', '1.35']);
});

test('Chromium, ruled: Table B with the template merges, wrapped labels whole, values in column order', async () => {
  const tableB = tables(await read('chromium-ruled.pdf'))[1];
  assert.equal(tableB?.rows.length, 28);
  const note = tableB?.rows[0]?.cells[0];
  assert.equal(note?.text, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
  assert.deepEqual([note?.rowSpan, note?.colSpan], [3, 3]);
  assert.deepEqual(rowTexts(tableB)[3], ['一、本年新收政府信息公开申请数量', '23', '4', '0', '1', '2', '1', '31']);
  const outcome = rowStarting(tableB, '三、本年度办理结果');
  assert.deepEqual(
    outcome?.cells.slice(0, 2).map((c) => [c.text, c.rowSpan, c.colSpan]),
    [
      ['三、本年度办理结果', 22, 1],
      ['（一）予以公开', 1, 2],
    ],
  );
  assert.deepEqual(rowTexts(tableB)[6], ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '3', '1', '0', '0', '0', '0', '4']);
  assert.deepEqual(rowTexts(tableB)[23], ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '1', '0', '0', '0', '0', '0', '1']);
  assert.deepEqual(rowTexts(tableB)[27], ['四、结转下年度继续办理', '1', '1', '0', '0', '0', '1', '3']);
});

test('Chromium, ruled: Table C continues from page 2 onto page 3, with provenance per cell', async () => {
  const doc = await read('chromium-ruled.pdf');
  const tableC = tables(doc)[2];
  assert.equal(tables(doc).length, 3);
  assert.equal(tableC?.rows.length, 4);
  assert.deepEqual(tableC?.loc, { page: 2, table: 3, line: 55 });
  const values = tableC?.rows[3];
  assert.deepEqual(
    values?.cells.map((c) => c.text),
    ['1', '0', '0', '1', '2', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0'],
  );
  assert.deepEqual(values?.cells[4]?.loc, { page: 3, table: 3, row: 4, cell: 5, line: 2 });
});

test('LibreOffice from DOCX: footer 第 N 页 共 M 页 and header removed, Table B merged across the page break', async () => {
  const doc = await read('libreoffice-docx.pdf');
  const texts = paragraphs(doc).map((p) => p.text);
  assert.equal(texts[0], '青岚县石泉乡人民政府2023年政府信息公开工作年度报告');
  assert.equal(
    texts.some((t) => /第\s*\d+\s*页|政务公开$/.test(t)),
    false,
  );
  assert.ok(texts.includes('（二）依申请公开。全年新收申请7件，上年结转1件，已办结7件，结转下年度1件，涉及土地承包和房屋征收补偿信息。'));
  const tableB = tables(doc)[1];
  assert.equal(tables(doc).length, 3);
  assert.equal(tableB?.rows.length, 28);
  // The merged cells cut by the page break are one cell again.
  assert.equal(rowStarting(tableB, '三、本年度办理结果')?.cells[0]?.rowSpan, 22);
  const withheld = rowStarting(tableB, '（三）不予公开');
  assert.equal(withheld?.cells[0]?.rowSpan, 8);
  assert.equal(withheld?.loc.page, 1);
  const third = rowStarting(tableB, '3.危及“三安全一稳定”');
  assert.equal(third?.loc.page, 2);
  assert.deepEqual(
    third?.cells.map((c) => [c.col, c.text]),
    [
      [2, '3.危及“三安全一稳定”'],
      [3, '0'],
      [4, '0'],
      [5, '0'],
      [6, '0'],
      [7, '0'],
      [8, '0'],
      [9, '0'],
    ],
  );
  assert.deepEqual(rowTexts(tableB)[26], ['（七）总计', '6', '1', '0', '0', '0', '0', '7']);
});

test('two pages without cell borders: columns by alignment, Table B across the break, repeated header dropped', async () => {
  const doc = await read('two-page-unruled.pdf');
  const all = tables(doc);
  assert.equal(all.length, 3);
  assert.ok(all.every((t) => t.reliableGrid === false));
  const tableB = all[1];
  assert.equal(tableB?.rows.length, 28);
  assert.equal(tableB?.rows.filter((r) => r.cells.some((c) => c.text === '申请人情况')).length, 1);
  assert.deepEqual(rowTexts(tableB)[3], ['一、本年新收政府信息公开申请数量', '9', '2', '0', '0', '1', '0', '12']);
  assert.equal(tableB?.rows[3]?.loc.page, 1);
  const fee = rowStarting(tableB, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
  assert.equal(fee?.loc.page, 2);
  assert.deepEqual(
    fee?.cells.map((c) => c.text).slice(1),
    ['0', '0', '0', '0', '0', '0', '0'],
  );
  assert.deepEqual(rowTexts(tableB)[27], ['四、结转下年度继续办理', '1', '0', '0', '0', '0', '0', '1']);
  const texts = paragraphs(doc).map((p) => p.text);
  assert.equal(
    texts.some((t) => /^\d\/\d$|政府信息公开$/.test(t)),
    false,
  );
  assert.deepEqual(rowTexts(all[2]).at(-1), ['0', '1', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
});

test('no borders and middle-aligned cells: one Table B, label pieces as rows of their own, numbers in place', async () => {
  const doc = await read('chromium-unruled-middle.pdf');
  const all = tables(doc);
  assert.equal(all.length, 3);
  const tableB = all[1];
  assert.equal(tableB?.reliableGrid, false);
  assert.deepEqual(rowTexts(tableB).find((r) => r[0] === '一、本年新收政府信息公开申请数量'), ['一、本年新收政府信息公开申请数量', '23', '4', '0', '1', '2', '1', '31']);
  assert.deepEqual(rowTexts(tableB).at(-1), ['四、结转下年度继续办理', '1', '1', '0', '0', '0', '1', '3']);
  // 5.要求行政机关确认或重新出具已获取信息: the numbers sit between the two label lines, all three join one row.
  assert.deepEqual(rowTexts(tableB).find((r) => r[0]?.startsWith('5.要求行政机关')), ['5.要求行政机关确认或重新出具已获取信息', '0', '0', '0', '0', '0', '0', '0']);
  // 三、本年度办理结果, centred over 22 rows, is cut into pieces that stay inside the table.
  assert.ok(rowTexts(tableB).some((r) => r.includes('三、本年度')));
  assert.equal(
    paragraphs(doc).some((p) => /第\s*\d+\s*页/.test(p.text)),
    false,
  );
});

test('the extractor reads every value of the fixture reports', async () => {
  for (const [name, values] of [
    ['chromium-ruled', 'chromium-ruled'],
    ['chromium-unruled-middle', 'chromium-ruled'],
    // CID TrueType fonts with Identity-H encoding, as Word prints 宋体: worker patch 15 reads no glyph outline.
    ['chromium-truetype', 'chromium-ruled'],
    ['libreoffice-docx', 'libreoffice-docx'],
    ['two-page-unruled', 'two-page-unruled'],
  ] as const) {
    const expected = JSON.parse(readFileSync(fixture(`${values}.json`), 'utf8')) as {
      meta: { agency: string; year: number; publishedDate: string };
      values: Record<string, number>;
    };
    const report = extractReport(await read(`${name}.pdf`));
    assert.deepEqual(Object.fromEntries(flattenValues(report, '2021')), expected.values, name);
    assert.deepEqual([report.meta.agency, report.meta.year, report.meta.publishedDate], [expected.meta.agency, expected.meta.year, expected.meta.publishedDate], name);
  }
});

test('a copy-protected PDF without an open password is read normally', async () => {
  const doc = await read('permissions-only.pdf');
  assert.equal(paragraphs(doc)[0]?.text, '青岚县石泉乡人民政府2023年政府信息公开工作年度报告');
});

test('a page with only an image: needs-ocr', async () => {
  await rejectsWith(ingestPdf(bytesOf('scanned.pdf'), 'scan.pdf'), 'needs-ocr', /没有文本层.*OCR/);
});

test('an open password: encrypted', async () => {
  await rejectsWith(ingestPdf(bytesOf('encrypted.pdf'), 'enc.pdf'), 'encrypted', /密码/);
});

test('a truncated download and a broken structure: corrupt', async () => {
  await rejectsWith(ingestPdf(bytesOf('truncated.pdf'), 'cut.pdf'), 'corrupt', /不完整/);
  const broken = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
  await rejectsWith(ingestPdf(broken, 'broken.pdf'), 'corrupt', /PDF/);
});

test('the time limit stops the reader', async () => {
  await rejectsWith(ingestPdf(bytesOf('chromium-ruled.pdf'), 'slow.pdf', { timeoutMs: 1 }), 'too-large', /超时/);
});

test('a Buffer passed in stays usable after the hand-over to the reader thread', async () => {
  const buffer = readFileSync(fixture('permissions-only.pdf'));
  const size = buffer.byteLength;
  const doc = await ingestPdf(buffer, 'buffer.pdf');
  assert.equal(paragraphs(doc)[0]?.text, '青岚县石泉乡人民政府2023年政府信息公开工作年度报告');
  assert.equal(buffer.byteLength, size);
});

test('the page cap reads the first pages and says so', async () => {
  const doc = await ingestPdf(bytesOf('chromium-ruled.pdf'), 'capped.pdf', { maxPages: 1 });
  assert.ok(doc.blocks.every((b) => b.loc.page === 1));
  assert.deepEqual(doc.notes, [{ code: 'pages-truncated', message: 'PDF 共 3 页，只读取了前 1 页' }]);
});
