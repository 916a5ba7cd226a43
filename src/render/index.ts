/**
 * Render: CanonicalReport → a standard-format document. One module per output format; each is a pure function of the
 * report (PDF prints the HTML through a local Chromium).
 */
import { GongkaiError } from '../errors.js';
import type { CanonicalReport } from '../model/report.js';
import { renderCsv } from './csv.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderPdf, type PdfOptions } from './pdf.js';
import { renderXlsx } from './xlsx.js';

export { renderCsv, readCsvReport } from './csv.js';
export { renderDocx } from './docx.js';
export { renderHtml, escapeHtml, FONT_STACKS } from './html.js';
export { renderJson, readReportJson } from './json.js';
export { renderMarkdown, markdownDocument, markdownTable } from './markdown.js';
export { renderPdf, htmlToPdf, findBrowser } from './pdf.js';
export { renderXlsx, readXlsxReport } from './xlsx.js';
export { loadReport, reportFromBytes } from './load.js';
export { reportContent, reportVersion, chineseDate } from './content.js';
export { reportGrids, expandGrid } from './grid.js';
export type { GridTable, GridCell } from './grid.js';
export { flatRows } from './flat.js';

export type RenderFormat = 'html' | 'md' | 'docx' | 'xlsx' | 'pdf' | 'json' | 'csv';

/** Every output format with its file extension and whether its output is binary. */
export const RENDER_FORMATS: Record<RenderFormat, { extension: string; binary: boolean; description: string }> = {
  html: { extension: '.html', binary: false, description: '可打印的 HTML（A4）' },
  md: { extension: '.md', binary: false, description: 'Markdown' },
  docx: { extension: '.docx', binary: true, description: 'Word 文档' },
  xlsx: { extension: '.xlsx', binary: true, description: 'Excel 工作簿（表二、表三、表四和数据）' },
  pdf: { extension: '.pdf', binary: true, description: 'PDF（需要 Chromium）' },
  json: { extension: '.json', binary: false, description: '标准化报告 JSON' },
  csv: { extension: '.csv', binary: false, description: 'CSV（key,label,value）' },
};

export function isRenderFormat(name: string): name is RenderFormat {
  return Object.prototype.hasOwnProperty.call(RENDER_FORMATS, name);
}

export interface RenderOptions {
  pdf?: PdfOptions;
}

/** The report in the given format: text for html/md/json/csv, bytes for docx/xlsx/pdf. */
export async function renderReport(
  report: CanonicalReport,
  to: RenderFormat,
  options: RenderOptions = {},
): Promise<string | Uint8Array> {
  switch (to) {
    case 'html':
      return renderHtml(report);
    case 'md':
      return renderMarkdown(report);
    case 'json':
      return renderJson(report);
    case 'csv':
      return renderCsv(report);
    case 'docx':
      return renderDocx(report);
    case 'xlsx':
      return renderXlsx(report);
    case 'pdf':
      return renderPdf(report, options.pdf);
    default:
      throw new GongkaiError('bad-usage', `不支持的输出格式：${String(to)}`);
  }
}
