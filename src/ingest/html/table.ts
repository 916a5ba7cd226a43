/**
 * HTML tables: telling layout tables (old sites wrap whole pages in them) from data tables, and resolving a data
 * table's rowspans and colspans into the grid document.ts describes.
 */
import type { Location, Table, TableCell, TableRow } from '../document.js';
import type { Measure } from './clean.js';
import { attr, isElement, isText, textOf, type Element, type Positions } from './dom.js';
import { BLOCK_BREAK, normalizeText } from './text.js';

/** Elements that end a line of text; inside a table cell they join with a space. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** HTML caps colspan at 1000; more only costs time. */
const MAX_COLSPAN = 1000;

export interface SourceRow {
  tr: Element;
  cells: Element[];
}

/** The rows of a table in rendering order (head, bodies, foot), without the rows of nested tables. */
export function tableRows(table: Element): SourceRow[] {
  const head: SourceRow[] = [];
  const body: SourceRow[] = [];
  const foot: SourceRow[] = [];
  const addRow = (tr: Element, into: SourceRow[]): void => {
    const cells = tr.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
    into.push({ tr, cells });
  };
  const sections: Record<string, SourceRow[]> = { thead: head, tbody: body, tfoot: foot };
  for (const kid of table.childNodes) {
    if (!isElement(kid)) continue;
    if (kid.tagName === 'tr') addRow(kid, body);
    const into = sections[kid.tagName];
    if (!into) continue;
    for (const tr of kid.childNodes) if (isElement(tr) && tr.tagName === 'tr') addRow(tr, into);
  }
  return [...head, ...body, ...foot];
}

/** Text of a cell: `<br>` and `<p>` inside it become spaces, `&nbsp;`-only cells become empty. */
export function cellText(cell: Element): string {
  // The breaks around the cell itself are trimmed away, so a cell of one text node (most are) needs no walk.
  const only = cell.childNodes.length === 1 ? cell.childNodes[0] : undefined;
  if (only && isText(only)) return normalizeText(only.value);
  return normalizeText(textOf(cell, (e) => BLOCK_TAGS.has(e.tagName) || e.tagName === 'br', BLOCK_BREAK));
}

/**
 * How to read a table. null: a layout table, read as running text (it holds other tables, or is a one-cell box or
 * a single column). Otherwise the indices of its prose rows: report tables are grids of short labels and numbers,
 * so rows with prose cells are text, and the rows between them are data tables (an empty set: all data).
 * `measures` spare reading every cell's text.
 */
export function proseRows(
  rows: SourceRow[],
  text: (cell: Element) => string,
  measures: Map<Element, Measure>,
): Set<number> | null {
  if (rows.every((r) => r.cells.length <= 1)) return null;
  const prose = new Set<number>();
  for (const [i, row] of rows.entries()) {
    for (const cell of row.cells) {
      const m = measures.get(cell);
      if (!m) continue;
      if (m.tables > 0) return null;
      if (m.chars >= 150 || (m.chars >= 60 && text(cell).includes('。'))) prose.add(i);
    }
  }
  const gridRows = rows.filter((r, i) => !prose.has(i) && r.cells.length > 1).length;
  return prose.size > 0 && gridRows < 2 ? null : prose;
}

/** Resolves the grid of a data table; null when no cell has text (spacers, decoration). */
export function buildTable(
  table: Element,
  rows: SourceRow[],
  index: number,
  text: (cell: Element) => string,
  positions: Positions | null,
): Table | null {
  const out: TableRow[] = [];
  // For each grid column, the first row no longer covered by a rowspan from above.
  const coveredUntil: number[] = [];
  rows.forEach((row, r) => {
    const cells: TableCell[] = [];
    let x = 0;
    for (const cell of row.cells) {
      while ((coveredUntil[x] ?? 0) > r) x++;
      const colSpan = colSpanOf(cell);
      const rowSpan = rowSpanOf(cell, rows.length - r);
      for (let k = x; k < x + colSpan; k++) coveredUntil[k] = r + rowSpan;
      const loc: Location = { table: index, row: r + 1, cell: x + 1 };
      addRange(loc, cell, positions);
      cells.push({ text: text(cell), loc, col: x, rowSpan, colSpan });
      x += colSpan;
    }
    const loc: Location = { table: index, row: r + 1 };
    addStart(loc, row.tr, positions);
    out.push({ cells, loc });
  });
  if (!out.some((row) => row.cells.some((c) => c.text !== ''))) return null;
  dropTrailingBlankRows(out);
  return { kind: 'table', rows: out, loc: { table: index, ...range(table, positions) }, reliableGrid: true };
}

/** Word ends its tables with an empty `height=0` row of column widths; a blank row a rowspan reaches stays. */
function dropTrailingBlankRows(rows: TableRow[]): void {
  while (rows.length > 1) {
    const last = rows.length - 1;
    if ((rows[last] as TableRow).cells.some((c) => c.text !== '')) return;
    const reached = rows.slice(0, last).some((row, r) => row.cells.some((c) => r + c.rowSpan > last));
    if (reached) return;
    rows.pop();
  }
}

function colSpanOf(cell: Element): number {
  const n = spanValue(attr(cell, 'colspan'));
  return n === null || n < 1 ? 1 : Math.min(n, MAX_COLSPAN);
}

/** rowspan=0 runs to the end of the table; spans past the end are cut there, as browsers do. */
function rowSpanOf(cell: Element, remaining: number): number {
  const n = spanValue(attr(cell, 'rowspan'));
  if (n === null || n < 0) return 1;
  return n === 0 ? remaining : Math.min(n, remaining);
}

/** A span attribute as HTML reads it: its leading digits. */
function spanValue(value: string | undefined): number | null {
  // Most cells have no span: parsing an empty string to NaN was a good part of the time per cell.
  if (value === undefined) return null;
  const n = Number.parseInt(value.trim(), 10);
  return Number.isNaN(n) ? null : n;
}

/** Adds the source range of `element` to `loc` in place: a spread per cell cost more than the rest of the cell. */
function addRange(loc: Location, element: Element, positions: Positions | null): void {
  const source = element.sourceCodeLocation;
  if (!positions || !source) return;
  const { line, column, endLine, endColumn } = positions.range(source.startOffset, source.endOffset);
  loc.line = line;
  loc.column = column;
  loc.endLine = endLine;
  loc.endColumn = endColumn;
}

function range(element: Element, positions: Positions | null): Location {
  const loc = element.sourceCodeLocation;
  return positions && loc ? positions.range(loc.startOffset, loc.endOffset) : {};
}

/** Adds where `element` starts to `loc` in place, as addRange does. */
function addStart(loc: Location, element: Element, positions: Positions | null): void {
  const source = element.sourceCodeLocation;
  if (!positions || !source) return;
  const { line, column } = positions.at(source.startOffset);
  loc.line = line;
  loc.column = column;
}
