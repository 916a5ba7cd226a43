import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { readReportJson } from './json.js';
import { readXlsxReport, renderXlsx } from './xlsx.js';

const fixture = (name: string) =>
  readReportJson(readFileSync(new URL(`../../fixtures/render/${name}`, import.meta.url), 'utf8'), name);

async function workbookOf(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await renderXlsx(fixture(name))) as unknown as ExcelJS.Buffer);
  return workbook;
}

function merges(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.model as unknown as { merges: string[] }).merges;
}

test('XLSX has the sheets 表二, 表三, 表四 and 数据', async () => {
  const workbook = await workbookOf('sample-2021.json');
  assert.deepEqual(workbook.worksheets.map((s) => s.name), ['表二', '表三', '表四', '数据']);
});

test('XLSX table sheets: official merged headers, numeric cells, fee with two decimals', async () => {
  const workbook = await workbookOf('sample-2021.json');
  const b = workbook.getWorksheet('表三');
  assert.ok(b);
  // Row 1 is the section heading; the template grid starts on row 2.
  assert.equal(b.getCell('A1').value, '三、收到和处理政府信息公开申请情况');
  assert.equal(b.getCell('A2').value, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
  const bMerges = merges(b);
  for (const range of ['A2:C4', 'D2:J2', 'D3:D4', 'E3:I3', 'J3:J4', 'A7:A28', 'B9:B16', 'A5:C5', 'A29:C29']) {
    assert.ok(bMerges.includes(range), `表三 lacks merge ${range}: ${bMerges.join(' ')}`);
  }
  assert.equal(b.getCell('A7').value, '三、本年度办理结果');
  assert.equal(b.getCell('J5').value, 6);
  assert.equal(typeof b.getCell('D5').value, 'number');

  const a = workbook.getWorksheet('表二');
  assert.ok(a);
  const fee = a.getCell('B15');
  assert.equal(fee.value, 0.35);
  assert.equal(fee.numFmt, '0.00');
  assert.ok(merges(a).includes('B15:D15'));
  assert.ok(merges(a).includes('A2:D2'), 'caption across the grid');

  const c = workbook.getWorksheet('表四');
  assert.ok(c);
  assert.ok(merges(c).includes('F2:O2'), '行政诉讼 over ten columns');
  assert.ok(merges(c).includes('A3:A4'));
  assert.equal(c.getCell('A5').value, 1);
});

test('XLSX blank cells stay empty, not 0', async () => {
  const workbook = await workbookOf('hostile-2021.json');
  const b = workbook.getWorksheet('表三');
  // requests.granted.research: row （一）予以公开 is grid row 5 → sheet row 7; 科研机构 is column F.
  assert.equal(b?.getCell('F7').value, null);
  assert.equal(b?.getCell('E7').value, 1);
});

test('XLSX 数据 sheet lists key, label, value and reads back as the same report', async () => {
  const report = fixture('sample-2019.json');
  const bytes = await renderXlsx(report);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const data = workbook.getWorksheet('数据');
  assert.deepEqual((data?.getRow(1).values as unknown[]).slice(1), ['key', 'label', 'value']);
  assert.deepEqual((data?.getRow(2).values as unknown[]).slice(1), ['meta.agency', '发布机关', '青禾县柳湾镇人民政府']);
  const back = await readXlsxReport(bytes);
  assert.ok(back);
  assert.deepEqual(back.active, report.active);
  assert.deepEqual(back.requests, report.requests);
  assert.deepEqual(back.appeals, report.appeals);
  assert.deepEqual(
    [back.meta.agency, back.meta.year, back.meta.publishedDate, back.meta.formatVersion],
    ['青禾县柳湾镇人民政府', 2020, '2021-01-25', '2019'],
  );
});
