/**
 * Ruled tables: where the page draws cell borders, the borders give the grid exactly, merged cells included. Lines
 * are clustered into connected frames; each frame's distinct x and y positions are the grid lines, and a missing
 * border between two neighbouring slots merges them into one cell.
 */
import { groupLines, joinText, makeLine } from './lines.js';
import type { Rule, TextRun } from './read-pages.js';

/** A text run tagged with the 1-based index of its line on the page. */
export interface LineRun extends TextRun {
  line: number;
}

export interface GridCell {
  /** 0-based grid slot of the top-left corner and the number of slots covered. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  /** Page line of the cell's first run; null for an empty cell. */
  line: number | null;
}

export interface GridTable {
  kind: 'grid';
  page: number;
  top: number;
  bottom: number;
  /** x positions of the column boundaries, left to right. */
  columns: number[];
  rowCount: number;
  cells: GridCell[];
}

interface HLine {
  y: number;
  x0: number;
  x1: number;
}
interface VLine {
  x: number;
  y0: number;
  y1: number;
}

const SNAP = 1.5;
/** A border counts as present between two slots when it covers this share of their common edge. */
const COVER = 0.6;
/** A cell holding more lines than this is a frame around running text, not a table cell. */
const MAX_CELL_LINES = 12;

/** Finds ruled tables on a page and returns them with the runs they did not take. */
export function findGrids(page: number, rules: readonly Rule[], runs: readonly LineRun[]): { grids: GridTable[]; rest: LineRun[] } {
  const { horizontal, vertical } = mergeRules(rules);
  const grids: GridTable[] = [];
  let rest = [...runs];
  for (const frame of frames(horizontal, vertical)) {
    const built = buildGrid(page, frame.h, frame.v, rest);
    if (!built) continue;
    grids.push(built.grid);
    rest = built.rest;
  }
  grids.sort((a, b) => a.top - b.top);
  return { grids, rest };
}

function mergeRules(rules: readonly Rule[]): { horizontal: HLine[]; vertical: VLine[] } {
  const h = rules
    .filter((r) => r.y1 - r.y0 <= 1 && r.x1 - r.x0 >= 2)
    .map((r) => ({ y: (r.y0 + r.y1) / 2, x0: r.x0, x1: r.x1 }))
    .sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const v = rules
    .filter((r) => r.x1 - r.x0 <= 1 && r.y1 - r.y0 >= 2)
    .map((r) => ({ x: (r.x0 + r.x1) / 2, y0: r.y0, y1: r.y1 }))
    .sort((a, b) => a.x - b.x || a.y0 - b.y0);
  const horizontal: HLine[] = [];
  for (const line of h) {
    const same = horizontal.find((m) => Math.abs(m.y - line.y) <= 1 && line.x0 <= m.x1 + SNAP && line.x1 >= m.x0 - SNAP);
    if (same) {
      same.x0 = Math.min(same.x0, line.x0);
      same.x1 = Math.max(same.x1, line.x1);
    } else horizontal.push({ ...line });
  }
  const vertical: VLine[] = [];
  for (const line of v) {
    const same = vertical.find((m) => Math.abs(m.x - line.x) <= 1 && line.y0 <= m.y1 + SNAP && line.y1 >= m.y0 - SNAP);
    if (same) {
      same.y0 = Math.min(same.y0, line.y0);
      same.y1 = Math.max(same.y1, line.y1);
    } else vertical.push({ ...line });
  }
  return { horizontal, vertical };
}

/** Connected groups of crossing or touching lines. */
function frames(horizontal: HLine[], vertical: VLine[]): Array<{ h: HLine[]; v: VLine[] }> {
  const parent = [...horizontal.map((_, i) => i), ...vertical.map((_, i) => horizontal.length + i)];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  horizontal.forEach((h, i) =>
    vertical.forEach((v, j) => {
      if (v.x >= h.x0 - SNAP && v.x <= h.x1 + SNAP && h.y >= v.y0 - SNAP && h.y <= v.y1 + SNAP) parent[find(i)] = find(horizontal.length + j);
    }),
  );
  const groups = new Map<number, { h: HLine[]; v: VLine[] }>();
  const group = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    return g;
  };
  horizontal.forEach((h, i) => group(i).h.push(h));
  vertical.forEach((v, j) => group(horizontal.length + j).v.push(v));
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 1);
}

function clusterPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || v - last > SNAP) out.push(v);
  }
  return out;
}

function buildGrid(page: number, h: HLine[], v: VLine[], runs: LineRun[]): { grid: GridTable; rest: LineRun[] } | null {
  const xs = clusterPositions(v.map((l) => l.x));
  const ys = clusterPositions(h.map((l) => l.y));
  // Tables drawn without outer side (or top/bottom) borders: the other lines' extent closes the grid.
  const virtualX = new Set<number>();
  const virtualY = new Set<number>();
  const left = Math.min(...h.map((l) => l.x0));
  const right = Math.max(...h.map((l) => l.x1));
  const top = Math.min(...v.map((l) => l.y0));
  const bottom = Math.max(...v.map((l) => l.y1));
  if ((xs[0] ?? left) - left > 3) {
    xs.unshift(left);
    virtualX.add(left);
  }
  if (right - (xs[xs.length - 1] ?? right) > 3) {
    xs.push(right);
    virtualX.add(right);
  }
  if ((ys[0] ?? top) - top > 3) {
    ys.unshift(top);
    virtualY.add(top);
  }
  if (bottom - (ys[ys.length - 1] ?? bottom) > 3) {
    ys.push(bottom);
    virtualY.add(bottom);
  }
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1 || rows * cols < 2) return null;

  const at = (arr: number[], i: number) => arr[i] ?? 0;
  // The ruling segments on each grid line, gathered once: every slot edge along that line is checked against them.
  const verticalSegments = xs.map((x) => v.filter((l) => Math.abs(l.x - x) <= SNAP).map((l): [number, number] => [l.y0, l.y1]));
  const horizontalSegments = ys.map((y) => h.filter((l) => Math.abs(l.y - y) <= SNAP).map((l): [number, number] => [l.x0, l.x1]));
  const verticalAt = borderPresence(rows, (k, r) => virtualX.has(at(xs, k)) || covered(verticalSegments[k] ?? [], at(ys, r), at(ys, r + 1)));
  const horizontalAt = borderPresence(cols, (k, c) => virtualY.has(at(ys, k)) || covered(horizontalSegments[k] ?? [], at(xs, c), at(xs, c + 1)));

  // Slots joined where no border separates them; each group's bounding box is a cell.
  const slot = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !verticalAt(c + 1, r)) parent[find(slot(r, c + 1))] = find(slot(r, c));
      if (r + 1 < rows && !horizontalAt(r + 1, c)) parent[find(slot(r + 1, c))] = find(slot(r, c));
    }
  }
  // The last row and column each group reaches, by the group's root slot.
  const lastRow = new Array<number>(rows * cols).fill(0);
  const lastCol = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows * cols; i++) {
    const root = find(i);
    lastRow[root] = Math.max(lastRow[root] ?? 0, Math.floor(i / cols));
    lastCol[root] = Math.max(lastCol[root] ?? 0, i % cols);
  }
  const owner = new Array<number>(rows * cols).fill(-1);
  const cells: Array<GridCell & { runs: LineRun[] }> = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (owner[slot(r, c)] !== -1) continue;
      const root = find(slot(r, c));
      const r1 = Math.max(r, lastRow[root] ?? r);
      const c1 = Math.max(c, lastCol[root] ?? c);
      const index = cells.length;
      for (let rr = r; rr <= r1; rr++) for (let cc = c; cc <= c1; cc++) if (owner[slot(rr, cc)] === -1) owner[slot(rr, cc)] = index;
      cells.push({ row: r, col: c, rowSpan: r1 - r + 1, colSpan: c1 - c + 1, text: '', line: null, runs: [] });
    }
  }

  const rest: LineRun[] = [];
  const x0 = at(xs, 0);
  const x1 = at(xs, cols);
  const y0 = at(ys, 0);
  const y1 = at(ys, rows);
  for (const run of runs) {
    const midY = run.y - run.size * 0.3;
    if (midY < y0 || midY > y1 || run.x + run.width / 2 < x0 || run.x + run.width / 2 > x1) {
      rest.push(run);
      continue;
    }
    const r = Math.min(rows - 1, Math.max(0, indexOf(ys, midY)));
    for (const piece of splitAtBorders(run, xs, (k) => verticalAt(k, r))) {
      const c = Math.min(cols - 1, Math.max(0, indexOf(xs, piece.x + piece.width / 2)));
      cells[owner[slot(r, c)] ?? 0]?.runs.push(piece);
    }
  }
  if (cells.every((cell) => cell.runs.length === 0)) return null;
  for (const cell of cells) {
    const lines = groupLines(cell.runs);
    if (lines.length > MAX_CELL_LINES) return null;
    cell.text = lines.map((l) => makeLine(l, page, 0).text).reduce((a, b) => joinText(a, b, true), '');
    cell.line = cell.runs.length ? Math.min(...cell.runs.map((run) => run.line)) : null;
  }
  return {
    grid: {
      kind: 'grid',
      page,
      top: y0,
      bottom: y1,
      columns: xs,
      rowCount: rows,
      cells: cells.map(({ runs: _runs, ...cell }) => cell),
    },
    rest,
  };
}

/**
 * Whether a border is drawn at grid line k along slot `along`, worked out once per place: placing the runs asks again
 * for every run, and each answer scans every ruling line of the frame.
 */
function borderPresence(slots: number, present: (k: number, along: number) => boolean): (k: number, along: number) => boolean {
  const known = new Map<number, boolean>();
  return (k, along) => {
    const key = k * slots + along;
    let answer = known.get(key);
    if (answer === undefined) known.set(key, (answer = present(k, along)));
    return answer;
  };
}

/** Whether the union of the intervals covers enough of [from, to]. */
function covered(intervals: Array<[number, number]>, from: number, to: number): boolean {
  let total = 0;
  const sorted = intervals.map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as const).filter(([a, b]) => b > a);
  sorted.sort((p, q) => p[0] - q[0]);
  let end = from;
  for (const [a, b] of sorted) {
    const start = Math.max(a, end);
    if (b > start) total += b - start;
    end = Math.max(end, b);
  }
  return total >= (to - from) * COVER;
}

/** Index i such that positions[i] ≤ value < positions[i + 1]. */
function indexOf(positions: number[], value: number): number {
  let i = 0;
  while (i + 1 < positions.length - 1 && value >= (positions[i + 1] ?? Infinity)) i++;
  return i;
}

/**
 * A run that crosses a drawn cell border holds the text of two cells (some producers write a row as one string);
 * it is cut at the border, assuming evenly wide characters.
 */
function splitAtBorders(run: LineRun, xs: number[], present: (k: number) => boolean): LineRun[] {
  const chars = Array.from(run.text);
  if (chars.length < 2) return [run];
  const step = run.width / chars.length;
  const pieces: LineRun[] = [];
  let start = 0;
  for (let k = 1; k < xs.length - 1; k++) {
    const border = xs[k] ?? 0;
    if (border <= run.x + step * (start + 0.5) || border >= run.x + run.width - step * 0.5 || !present(k)) continue;
    const cut = Math.round((border - run.x) / step);
    if (cut <= start || cut >= chars.length) continue;
    pieces.push({ ...run, text: chars.slice(start, cut).join(''), x: run.x + start * step, width: (cut - start) * step });
    start = cut;
  }
  if (start === 0) return [run];
  pieces.push({ ...run, text: chars.slice(start).join(''), x: run.x + start * step, width: (chars.length - start) * step });
  return pieces.filter((p) => p.text.trim() !== '');
}
