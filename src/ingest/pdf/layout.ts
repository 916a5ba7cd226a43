/**
 * Pages → blocks: headers and footers dropped, ruled tables cut out by their borders, column tables found among the
 * remaining lines, tables continued across page breaks, and prose lines joined into paragraphs.
 */
import type { Block, Paragraph, Table, TableCell, TableRow } from '../document.js';
import { findColumnTables, type ColumnTable } from './columns.js';
import { findGrids, type GridTable, type LineRun } from './grid.js';
import { groupLines, makeLine, type Line } from './lines.js';
import { runningLines } from './margins.js';
import { continues, joinLines, measure } from './paragraphs.js';
import type { PageContent, TextRun } from './read-pages.js';

type Element = { kind: 'line'; line: Line; top: number } | { kind: 'table'; table: Draft; top: number };

/** A table on its way to the document: rows from one or more pages. */
interface Draft {
  reliable: boolean;
  /** Column positions (ruled: borders; columns: numeric centres) to recognise the same table on the next page. */
  columns: number[];
  labelColumns: number;
  rows: DraftRow[];
}

interface DraftRow {
  page: number;
  line: number | null;
  cells: DraftCell[];
}

interface DraftCell {
  text: string;
  col: number;
  rowSpan: number;
  colSpan: number;
  page: number;
  line: number | null;
}

/** The document's blocks in reading order. */
export function layoutPages(pages: readonly PageContent[]): Block[] {
  const placed = pages.map((page) => {
    const groups = groupLines(page.runs);
    const runs: LineRun[] = groups.flatMap((group, i) => group.map((run) => lineRun(run, i + 1)));
    return { page, runs, lines: groups.map((group, i) => makeLine(group, page.number, i + 1)) };
  });
  const drop = runningLines(placed.map((p) => ({ height: p.page.height, lines: p.lines })));
  const perPage = placed.map(({ page, runs }) => pageElements(page, runs.filter((run) => !drop.has(`${page.number}:${run.line}`))));
  const elements = continueTables(perPage);
  return toBlocks(elements);
}

/**
 * A run tagged with its line, written out field by field: an object spread was a tenth of the layout's time, and a
 * run has no other fields.
 */
function lineRun({ text, x, y, width, size }: TextRun, line: number): LineRun {
  return { text, x, y, width, size, line };
}

function pageElements(page: PageContent, runs: LineRun[]): Element[] {
  const { grids, rest } = findGrids(page.number, page.rules, runs);
  const lines = groupLines(rest)
    .map((group) => makeLine(group, page.number, Math.min(...group.map((run) => run.line))))
    .sort((a, b) => a.y - b.y);
  const { tables, rest: prose } = findColumnTables(lines);
  const elements: Element[] = [
    ...grids.map((grid) => ({ kind: 'table' as const, table: gridDraft(grid), top: grid.top })),
    ...tables.map((table) => ({ kind: 'table' as const, table: columnDraft(table), top: table.top })),
    ...prose.map((line) => ({ kind: 'line' as const, line, top: line.y - line.size })),
  ];
  return elements.sort((a, b) => a.top - b.top);
}

function gridDraft(grid: GridTable): Draft {
  const rows: DraftRow[] = Array.from({ length: grid.rowCount }, () => ({ page: grid.page, line: null, cells: [] }));
  for (const cell of grid.cells) {
    const row = rows[cell.row];
    if (!row) continue;
    // Field by field rather than by spreading the cell: cheaper, and the draft needs no more than these.
    row.cells.push({ text: cell.text, col: cell.col, rowSpan: cell.rowSpan, colSpan: cell.colSpan, page: grid.page, line: cell.line });
    if (cell.line !== null) row.line = row.line === null ? cell.line : Math.min(row.line, cell.line);
  }
  return { reliable: true, columns: grid.columns, labelColumns: 0, rows };
}

function columnDraft(table: ColumnTable): Draft {
  return {
    reliable: false,
    columns: table.centers,
    labelColumns: table.labelColumns,
    rows: table.rows.map((row) => ({
      page: table.page,
      line: row.line,
      cells: row.cells.map((cell) => ({ ...cell, rowSpan: 1, page: table.page })),
    })),
  };
}

/** Joins a table that ends a page with the table that starts the next page when their columns line up. */
function continueTables(pages: Element[][]): Element[] {
  const out: Element[] = [];
  for (const elements of pages) {
    const first = elements[0];
    const previous = out[out.length - 1];
    if (first?.kind === 'table' && previous?.kind === 'table' && sameColumns(previous.table, first.table)) {
      appendRows(previous.table, first.table);
      out.push(...elements.slice(1));
    } else out.push(...elements);
  }
  return out;
}

function sameColumns(a: Draft, b: Draft): boolean {
  return a.reliable === b.reliable && a.columns.length === b.columns.length && a.columns.every((x, i) => Math.abs(x - (b.columns[i] ?? Infinity)) <= 3);
}

function appendRows(target: Draft, next: Draft): void {
  // Column tables may find more label levels on one page than on the other: widen both to the larger count.
  const labels = Math.max(target.labelColumns, next.labelColumns);
  widenLabels(target, labels);
  widenLabels(next, labels);
  const rows = [...next.rows];
  // Header rows repeated at the top of the continuation.
  let repeated = 0;
  while (repeated < rows.length && repeated < target.rows.length && rowText(rows[repeated]) !== '' && rowText(rows[repeated]) === rowText(target.rows[repeated])) {
    repeated++;
  }
  rows.splice(0, repeated);
  // The empty top part of a merged cell that the page break cut in two belongs to the cell above the break.
  const firstRow = rows[0];
  if (firstRow && target.reliable) {
    const height = target.rows.length;
    firstRow.cells = firstRow.cells.filter((cell) => {
      if (cell.text !== '') return true;
      const above = target.rows.flatMap((row, r) => row.cells.map((c) => ({ c, r }))).find(({ c, r }) => c.col === cell.col && c.colSpan === cell.colSpan && r + c.rowSpan === height);
      if (!above) return true;
      above.c.rowSpan += cell.rowSpan;
      return false;
    });
  }
  target.rows.push(...rows);
  dropEmptyRows(target);
}

function widenLabels(draft: Draft, labels: number): void {
  const shift = labels - draft.labelColumns;
  if (draft.reliable || shift === 0) return;
  for (const row of draft.rows) {
    for (const cell of row.cells) {
      if (cell.col >= draft.labelColumns) cell.col += shift;
      else if (cell.col + cell.colSpan === draft.labelColumns) cell.colSpan += shift;
    }
  }
  draft.labelColumns = labels;
}

const rowText = (row: DraftRow | undefined) => (row ? row.cells.map((c) => c.text).join('|') : '');

/** Rows left without any cell starting in them: removed, and the spans that crossed them shortened. */
function dropEmptyRows(draft: Draft): void {
  for (let r = draft.rows.length - 1; r >= 0; r--) {
    if ((draft.rows[r]?.cells.length ?? 1) > 0) continue;
    draft.rows.forEach((row, above) => {
      for (const cell of row.cells) if (above < r && above + cell.rowSpan > r) cell.rowSpan--;
    });
    draft.rows.splice(r, 1);
  }
}

function toBlocks(elements: Element[]): Block[] {
  const lines = elements.flatMap((e) => (e.kind === 'line' ? [e.line] : []));
  const metrics = measure(lines);
  const blocks: Block[] = [];
  let paragraph: { block: Paragraph; last: Line } | null = null;
  let tableIndex = 0;
  for (const element of elements) {
    if (element.kind === 'table') {
      paragraph = null;
      blocks.push(toTable(element.table, ++tableIndex));
      continue;
    }
    const line = element.line;
    if (paragraph && continues(paragraph.last, line, metrics)) {
      paragraph.block.text = joinLines(paragraph.block.text, line);
      if (line.page === paragraph.block.loc.page) paragraph.block.loc.endLine = line.index;
      paragraph.last = line;
      continue;
    }
    const block: Paragraph = { kind: 'paragraph', text: line.text, loc: { page: line.page, line: line.index, endLine: line.index } };
    blocks.push(block);
    paragraph = { block, last: line };
  }
  return blocks;
}

function toTable(draft: Draft, index: number): Table {
  const rows: TableRow[] = draft.rows.map((row, r) => ({
    loc: withLine({ page: row.page, table: index, row: r + 1 }, row.line),
    cells: row.cells
      .sort((a, b) => a.col - b.col)
      .map(
        (cell): TableCell => ({
          text: cell.text,
          loc: withLine({ page: cell.page, table: index, row: r + 1, cell: cell.col + 1 }, cell.line),
          col: cell.col,
          rowSpan: cell.rowSpan,
          colSpan: cell.colSpan,
        }),
      ),
  }));
  const first = draft.rows[0];
  return { kind: 'table', rows, loc: withLine({ page: first?.page ?? 1, table: index }, first?.line ?? null), reliableGrid: draft.reliable };
}

/** The location with its page line, if it has one: set on the caller's fresh object, which a spread would copy. */
function withLine<T extends object>(loc: T, line: number | null): T & { line?: number } {
  const located: T & { line?: number } = loc;
  if (line !== null) located.line = line;
  return located;
}
