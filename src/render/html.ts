/**
 * Print-ready HTML: A4 pages with official-document margins, the three tables with the template's merged cells, the
 * 落款 at the right. Every piece of report text is escaped: a report is untrusted input.
 */
import type { CanonicalReport } from '../model/report.js';
import { reportContent, type SectionContent } from './content.js';
import { columnShares, type GridCell, type GridTable } from './grid.js';

/** Song (宋体) for titles and tables, Fangsong (仿宋) for body text, Hei (黑体) for headings, each with fallbacks. */
export const FONT_STACKS = {
  song: '"SimSun","宋体","Songti SC","STSong","Noto Serif CJK SC","Source Han Serif SC",serif',
  fangsong:
    '"FangSong_GB2312","仿宋_GB2312","FangSong","仿宋","STFangsong","Noto Serif CJK SC","Source Han Serif SC",serif',
  hei: '"SimHei","黑体","Heiti SC","STHeiti","Noto Sans CJK SC","Source Han Sans SC",sans-serif',
} as const;

const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { background: #fff; color: #000; }
body { margin: 0 auto; max-width: 156mm; padding: 16px; font-family: ${FONT_STACKS.fangsong}; font-size: 16pt; line-height: 1.6; }
h1 { font-family: ${FONT_STACKS.song}; font-size: 22pt; font-weight: bold; text-align: center; line-height: 1.4; margin: 0 0 1em; }
h2 { font-family: ${FONT_STACKS.hei}; font-size: 16pt; font-weight: normal; margin: 0.8em 0 0.3em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0.5em 0 1em; font-family: ${FONT_STACKS.song}; font-size: 9pt; line-height: 1.3; }
th, td { border: 1px solid #000; padding: 2px 3px; vertical-align: middle; word-break: break-all; }
th { font-weight: normal; text-align: center; }
th.label { text-align: left; }
th.caption { font-weight: bold; }
td { text-align: center; }
.signature { margin-top: 2em; text-align: right; }
.signature p { text-indent: 0; text-align: right; }
@media print {
  body { max-width: none; padding: 0; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
`;

/** The report as one self-contained HTML page. */
export function renderHtml(report: CanonicalReport): string {
  const content = reportContent(report);
  const body = [
    `<h1>${escapeHtml(content.title)}</h1>`,
    ...content.sections.map(sectionHtml),
    signatureHtml(content.signature),
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta name="generator" content="gongkai">`,
    `<title>${escapeHtml(content.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<article class="report">',
    ...body,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function sectionHtml(section: SectionContent): string {
  const parts = [`<section class="${section.key}">`, `<h2>${escapeHtml(section.heading)}</h2>`];
  for (const paragraph of section.paragraphs) parts.push(`<p>${escapeHtml(paragraph)}</p>`);
  if (section.table) parts.push(tableHtml(section.table));
  parts.push('</section>');
  return parts.join('\n');
}

function signatureHtml(signature: { agency: string; date: string }): string {
  const lines = [signature.agency, signature.date].filter((line) => line.length > 0);
  return ['<div class="signature">', ...lines.map((line) => `<p>${escapeHtml(line)}</p>`), '</div>'].join('\n');
}

/** A table with its template spans; header rows go in <thead> so a printed page repeats them. */
export function tableHtml(grid: GridTable): string {
  const colWidths = columnShares(grid).map((share) => share * 100);
  const out = [`<table class="table-${grid.table}">`, '<colgroup>'];
  for (const width of colWidths) out.push(`<col style="width:${width.toFixed(2)}%">`);
  out.push('</colgroup>');
  const head = grid.rows.slice(0, grid.headerRows);
  const body = grid.rows.slice(grid.headerRows);
  if (head.length) out.push('<thead>', ...head.map(rowHtml), '</thead>');
  out.push('<tbody>', ...body.map(rowHtml), '</tbody>', '</table>');
  return out.join('\n');
}

function rowHtml(row: GridCell[]): string {
  return `<tr>${row.map(cellHtml).join('')}</tr>`;
}

function cellHtml(cell: GridCell): string {
  const tag = cell.role === 'value' ? 'td' : 'th';
  const attrs: string[] = [];
  if (cell.role !== 'value' && cell.role !== 'header') attrs.push(`class="${cell.role}"`);
  if (cell.colSpan > 1) attrs.push(`colspan="${cell.colSpan}"`);
  if (cell.rowSpan > 1) attrs.push(`rowspan="${cell.rowSpan}"`);
  if (cell.key) attrs.push(`data-key="${escapeHtml(cell.key)}"`);
  const open = attrs.length ? `<${tag} ${attrs.join(' ')}>` : `<${tag}>`;
  return `${open}${escapeHtml(cell.text)}</${tag}>`;
}

/** Escapes text for element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
