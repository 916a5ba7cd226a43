/**
 * Writes a canonical report as the text one real extractor or another produces from a published report: PDF text
 * with tabs, DOCX text with one cell per line, Markdown, flattened HTML, `pdftotext -layout`, and crawler text whose
 * cell separators were lost. Property tests parse these back; the benchmark times parsing them.
 */
import { formatFor } from '../format/index.js';
import type { CanonicalReport } from '../model/report.js';
import { formatDate, formatValue, pageDebris, type QuirkOptions } from './cells.js';
import { reportGrids, type GridCell, type GridTable } from './grid.js';
import { Rng } from './rng.js';
import { PDFTOTEXT_LAYOUT } from './writers/pdftotext.js';
import { CELL_PER_LINE, GLUED, HTML_BLANK, HTML_PIPE, MARKDOWN, TABBED } from './writers/text-tables.js';

export type Layout = 'tabbed' | 'cell-per-line' | 'markdown' | 'html-pipe' | 'html-blank' | 'pdftotext-layout' | 'glued';

export const LAYOUTS: readonly Layout[] = [
  'tabbed',
  'cell-per-line',
  'markdown',
  'html-pipe',
  'html-blank',
  'pdftotext-layout',
  'glued',
];

export type { QuirkOptions } from './cells.js';

export interface WriteOptions extends QuirkOptions {
  /** Drives the layout's own irregularities (shifted cells, where a label breaks, where a page ends). Default 0. */
  seed?: number;
  /** `agency-above`: the agency on its own line above `YYYY年度政府信息公开工作年度报告`. Default: from the seed. */
  titleStyle?: 'one-line' | 'agency-above';
}

/** What a layout writer gets: the seeded stream and a printer for value cells with the quirks applied. */
export interface WriterContext {
  rng: Rng;
  quirks: QuirkOptions;
  value(cell: GridCell): string;
}

/** One layout: how its tables, headings, paragraphs and page debris look as lines of text. */
export interface LayoutWriter {
  /** The table as chunks of lines, one chunk per template row (page debris may go between chunks). */
  table(table: GridTable, context: WriterContext): string[][];
  heading(text: string, level: 1 | 2, context: WriterContext): string[];
  paragraph(text: string, context: WriterContext): string[];
  /** Lines of page furniture as this layout shows them. */
  debris(lines: string[]): string[];
  /** The 落款: agency and date lines. */
  signature(agency: string, date: string | null, context: WriterContext): string[];
}

const WRITERS: Record<Layout, LayoutWriter> = {
  tabbed: TABBED,
  'cell-per-line': CELL_PER_LINE,
  markdown: MARKDOWN,
  'html-pipe': HTML_PIPE,
  'html-blank': HTML_BLANK,
  'pdftotext-layout': PDFTOTEXT_LAYOUT,
  glued: GLUED,
};

const TABLE_SECTION = { activeDisclosure: 0, requests: 1, appeals: 2 } as const;

/** The report as the given layout's text. Deterministic for the same report, layout and options. */
export function writeReport(report: CanonicalReport, layout: Layout, options: WriteOptions = {}): string {
  const writer = WRITERS[layout];
  const rng = new Rng(options.seed ?? 0);
  const quirks: QuirkOptions = options;
  const context: WriterContext = { rng, quirks, value: (cell) => formatValue(cell.value ?? null, cell.valueType, quirks, rng) };
  const format = formatFor(report.meta.formatVersion ?? '2021');
  const agency = report.meta.agencyInTitle ?? report.meta.agency ?? '';
  const year = report.meta.year ?? 0;
  const grids = reportGrids(report);
  const lines: string[] = [];
  let page = 2;
  // Enough pages for every break writeReport may insert (at most two per table).
  const pages = rng.int(8, 12);

  const titleStyle = options.titleStyle ?? (rng.chance(0.5) ? 'one-line' : 'agency-above');
  if (titleStyle === 'one-line') lines.push(...writer.heading(report.meta.title ?? `${agency}${year}年政府信息公开工作年度报告`, 1, context));
  else lines.push(...writer.heading(agency, 1, context), ...writer.heading(`${year}年度政府信息公开工作年度报告`, 1, context));

  for (const def of format.sections) {
    const section = report.sections[def.key];
    lines.push(...writer.heading(section?.heading ?? `${def.ordinal}、${def.heading}`, 2, context));
    for (const text of (section?.text ?? '').split('\n')) if (text.trim()) lines.push(...writer.paragraph(text, context));
    const tableIndex = TABLE_SECTION[def.key as keyof typeof TABLE_SECTION];
    const grid = tableIndex === undefined ? undefined : grids[tableIndex];
    if (!grid) continue;
    const chunks = writer.table(grid, context);
    // About one page break per table, never before the first row or after the last.
    const breaks = new Set<number>();
    if (options.pageDebris && chunks.length > 2) {
      breaks.add(rng.int(1, chunks.length - 1));
      if (rng.chance(0.4)) breaks.add(rng.int(1, chunks.length - 1));
    }
    chunks.forEach((chunk, i) => {
      if (breaks.has(i)) lines.push(...writer.debris(pageDebris(rng, page++, pages, report.meta.title ?? agency)));
      lines.push(...chunk);
    });
  }
  const signer = report.meta.agencyInSignature ?? report.meta.agency ?? '';
  const date = report.meta.publishedDate ? formatDate(report.meta.publishedDate, options.chineseDate ?? false) : null;
  lines.push(...writer.signature(signer, date, context));
  return lines.join(options.crlf ? '\r\n' : '\n') + (options.crlf ? '\r\n' : '\n');
}
