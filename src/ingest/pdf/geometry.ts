/**
 * Page geometry shared by the PDF and OFD readers: affine transforms, and the straight ruling lines a table's borders
 * leave, whether stroked as lines or filled as thin bars. Coordinates are points, origin top left.
 */

/** A horizontal or vertical ruling line, normalised so that x0 ≤ x1 and y0 ≤ y1. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** An affine transform [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

/** Straight polylines gathered from path commands; a subpath with a curve in it is dropped whole. */
export class Polylines {
  private readonly done: Array<Array<[number, number]>> = [];
  private current: Array<[number, number]> = [];
  private curved = false;

  moveTo(x: number, y: number): void {
    this.endSubpath();
    this.current.push([x, y]);
  }

  lineTo(x: number, y: number): void {
    this.current.push([x, y]);
  }

  curve(): void {
    this.curved = true;
  }

  /** Back to the subpath's first point. */
  close(): void {
    const first = this.current[0];
    if (first) this.current.push([first[0], first[1]]);
  }

  /** Every polyline of two points or more. */
  finish(): Array<Array<[number, number]>> {
    this.endSubpath();
    return this.done;
  }

  private endSubpath(): void {
    if (this.current.length > 1 && !this.curved) this.done.push(this.current);
    this.current = [];
    this.curved = false;
  }
}

const AXIS_TOLERANCE = 0.5;

/** The horizontal and vertical segments of a stroked polyline, longer than a point. */
export function straightEdges(points: Array<[number, number]>): Rule[] {
  const rules: Rule[] = [];
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1] ?? [0, 0];
    const [bx, by] = points[i] ?? [0, 0];
    if (Math.abs(ay - by) <= AXIS_TOLERANCE || Math.abs(ax - bx) <= AXIS_TOLERANCE) {
      if (Math.abs(ax - bx) + Math.abs(ay - by) > 1) rules.push(box(ax, ay, bx, by));
    }
  }
  return rules;
}

/** A filled axis-aligned rectangle at most 2.5 pt thick is a line along its long side. */
export function thinRectangle(points: Array<[number, number]>): Rule | null {
  if (points.length > 6) return null;
  // The bounding box in one pass, without arrays of the coordinates (a PDF page can paint hundreds of rectangles).
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const r = box(minX, minY, maxX, maxY);
  const axisAligned = points.every(([x, y]) => near(x, r.x0) || near(x, r.x1) || near(y, r.y0) || near(y, r.y1));
  if (!axisAligned) return null;
  const w = r.x1 - r.x0;
  const h = r.y1 - r.y0;
  if (h <= 2.5 && w > h) return box(r.x0, (r.y0 + r.y1) / 2, r.x1, (r.y0 + r.y1) / 2);
  if (w <= 2.5 && h > w) return box((r.x0 + r.x1) / 2, r.y0, (r.x0 + r.x1) / 2, r.y1);
  return null;
}

const near = (a: number, b: number) => Math.abs(a - b) <= AXIS_TOLERANCE;

function box(ax: number, ay: number, bx: number, by: number): Rule {
  return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
}

/** The transform applying `n` first, then `m`. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
