/**
 * Markdown for people: headings, paragraphs and pipe tables with one row per template row. A merged cell's text
 * stands in its first slot and the slots it covers stay empty, as in a table copied out of the template.
 */
import type { CanonicalReport } from '../model/report.js';
import { reportContent, type ReportContent } from './content.js';
import { expandGrid, type GridTable } from './grid.js';

/** The report as a Markdown document. */
export function renderMarkdown(report: CanonicalReport): string {
  return markdownDocument(reportContent(report));
}

/** Extra lines a caller puts into the document: after the title, and after each section heading. */
export interface MarkdownExtras {
  afterTitle?: string[];
  afterHeading?: Partial<Record<string, string[]>>;
  /** Lines between the last section and the 落款. */
  beforeSignature?: string[];
  /** Replaces the empty date line of the 落款. */
  datePlaceholder?: string;
}

/** Markdown of laid-out content; the draft author passes its guidance as `extras`. */
export function markdownDocument(content: ReportContent, extras: MarkdownExtras = {}): string {
  const out: string[] = [`# ${escapeMarkdownLine(content.title)}`, ''];
  if (extras.afterTitle?.length) out.push(...extras.afterTitle, '');
  for (const section of content.sections) {
    out.push(`## ${section.heading}`, '');
    const extra = extras.afterHeading?.[section.key];
    if (extra?.length) out.push(...extra, '');
    for (const paragraph of section.paragraphs) out.push(escapeMarkdownLine(paragraph), '');
    if (section.table) out.push(markdownTable(section.table), '');
  }
  if (extras.beforeSignature?.length) out.push(...extras.beforeSignature, '');
  const { agency, date } = content.signature;
  const dateLine = date || extras.datePlaceholder || '';
  // Two trailing spaces would be a hard break; separate paragraphs read the same and survive editors that trim.
  if (agency) out.push(escapeMarkdownLine(agency), '');
  if (dateLine) out.push(escapeMarkdownLine(dateLine), '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** A pipe table, the template's first row as the Markdown header row. */
export function markdownTable(grid: GridTable): string {
  const slots = expandGrid(grid);
  const lines = slots.map((row) => `| ${row.map((slot) => (slot && !slot.covered ? escapeCell(slot.cell.text) : '')).join(' | ')} |`);
  const separator = `|${new Array(grid.width).fill('---').join('|')}|`;
  return [lines[0] ?? '', separator, ...lines.slice(1)].join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '\\<').replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * One paragraph as a Markdown line that stays a paragraph: tabs and pipes would make a table row, and a leading
 * `#`, `>`, list marker or fence would change the line's meaning, so those are neutralised. `<` is escaped so that
 * report text cannot become raw HTML in a Markdown viewer.
 */
export function escapeMarkdownLine(text: string): string {
  const line = text.replace(/\t/g, ' ').replace(/\s*[\r\n]+\s*/g, ' ').replace(/</g, '\\<');
  return line.replace(/^(\s*)([#>|`~]|[-+*](?=\s))/, '$1\\$2').replace(/^(\s*\d+)([.)])(?=\s)/, '$1\\$2');
}
