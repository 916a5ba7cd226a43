/**
 * Editable Word document (docx library): A4 with official-document margins, 宋体 title, 黑体 section headings,
 * 仿宋_GB2312 body, the three tables with the template's merged cells (rowSpan/columnSpan), the 落款 at the right.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { CanonicalReport } from '../model/report.js';
import { reportContent } from './content.js';
import { columnShares, type GridCell, type GridTable } from './grid.js';
import { stableOoxml } from './ooxml.js';

const LATIN = 'Times New Roman';
/** East-Asian font names as Chinese Word installations know them; a run names both so each script gets its font. */
const FONTS = {
  body: { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: '仿宋_GB2312' },
  song: { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: '宋体' },
  hei: { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: '黑体' },
};

const PAGE = { width: 11906, height: 16838 }; // A4 in twips
const MARGIN = {
  top: convertMillimetersToTwip(37),
  bottom: convertMillimetersToTwip(35),
  left: convertMillimetersToTwip(28),
  right: convertMillimetersToTwip(26),
};
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Half-points: 二号 22pt for the title, 三号 16pt for text, 小五 9pt in tables. */
const SIZE = { title: 44, body: 32, table: 18 };

/** The report as a .docx file. */
export async function renderDocx(report: CanonicalReport): Promise<Uint8Array> {
  const content = reportContent(report);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(content.title)] }),
  ];
  for (const section of content.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    for (const paragraph of section.paragraphs) children.push(new Paragraph({ children: [new TextRun(paragraph)] }));
    if (section.table) children.push(tableDocx(section.table), new Paragraph({}));
  }
  for (const line of [content.signature.agency, content.signature.date]) {
    if (!line) continue;
    children.push(
      new Paragraph({ alignment: AlignmentType.RIGHT, indent: { firstLine: 0 }, children: [new TextRun(line)] }),
    );
  }
  const doc = new Document({
    title: content.title,
    creator: 'gongkai',
    styles: {
      default: {
        document: {
          run: { font: FONTS.body, size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            spacing: { line: 560, lineRule: LineRuleType.EXACT },
            indent: { firstLine: SIZE.body * 20 },
          },
        },
        title: {
          run: { font: FONTS.song, size: SIZE.title, bold: true, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { after: 480, line: 720, lineRule: LineRuleType.AT_LEAST } },
        },
        heading1: {
          run: { font: FONTS.hei, size: SIZE.body, bold: false, color: '000000' },
          paragraph: { indent: { firstLine: SIZE.body * 20 }, spacing: { line: 560, lineRule: LineRuleType.EXACT }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        children,
      },
    ],
  });
  return stableOoxml(new Uint8Array(await Packer.toBuffer(doc)), report.meta.publishedDate);
}

function tableDocx(grid: GridTable): Table {
  const widths = columnTwips(grid);
  const rows = grid.rows.map(
    (row, r) =>
      new TableRow({
        tableHeader: r < grid.headerRows,
        cantSplit: true,
        children: row.map((cell) => cellDocx(cell, widths)),
      }),
  );
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
}

function cellDocx(cell: GridCell, widths: number[]): TableCell {
  const width = widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
  const left = cell.role === 'label';
  return new TableCell({
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 57, right: 57 },
    children: [
      new Paragraph({
        alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: cell.text
          ? [new TextRun({ text: cell.text, font: FONTS.song, size: SIZE.table, bold: cell.role === 'caption' })]
          : [],
      }),
    ],
  });
}

/** Grid column widths in twips, summing to the text width; label columns get room for the long row labels. */
function columnTwips(grid: GridTable): number[] {
  const widths = columnShares(grid).map((share) => Math.floor(share * TEXT_WIDTH));
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}
