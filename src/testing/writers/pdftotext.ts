/**
 * `pdftotext -layout` text: cells placed at their column's x position with runs of spaces, long labels wrapped
 * inside their cell, numbers on the middle line of a wrapped row, merged cells printed once at the middle of their
 * span, prose broken into lines of the page width.
 */
import type { GridCell, GridTable, TableName } from '../grid.js';
import type { LayoutWriter, WriterContext } from '../layouts.js';

/** Columns a character takes in monospaced output: CJK and full-width forms take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** Splits text into lines of at most `width` display columns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && displayWidth(line + ch) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  return line ? [...lines, line] : [''];
}

/** Column widths in display columns per table, from a typical A4 portrait table at 10pt. */
const WIDTHS: Record<TableName, (n: number) => number[]> = {
  active: (n) => [16, ...new Array<number>(n - 1).fill(14)],
  requests: (n) => [20, 16, 28, ...new Array<number>(n - 3).fill(8)],
  appeals: (n) => new Array<number>(n).fill(8),
};
const GAP = 2;
const INDENT = 2;
const PAGE_WIDTH = 76;

interface Placed {
  cell: GridCell;
  x: number;
  width: number;
  lines: string[];
}

function renderTable(table: GridTable, context: WriterContext): string[][] {
  const widths = WIDTHS[table.name](table.width);
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w + GAP), INDENT);
  // A merged cell is drawn once, on the middle row of the rows it spans.
  const byRow = table.rows.map((): GridCell[] => []);
  table.rows.forEach((row, r) => {
    for (const cell of row.cells) byRow[r + Math.floor((cell.rowSpan - 1) / 2)]?.push(cell);
  });
  return byRow.map((cells) => {
    const placed: Placed[] = cells
      .sort((a, b) => a.col - b.col)
      .map((cell) => {
        const x = xs[cell.col] ?? INDENT;
        const end = (xs[cell.col + cell.colSpan - 1] ?? x) + (widths[cell.col + cell.colSpan - 1] ?? 0);
        const text = cell.role === 'value' ? context.value(cell) : cell.text;
        // A number never wraps: it overflows its cell, as a PDF table's narrow cells let it.
        return { cell, x, width: end - x, lines: cell.role === 'value' ? [text] : wrap(text, end - x) };
      });
    const height = Math.max(1, ...placed.map((p) => p.lines.length));
    const out: string[] = [];
    for (let i = 0; i < height; i++) {
      let line = '';
      for (const p of placed) {
        const text = p.lines[i - Math.floor((height - p.lines.length) / 2)];
        if (!text) continue;
        // Labels sit at the left of their cell, numbers and headers in its middle.
        const centred = p.cell.role !== 'label';
        const x = centred ? p.x + Math.max(0, Math.floor((p.width - displayWidth(text)) / 2)) : p.x;
        const pad = Math.max(line ? GAP : 0, x - displayWidth(line));
        line += ' '.repeat(pad) + text;
      }
      out.push(line.trimEnd());
    }
    return out;
  });
}

function centre(text: string): string {
  return ' '.repeat(Math.max(0, Math.floor((PAGE_WIDTH - displayWidth(text)) / 2))) + text;
}

export const PDFTOTEXT_LAYOUT: LayoutWriter = {
  table: (table, context) => {
    const chunks = renderTable(table, context);
    return chunks.map((chunk, i) => (i === chunks.length - 1 ? [...chunk, ''] : i === 0 ? ['', ...chunk] : chunk));
  },
  heading: (text, level) => (level === 1 ? [centre(text), ''] : [`    ${text}`]),
  paragraph: (text) => {
    // First line indented by two ideographic widths, the rest flush, as a justified PDF paragraph reads.
    const lines = wrap(text, PAGE_WIDTH - 8);
    return lines.map((line, i) => (i === 0 ? `        ${line}` : `    ${line}`));
  },
  debris: (lines) => ['', ...lines.map(centre), '\f'],
  signature: (agency, date) => ['', ' '.repeat(44) + agency, ...(date ? [' '.repeat(46) + date] : [])],
};
