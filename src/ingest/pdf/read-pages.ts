/**
 * The raw material of a PDF page through pdf.js: positioned text runs and the straight ruling lines drawn on it,
 * both in page points with the origin at the top left (y grows downwards). Runs in the isolated reader thread
 * (reader.ts); everything after this is plain geometry.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { normalizePdfText } from './normalize.js';
import { loadPdfjs } from './pdfjs.js';

/** A piece of text on one baseline as pdf.js reports it. */
export interface TextRun {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font height. */
  size: number;
}

/** A horizontal or vertical ruling line, normalised so that x0 ≤ x1 and y0 ≤ y1. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageContent {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rule[];
}

export interface PdfContent {
  pageCount: number;
  pages: PageContent[];
}

export interface ReadOptions {
  /** Pages after this one are not read. */
  maxPages: number;
}

type Matrix = [number, number, number, number, number, number];

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));

/** Reads every page (up to `maxPages`). pdf.js errors (password, invalid structure) propagate unchanged. */
export async function readPdf(bytes: Uint8Array, options: ReadOptions): Promise<PdfContent> {
  const { pdfjs, worker, patches } = await loadPdfjs();
  // With the text-rules patch the text content carries the painted paths; without it they come from a second pass.
  const pathsInText = patches.includes('text-rules');
  const task = pdfjs.getDocument({
    data: bytes,
    worker,
    // No eval, no font loading, no network; local CMaps for CJK fonts that rely on predefined encodings.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    // Images are never decoded: the layout needs only text and lines.
    maxImageSize: 1,
    cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  // The worker outlives the document: a file that fails to open must still let go of its handler there.
  const doc = await task.promise.catch(async (error: unknown) => {
    await task.destroy();
    throw error;
  });
  try {
    const pages: PageContent[] = [];
    const last = Math.min(doc.numPages, options.maxPages);
    for (let number = 1; number <= last; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const toPage = viewport.transform as Matrix;
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) => ('str' in item ? textRun(item, toPage) : []));
      // Ruling lines matter only where there is text to put in a grid.
      let rules: Rule[] = [];
      if (runs.length > 0) {
        const paths = pathsInText ? paintedPathsOf(content.items) : paintedPathsOfOperatorList(await page.getOperatorList(), pdfjs.OPS);
        rules = rulesOf(paths, toPage, pdfjs.OPS);
      }
      pages.push({ number, width: viewport.width, height: viewport.height, runs, rules });
      page.cleanup();
    }
    return { pageCount: doc.numPages, pages };
  } finally {
    await doc.destroy();
  }
}

function textRun(item: TextItem, toPage: Matrix): TextRun[] {
  const text = normalizePdfText(item.str);
  if (!text.trim()) return [];
  const [a, b, c, d, e, f] = multiply(toPage, item.transform as Matrix);
  const size = Math.hypot(c, d) || item.height;
  // Rotated text (stamps, watermarks, vertical writing) does not take part in the reading order.
  if (a <= 0 || Math.abs(b) > Math.abs(a) * 0.05 || Math.abs(c) > Math.abs(d) * 0.05 || size <= 0) return [];
  return [{ text, x: e, y: f, width: item.width, size }];
}

/** A path as pdf.js paints it: the painting operator, its path buffer (DrawOPS codes and points) and the transform then. */
interface PaintedPath {
  paint: number;
  ctm: Matrix;
  buffer: ArrayLike<number>;
}

/** The painted paths the text-rules patch (worker-patch.ts) puts among a page's text items, in drawing order. */
function paintedPathsOf(items: readonly object[]): PaintedPath[] {
  const paths: PaintedPath[] = [];
  for (const item of items) {
    if ('type' in item && item.type === 'paintedPaths' && 'paths' in item) paths.push(...(item.paths as PaintedPath[]));
  }
  return paths;
}

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** The painted paths of an operator list, each with the transform in force where it is painted. */
function paintedPathsOfOperatorList(list: OperatorList, OPS: Record<string, number>): PaintedPath[] {
  const paths: PaintedPath[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && args) {
      const buffer = (args[1] as Array<ArrayLike<number> | null>)[0];
      if (buffer) paths.push({ paint: args[0] as number, ctm, buffer });
    }
  }
  return paths;
}

/** Straight horizontal and vertical lines, from stroked paths and from thin filled rectangles (how most producers draw borders). */
function rulesOf(paths: readonly PaintedPath[], toPage: Matrix, OPS: Record<string, number>): Rule[] {
  const rules: Rule[] = [];
  const stroke = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fill = new Set([OPS.fill, OPS.eoFill]);
  for (const { paint, ctm, buffer } of paths) {
    if (!(stroke.has(paint) || fill.has(paint))) continue;
    const toDevice = multiply(toPage, ctm);
    for (const points of subpaths(buffer)) {
      const mapped = points.map(([x, y]) => apply(toDevice, x, y));
      if (stroke.has(paint)) rules.push(...straightEdges(mapped));
      else {
        const bar = thinRectangle(mapped);
        if (bar) rules.push(bar);
      }
    }
  }
  return rules;
}

/** Polylines of a pdf.js path buffer (moveTo/lineTo/closePath); a subpath with a curve is dropped. */
function subpaths(buffer: ArrayLike<number>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  let curved = false;
  const flush = () => {
    if (current.length > 1 && !curved) out.push(current);
    current = [];
    curved = false;
  };
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++];
    if (op === 0) {
      flush();
      current.push([buffer[k] ?? 0, buffer[k + 1] ?? 0]);
      k += 2;
    } else if (op === 1) {
      current.push([buffer[k] ?? 0, buffer[k + 1] ?? 0]);
      k += 2;
    } else if (op === 2) {
      curved = true;
      k += 6;
    } else if (op === 3) {
      curved = true;
      k += 4;
    } else if (op === 4) {
      const first = current[0];
      if (first) current.push([first[0], first[1]]);
    } else break;
  }
  flush();
  return out;
}

const AXIS_TOLERANCE = 0.5;

function straightEdges(points: Array<[number, number]>): Rule[] {
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
function thinRectangle(points: Array<[number, number]>): Rule | null {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const r = box(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
  const axisAligned = points.every(([x, y]) => near(x, r.x0) || near(x, r.x1) || near(y, r.y0) || near(y, r.y1));
  if (!axisAligned || points.length > 6) return null;
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

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
