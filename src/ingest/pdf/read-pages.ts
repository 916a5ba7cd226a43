/**
 * The raw material of a PDF page through pdf.js: positioned text runs and the straight ruling lines drawn on it,
 * both in page points with the origin at the top left (y grows downwards). Runs in the isolated reader thread
 * (reader.ts); everything after this is plain geometry.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { apply, multiply, Polylines, straightEdges, thinRectangle, type Matrix, type Rule } from './geometry.js';
import { normalizePdfText } from './normalize.js';
import { loadPdfjs } from './pdfjs.js';

export type { Rule } from './geometry.js';

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
    for (const mapped of subpaths(buffer, toDevice)) {
      if (stroke.has(paint)) rules.push(...straightEdges(mapped));
      else {
        const bar = thinRectangle(mapped);
        if (bar) rules.push(bar);
      }
    }
  }
  return rules;
}

/**
 * Polylines of a pdf.js path buffer (moveTo/lineTo/closePath) in page space; a subpath with a curve is dropped. Each
 * point is mapped as it is read, rather than the polylines copied point by point afterwards: Chromium paints
 * hundreds of cell borders and backgrounds a page.
 */
function subpaths(buffer: ArrayLike<number>, toDevice: Matrix): Array<Array<[number, number]>> {
  const lines = new Polylines();
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++];
    if (op === 0) {
      lines.moveTo(...apply(toDevice, buffer[k] ?? 0, buffer[k + 1] ?? 0));
      k += 2;
    } else if (op === 1) {
      lines.lineTo(...apply(toDevice, buffer[k] ?? 0, buffer[k + 1] ?? 0));
      k += 2;
    } else if (op === 2 || op === 3) {
      lines.curve();
      k += op === 2 ? 6 : 4;
    } else if (op === 4) {
      lines.close();
    } else break;
  }
  return lines.finish();
}
