/**
 * Spreadsheet (exceljs): sheets 表二, 表三, 表四 with the template's merged headers and numeric cells, and a flat
 * sheet 数据 of canonical key, label and value that `readXlsxReport` reads back.
 */
import ExcelJS from 'exceljs';
import type { CanonicalReport } from '../model/report.js';
import { reportContent, xmlSafe } from './content.js';
import { flatRows, reportFromFlatRows } from './flat.js';
import { columnShares, type GridTable } from './grid.js';
import { stableOoxml } from './ooxml.js';

export const DATA_SHEET = '数据';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: '宋体', size: 10 };
/** exceljs's PaperSize.A4; its enum is `const` and cannot be imported under isolatedModules. */
const A4 = 9;

/** The report as an .xlsx workbook. */
export async function renderXlsx(report: CanonicalReport): Promise<Uint8Array> {
  const content = reportContent(report);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gongkai';
  workbook.title = content.title;
  for (const section of content.sections) {
    if (section.table) tableSheet(workbook, `表${section.table.ordinal}`, section.heading, section.table);
  }
  dataSheet(workbook, report);
  return stableOoxml(new Uint8Array(await workbook.xlsx.writeBuffer()), report.meta.publishedDate);
}

function tableSheet(workbook: ExcelJS.Workbook, name: string, heading: string, grid: GridTable): void {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: A4 as never, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const totalChars = grid.table === 'requests' ? 110 : 80;
  const widths = columnShares(grid).map((share) => Math.max(6, Math.round(share * totalChars)));
  widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  sheet.mergeCells(1, 1, 1, grid.width);
  const title = sheet.getCell(1, 1);
  title.value = heading;
  title.font = { ...FONT, size: 12, bold: true };

  const top = 2; // grid row 0 goes to sheet row 2
  for (let r = 0; r < grid.rows.length; r++) {
    for (let c = 0; c < grid.width; c++) {
      const cell = sheet.getCell(top + r, c + 1);
      cell.border = BORDER;
      cell.font = FONT;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    }
  }
  grid.rows.forEach((row, r) => {
    for (const g of row) {
      const cell = sheet.getCell(top + r, g.col + 1);
      if (g.role === 'value') {
        cell.value = g.value ?? null;
        cell.numFmt = g.valueType === 'decimal' ? '0.00' : '0';
      } else {
        cell.value = g.text;
        if (g.role === 'label') cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
        if (g.role === 'caption') cell.font = { ...FONT, bold: true };
      }
      if (g.rowSpan > 1 || g.colSpan > 1) {
        sheet.mergeCells(top + r, g.col + 1, top + r + g.rowSpan - 1, g.col + g.colSpan);
      }
    }
  });
  grid.rows.forEach((row, r) => {
    const lines = Math.max(1, ...row.map((g) => linesNeeded(g.text, widths.slice(g.col, g.col + g.colSpan), g.rowSpan)));
    sheet.getRow(top + r).height = 14 * lines;
  });
  if (grid.headerRows) sheet.pageSetup.printTitlesRow = `${top}:${top + grid.headerRows - 1}`;
}

/**
 * Lines a wrapped cell needs, per grid row it spans: spreadsheets do not grow rows for wrapped text by themselves.
 * Column widths count Latin characters; a Chinese character takes two.
 */
function linesNeeded(text: string, widths: number[], rowSpan: number): number {
  const room = widths.reduce((a, b) => a + b, 0) - 1;
  const units = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
  return Math.ceil(Math.ceil(units / Math.max(room, 1)) / rowSpan);
}

function dataSheet(workbook: ExcelJS.Workbook, report: CanonicalReport): void {
  const sheet = workbook.addWorksheet(DATA_SHEET);
  sheet.columns = [
    { header: 'key', key: 'key', width: 44 },
    { header: 'label', key: 'label', width: 80 },
    { header: 'value', key: 'value', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of flatRows(report)) {
    const added = sheet.addRow({
      key: row.key,
      label: row.label,
      value: typeof row.value === 'string' ? xmlSafe(row.value) : row.value,
    });
    if (typeof row.value === 'number' && row.decimal) added.getCell('value').numFmt = '0.00';
  }
}

/** A report from the 数据 sheet of a workbook this module wrote; null when the workbook has no such sheet. */
export async function readXlsxReport(bytes: Uint8Array): Promise<CanonicalReport | null> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(DATA_SHEET);
  if (!sheet) return null;
  const rows: Array<{ key: string; value: string | number | null }> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const key = row.getCell(1).value;
    const value = row.getCell(3).value;
    if (typeof key !== 'string') return;
    rows.push({ key, value: typeof value === 'number' || typeof value === 'string' ? value : null });
  });
  return reportFromFlatRows(rows);
}
