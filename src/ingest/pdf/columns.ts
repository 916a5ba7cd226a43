/**
 * Tables without drawn borders: runs of lines whose numbers line up in columns. Numeric columns come from the
 * centres of the numbers; label columns (the row headings, up to three levels in Table B) from the left edges of the
 * text before the first number. Headers above the numbers are placed by overlap. The grid is a guess, so these
 * tables are marked `reliableGrid: false`.
 */
import { joinText, type Line, type Segment } from './lines.js';

export interface ColumnCell {
  col: number;
  colSpan: number;
  text: string;
  /** Page line the cell's text starts on. */
  line: number;
}

export interface ColumnRow {
  cells: ColumnCell[];
  line: number;
}

export interface ColumnTable {
  kind: 'columns';
  page: number;
  top: number;
  bottom: number;
  /** Centres of the numeric columns, left to right. */
  centers: number[];
  /** Number of label columns before the numeric ones. */
  labelColumns: number;
  rows: ColumnRow[];
}

const NUMBER = /^[-+]?\d[\d,，]*(\.\d+)?%?$|^[—–\-－/／]$/;
/** Numbers that open a section or sub-section heading (`三、`, `（二）`); Table B's row labels open the same way. */
export const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
const SENTENCE_END = /[。；！？]$/;
/** Two lines closer than this (in font heights) are wrapped lines of one cell rather than two rows. */
const TIGHT = 1.45;
/** Header lines looked for above the first row of numbers (Table B's header wraps over up to eight). */
const HEADER_LINES = 10;

const isNumber = (s: Segment) => NUMBER.test(s.text.replace(/\s+/g, ''));
const isData = (l: Line) => l.segments.length >= 2 && l.segments.some(isNumber);

/** Finds the column tables among a page's lines (sorted top to bottom) and returns the lines they did not take. */
export function findColumnTables(lines: readonly Line[]): { tables: ColumnTable[]; rest: Line[] } {
  const tables: ColumnTable[] = [];
  const taken = new Set<Line>();
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    if (!first || !isData(first)) {
      i++;
      continue;
    }
    let start = i;
    while (start > 0 && i - start < HEADER_LINES && headerLine(lines[start - 1], lines[start], first)) start--;
    let end = i;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j];
      if (!line) break;
      if (isData(line) || (line.segments.length >= 2 && !SENTENCE_END.test(line.text))) {
        end = j;
        continue;
      }
      if (!continuesTable(lines, j)) break;
    }
    const region = lines.slice(start, end + 1);
    const data = region.filter(isData);
    const table = data.length >= 2 || (data[0]?.segments.filter(isNumber).length ?? 0) >= 3 ? buildTable(region) : null;
    if (table) {
      tables.push(table);
      region.forEach((l) => taken.add(l));
      i = end + 1;
    } else i++;
  }
  return { tables, rest: lines.filter((l) => !taken.has(l)) };
}

/**
 * A line just above the first numbers that belongs to the table's header: several cells, or one cell clearly
 * narrower than the table (a full-width line is prose) that is not a section heading.
 */
function headerLine(line: Line | undefined, below: Line | undefined, data: Line): boolean {
  if (!line || !below || isData(line) || SENTENCE_END.test(line.text)) return false;
  if (line.segments.length >= 2) return true;
  return !HEADING.test(line.text) && line.x1 - line.x0 <= 0.75 * (data.x1 - data.x0) && below.y - line.y <= 2.2 * line.size;
}

/**
 * A single-segment line inside a table: a caption row or a wrapped piece of a label, when more table lines follow
 * before any prose. A line that opens like a section heading (`四、`, `（二）`) stays in the table only when a row of
 * numbers follows right under it: row labels such as `（二）部分公开…` have that, a section heading has prose or a
 * new table's header.
 */
function continuesTable(lines: readonly Line[], j: number): boolean {
  const line = lines[j];
  if (!line || SENTENCE_END.test(line.text)) return false;
  if (HEADING.test(line.text)) return labelAboveNumbers(lines, j);
  for (let k = j + 1; k <= j + 3; k++) {
    const ahead = lines[k];
    if (!ahead || SENTENCE_END.test(ahead.text)) return false;
    if (ahead.segments.length >= 2) return true;
    if (HEADING.test(ahead.text)) return labelAboveNumbers(lines, k);
  }
  return false;
}

function labelAboveNumbers(lines: readonly Line[], j: number): boolean {
  const line = lines[j];
  return !!line && [lines[j + 1], lines[j + 2], lines[j + 3]].some((next) => next !== undefined && isData(next) && next.y - line.y <= 3 * line.size);
}

interface Placed {
  col: number;
  colSpan: number;
  text: string;
  numeric: boolean;
  x0: number;
  x1: number;
}

type RowCell = ColumnCell & { numeric: boolean; x0: number; x1: number };

function buildTable(region: Line[]): ColumnTable | null {
  const first = region[0];
  const last = region[region.length - 1];
  if (!first || !last) return null;
  const size = median(region.map((l) => l.size));
  const numbers = region.filter(isData).flatMap((l) => l.segments.filter(isNumber));
  const centers = cluster(numbers.map((s) => (s.x0 + s.x1) / 2), Math.max(4, 0.8 * size));
  if (centers.length === 0) return null;
  const pitch = centers.length > 1 ? Math.min(...centers.slice(1).map((c, k) => c - (centers[k] ?? 0))) : 4 * size;
  const numericStart = (centers[0] ?? 0) - pitch / 2;
  const labelStarts = cluster(
    region
      .filter(isData)
      .flatMap((l) => l.segments.filter((s) => (s.x0 + s.x1) / 2 < numericStart && !isNumber(s)))
      .map((s) => s.x0),
    0.6 * size,
    'min',
  );
  const labelColumns = labelStarts.length;

  const place = (s: Segment): Placed => {
    const center = (s.x0 + s.x1) / 2;
    const base = { text: s.text, x0: s.x0, x1: s.x1 };
    if (center < numericStart && labelColumns > 0) {
      let col = 0;
      labelStarts.forEach((x, k) => {
        if (s.x0 >= x - 0.6 * size) col = k;
      });
      return { ...base, col, colSpan: 1, numeric: false };
    }
    if (isNumber(s)) return { ...base, col: labelColumns + nearest(centers, center), colSpan: 1, numeric: true };
    // A header over several numeric columns: the columns whose centres it covers, or as many as its width needs.
    const inside = centers.map((c, k) => [c, k] as const).filter(([c]) => c >= s.x0 - 0.5 * size && c <= s.x1 + 0.5 * size);
    const byWidth = Math.round((s.x1 - s.x0) / pitch + 0.4);
    const firstInside = inside[0];
    const col = labelColumns + (firstInside ? firstInside[1] : nearest(centers, center));
    return { ...base, col, colSpan: Math.max(1, inside.length, Math.min(byWidth, centers.length - (col - labelColumns))), numeric: false };
  };

  const rows: Array<{ cells: Map<number, RowCell>; line: number; y: number }> = [];
  for (const line of region) {
    const placed = mergeSameColumn(line.segments.map(place));
    const previous = rows[rows.length - 1];
    const tight = previous !== undefined && line.y - previous.y <= TIGHT * size;
    const prevNumeric = previous ? [...previous.cells.values()].some((c) => c.numeric) : false;
    if (previous && tight && !placed.some((p) => p.numeric)) {
      // Wrapped text: a piece continues the cell above it when it sits in the same column, aligned with it (left
      // edges or centres) and no wider than it.
      const leftover = placed.filter((p) => {
        const above = previous.cells.get(p.col);
        if (!above || above.numeric || above.colSpan !== p.colSpan || !wrapsInto(above, p, size)) return true;
        above.text = joinText(above.text, p.text, true);
        return false;
      });
      previous.y = line.y;
      if (leftover.length === 0) continue;
      rows.push(newRow(leftover, line));
      continue;
    }
    if (previous && tight && !prevNumeric && placed.every((p) => p.col >= labelColumns)) {
      // Numbers centred vertically below a label that sits alone on the line above.
      for (const p of placed) previous.cells.set(p.col, { ...p, line: line.index });
      previous.y = line.y;
      continue;
    }
    rows.push(newRow(placed, line));
  }
  const built: ColumnRow[] = rows.map((row) => {
    const cells = [...row.cells.values()].sort((a, b) => a.col - b.col);
    cells.forEach((cell, k) => {
      if (cell.col < labelColumns) cell.colSpan = Math.min(cells[k + 1]?.col ?? labelColumns, labelColumns) - cell.col;
      cell.colSpan = Math.max(1, cell.colSpan);
    });
    return { line: row.line, cells: cells.map(({ col, colSpan, text, line }) => ({ col, colSpan, text, line })) };
  });
  return { kind: 'columns', page: first.page, top: first.y - first.size, bottom: last.y, centers, labelColumns, rows: built };
}

function wrapsInto(above: { x0: number; x1: number }, piece: { x0: number; x1: number }, size: number): boolean {
  const aligned = Math.abs(above.x0 - piece.x0) <= 0.3 * size || Math.abs(above.x0 + above.x1 - piece.x0 - piece.x1) <= 0.6 * size;
  return aligned && piece.x1 - piece.x0 <= above.x1 - above.x0 + 0.5 * size;
}

function newRow(placed: Placed[], line: Line) {
  const cells = new Map<number, RowCell>();
  for (const p of placed) cells.set(p.col, { ...p, line: line.index });
  return { cells, line: line.index, y: line.y };
}

/** Segments that fall into the same column (a label with an inner gap) become one cell. */
function mergeSameColumn(placed: Placed[]): Placed[] {
  const out: Placed[] = [];
  for (const p of placed) {
    const same = out.find((o) => o.col === p.col);
    if (same) {
      same.text = joinText(same.text, p.text, true);
      same.numeric = same.numeric && p.numeric;
      same.x1 = Math.max(same.x1, p.x1);
    } else out.push({ ...p });
  }
  return out;
}

/** Sorted cluster representatives (mean, or the minimum for left edges) of values closer than `tolerance`. */
function cluster(values: number[], tolerance: number, pick: 'mean' | 'min' = 'mean'): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const group = groups[groups.length - 1];
    const lastValue = group?.[group.length - 1];
    if (group && lastValue !== undefined && v - lastValue <= tolerance) group.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => (pick === 'min' ? Math.min(...g) : g.reduce((a, b) => a + b, 0) / g.length));
}

function nearest(values: number[], x: number): number {
  let best = 0;
  values.forEach((v, k) => {
    if (Math.abs(v - x) < Math.abs((values[best] ?? Infinity) - x)) best = k;
  });
  return best;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 10;
}
