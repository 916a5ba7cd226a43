/**
 * Layouts whose tables are cells with some separator: PDF text with tabs, DOCX text with one cell per line,
 * Markdown pipe tables, flattened HTML (pipes, or blank lines), and crawler text without any separator.
 */
import type { GridCell, GridTable, Slot } from '../grid.js';
import { resolveSlots } from '../grid.js';
import type { LayoutWriter, WriterContext } from '../layouts.js';
import type { Rng } from '../rng.js';

/** PDF converters print numbering half-width with a space after it: `(一) 予以公开`, `1. 属于国家秘密`. */
export function pdfLabel(text: string): string {
  return text
    .replace(/（([一二三四五六七八九十]{1,2})）/g, '($1) ')
    .replace(/^(\d{1,2})\./, '$1. ')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/，/g, ', ');
}

function cellText(cell: GridCell, context: WriterContext, label: (cell: GridCell) => string = (c) => c.text): string {
  return cell.role === 'value' ? context.value(cell) : label(cell);
}

/** Origin cells of each row in column order: what an HTML table lists. */
function originCells(table: GridTable): GridCell[][] {
  return table.rows.map((row) => [...row.cells].sort((a, b) => a.col - b.col));
}

interface ShiftOptions {
  /** Chance that a cell's colspan padding is dropped. */
  dropPads: number;
  /** Chance that a row covered from above gets one leading empty cell more or less. */
  jitter: number;
  /** Chance of one empty cell at the end of the row. */
  trailing: number;
  /** Per-slot text overrides (a label broken across two rows). */
  overrides?: Map<number, string>;
}

/**
 * A row as a list of cell texts the way PDF and Markdown converters leave it: slots covered from above are empty
 * cells, colspan padding is sometimes there and sometimes not, and the row is sometimes shifted by one.
 */
function shiftedRow(slots: Slot[], context: WriterContext, options: ShiftOptions, label: (cell: GridCell) => string): string[] {
  const { rng } = context;
  const out: string[] = [];
  let dropping: GridCell | null = null;
  slots.forEach((slot, c) => {
    const override = options.overrides?.get(c);
    if (slot.origin) {
      out.push(override ?? cellText(slot.cell, context, label));
      dropping = slot.cell.colSpan > 1 && rng.chance(options.dropPads) ? slot.cell : null;
    } else if (!slot.startsHere) {
      out.push(override ?? '');
    } else if (dropping !== slot.cell) {
      out.push('');
    }
  });
  if (slots[0] && !slots[0].startsHere && rng.chance(options.jitter)) {
    if (rng.chance(0.5)) out.shift();
    else out.unshift('');
  }
  if (rng.chance(options.trailing)) out.push('');
  return out;
}

/** For the tabbed layout: one request group whose label breaks over its first two rows, like `(五) 不` / `予处理`. */
function brokenGroupLabel(table: GridTable, rng: Rng, label: (cell: GridCell) => string): Map<number, Map<number, string>> {
  const overrides = new Map<number, Map<number, string>>();
  if (table.name !== 'requests') return overrides;
  const starts: Array<[number, GridCell]> = [];
  table.rows.forEach((row, r) => {
    for (const cell of row.cells) if (cell.key && cell.role === 'label' && cell.rowSpan > 1) starts.push([r, cell]);
  });
  if (starts.length === 0) return overrides;
  const [row, cell] = rng.pick(starts);
  const text = label(cell);
  const numbering = /^[(（][一二三四五六七八九十]+[)）]\s*/.exec(text)?.[0] ?? '';
  const cut = numbering.length + 1;
  overrides.set(row, new Map([[cell.col, text.slice(0, cut)]]));
  overrides.set(row + 1, new Map([[cell.col, text.slice(cut)]]));
  return overrides;
}

const APPEAL_COLUMN_LABELS = new Set(['结果维持', '结果纠正', '其他结果', '尚未审结']);

export const TABBED: LayoutWriter = {
  table(table, context) {
    const { rng } = context;
    const pdfish = rng.chance(0.6);
    const label = (cell: GridCell): string => {
      // PDF text keeps the line break of a narrow column header as a space: `结果 维持`.
      if (APPEAL_COLUMN_LABELS.has(cell.text) && rng.chance(0.5)) return `${cell.text.slice(0, 2)} ${cell.text.slice(2)}`;
      return pdfish && table.name !== 'active' ? pdfLabel(cell.text) : cell.text;
    };
    const broken = brokenGroupLabel(table, rng, label);
    const slots = resolveSlots(table);
    return slots.map((row, r) => {
      const caption = row.every((s) => s.cell === row[0]?.cell);
      const cells = shiftedRow(row, context, {
        dropPads: caption ? 0 : 0.5,
        jitter: table.name === 'requests' ? 0.15 : 0,
        trailing: 0.4,
        overrides: broken.get(r),
      }, label);
      // The row that ends a broken label is followed by an empty line in PDF text (seed 000's `(五) 不`).
      return broken.has(r) && broken.has(r + 1) ? [cells.join('\t'), ''] : [cells.join('\t')];
    }).map((chunk, i, all) => (i === 0 ? ['', ...chunk] : i === all.length - 1 ? [...chunk, ''] : chunk));
  },
  heading: (text) => [text, ''],
  paragraph: (text) => [text, ''],
  debris: (lines) => ['', ...lines, ''],
  signature: (agency, date) => ['', agency, '', ...(date ? [date] : []), ''],
};

export const CELL_PER_LINE: LayoutWriter = {
  table: (table, context) =>
    resolveSlots(table).map((row) => {
      const lines: string[] = [];
      row.forEach((slot, c) => {
        // One line per Word cell: a vertically merged continuation is an empty cell, colspan padding is nothing.
        if (slot.cell.col !== c) return;
        lines.push(slot.startsHere ? `\t${cellText(slot.cell, context)}` : '\t');
      });
      return [...lines, ''];
    }),
  heading: (text) => [text],
  paragraph: (text) => [text],
  debris: (lines) => [...lines, ''],
  signature: (agency, date) => [agency, ...(date ? ['', `        ${date}`] : [])],
};

export const MARKDOWN: LayoutWriter = {
  table(table, context) {
    const { rng } = context;
    const slots = resolveSlots(table);
    const extra = rng.chance(0.5);
    const shift: ShiftOptions = { dropPads: 0.3, jitter: table.name === 'requests' ? 0.1 : 0, trailing: 0 };
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |');
    const separator = (n: number) => `|${'---|'.repeat(n)}`;
    // Table B is split in two where a page ended, the second part under an empty header row (seed 003).
    const splitAt = table.name === 'requests' ? rng.int(8, slots.length - 3) : -1;
    const chunks: string[][] = [];
    slots.forEach((row, r) => {
      const cells = shiftedRow(row, context, shift, (c) => c.text);
      if (extra && table.name === 'requests' && r < splitAt) cells.push('');
      const chunk: string[] = [];
      if (r === 0) chunk.push('');
      if (r === splitAt) chunk.push('', line(new Array<string>(table.width).fill('')), separator(table.width));
      chunk.push(line(cells));
      if (r === 0) chunk.push(separator(cells.length));
      if (r === slots.length - 1) chunk.push('');
      chunks.push(chunk);
    });
    return chunks;
  },
  heading: (text, level) => [`${'#'.repeat(level)} ${text}`, ''],
  paragraph: (text) => [text, ''],
  debris: (lines) => ['', ...lines, ''],
  signature: (agency, date) => [agency, '', ...(date ? [date, ''] : [])],
};

export const HTML_PIPE: LayoutWriter = {
  table: (table, context) =>
    originCells(table).map((cells, r, all) => {
      const line = cells.map((cell) => cellText(cell, context)).join(' | ');
      return r === 0 ? ['', line] : r === all.length - 1 ? [line, ''] : [line];
    }),
  heading: (text) => [text, ''],
  paragraph: (text) => [text, ''],
  debris: (lines) => [...lines],
  signature: (agency, date) => [agency, ...(date ? [date] : [])],
};

export const HTML_BLANK: LayoutWriter = {
  table: (table, context) => originCells(table).map((cells) => cells.flatMap((cell) => [cellText(cell, context), ''])),
  heading: (text) => [text, ''],
  paragraph: (text) => [text, ''],
  debris: (lines) => lines.flatMap((line) => [line, '']),
  signature: (agency, date) => [agency, '', ...(date ? [date, ''] : [])],
};

export const GLUED: LayoutWriter = {
  table: (table, context) => originCells(table).map((cells) => [cells.map((cell) => cellText(cell, context)).join('')]),
  heading: (text) => [text],
  paragraph: (text) => [text],
  debris: (lines) => [...lines],
  signature: (agency, date) => [agency, ...(date ? [date] : [])],
};
