/**
 * One OFD page (GB/T 33190-2016) read into what the PDF layout takes: positioned text runs and straight ruling lines,
 * in points with the origin at the top left. OFD places every graphic unit in millimetres inside its Boundary, y
 * growing downwards, optionally through a CTM; text comes as Unicode in TextCode with the glyph advances in DeltaX.
 * So an OFD page needs no font program at all, and is then laid out exactly as a PDF page is.
 */
import { childElements, textOf, type XmlElement } from '../docx/xml.js';
import { apply, multiply, Polylines, straightEdges, thinRectangle, type Matrix, type Rule } from '../pdf/geometry.js';
import { normalizePdfText } from '../pdf/normalize.js';
import type { PageContent, TextRun } from '../pdf/read-pages.js';

const POINTS_PER_MM = 72 / 25.4;

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** A4 in millimetres: the size a page takes when neither it nor its document gives a PhysicalBox. */
export const A4_BOX = { width: 210, height: 297 };

/** The element's name without its namespace prefix: producers bind the OFD namespace to `ofd:` or to no prefix. */
export function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1);
}

/** Child elements by local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return childElements(element).filter((c) => localName(c) === name);
}

export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element ? childrenNamed(element, name)[0] : undefined;
}

/** `x y w h` of a PhysicalBox, in millimetres; undefined when absent or malformed. */
export function physicalBox(area: XmlElement | undefined): { width: number; height: number } | undefined {
  const box = childNamed(area, 'PhysicalBox');
  const numbers = box ? numbersOf(textOf(box)) : [];
  const [, , width, height] = numbers;
  return width !== undefined && height !== undefined && width > 0 && height > 0 ? { width, height } : undefined;
}

/** The runs and rules of a page's Content element (or of none, for a page without content). */
export function readPageContent(page: XmlElement, number: number, size: { width: number; height: number }): PageContent {
  const runs: TextRun[] = [];
  const rules: Rule[] = [];
  for (const content of childrenNamed(page, 'Content')) {
    for (const layer of childrenNamed(content, 'Layer')) readGraphicUnits(layer, runs, rules);
  }
  return { number, width: size.width * POINTS_PER_MM, height: size.height * POINTS_PER_MM, runs, rules };
}

/** Graphic units of a layer or page block, in drawing order; blocks nest. Images and composites hold no text. */
function readGraphicUnits(container: XmlElement, runs: TextRun[], rules: Rule[]): void {
  for (const unit of childElements(container)) {
    const name = localName(unit);
    if (name === 'TextObject') runs.push(...textRuns(unit));
    else if (name === 'PathObject') rules.push(...pathRules(unit));
    else if (name === 'PageBlock') readGraphicUnits(unit, runs, rules);
  }
}

/** Object space → page points: the CTM, then the Boundary's origin, then millimetres to points. */
function placement(unit: XmlElement): Matrix | null {
  const [x, y] = numbersOf(unit.attrs.Boundary ?? '');
  if (x === undefined || y === undefined) return null;
  const ctm = matrixOf(unit.attrs.CTM);
  return multiply([POINTS_PER_MM, 0, 0, POINTS_PER_MM, x * POINTS_PER_MM, y * POINTS_PER_MM], ctm);
}

/**
 * One run per character, at the place DeltaX gives it: a producer may print a whole table row as one TextCode with the
 * column gaps in DeltaX, and the layout must see those gaps to tell the cells apart.
 */
function textRuns(unit: XmlElement): TextRun[] {
  const toPage = placement(unit);
  const size = Number(unit.attrs.Size);
  if (!toPage || !(size > 0)) return [];
  const [a, b, c, d] = toPage;
  // Rotated or mirrored text (stamps, vertical writing) takes no part in the reading order, as in a PDF.
  if (a <= 0 || d <= 0 || Math.abs(b) > a * 0.05 || Math.abs(c) > d * 0.05) return [];
  const height = size * d;
  const runs: TextRun[] = [];
  let x = 0;
  let y = 0;
  for (const code of childrenNamed(unit, 'TextCode')) {
    // A TextCode without X or Y goes on from the previous one's.
    if (code.attrs.X !== undefined) x = Number(code.attrs.X) || 0;
    if (code.attrs.Y !== undefined) y = Number(code.attrs.Y) || 0;
    const characters = [...textOf(code)];
    const advances = expandDeltas(code.attrs.DeltaX, characters.length - 1);
    characters.forEach((character, i) => {
      const advance = advances[i];
      const own = ownWidth(character, size);
      const width = advance !== undefined && advance > 0 && advance < own ? advance : own;
      const text = normalizePdfText(character);
      if (text.trim()) {
        const [left, baseline] = apply(toPage, x, y);
        runs.push({ text, x: left, y: baseline, width: width * a, size: height });
      }
      x += advance ?? own;
    });
  }
  return runs;
}

/** A character's advance when DeltaX does not give one: full width for ideographs and CJK punctuation, half for ASCII. */
function ownWidth(character: string, size: number): number {
  return (character.codePointAt(0) ?? 0) < 0x2e80 ? size / 2 : size;
}

/** DeltaX as one advance per gap between characters: `g 3 4.2` stands for three advances of 4.2. */
export function expandDeltas(deltaX: string | undefined, count: number): number[] {
  if (!deltaX || count <= 0) return [];
  const tokens = deltaX.trim().split(/\s+/);
  const out: number[] = [];
  for (let i = 0; i < tokens.length && out.length < count; i++) {
    if (tokens[i] === 'g') {
      const times = Number(tokens[i + 1]);
      const value = Number(tokens[i + 2]);
      for (let k = 0; k < times && out.length < count; k++) out.push(value);
      i += 2;
    } else {
      out.push(Number(tokens[i]));
    }
  }
  return out.map((value) => (Number.isFinite(value) ? value : 0));
}

/** Ruling lines of a path: each straight stroked segment, or a thin filled rectangle (how many producers draw borders). */
function pathRules(unit: XmlElement): Rule[] {
  const toPage = placement(unit);
  const data = childNamed(unit, 'AbbreviatedData');
  if (!toPage || !data) return [];
  const stroke = unit.attrs.Stroke !== 'false';
  const fill = unit.attrs.Fill === 'true';
  const rules: Rule[] = [];
  for (const points of subpaths(textOf(data))) {
    const mapped = points.map(([x, y]) => apply(toPage, x, y));
    if (stroke) rules.push(...straightEdges(mapped));
    else if (fill) {
      const bar = thinRectangle(mapped);
      if (bar) rules.push(bar);
    }
  }
  return rules;
}

/** Polylines of AbbreviatedData (S/M move, L line, C close); a subpath with a curve (Q, B, A) is dropped. */
export function subpaths(data: string): Array<Array<[number, number]>> {
  const tokens = data.trim().split(/\s+/);
  const lines = new Polylines();
  const at = (i: number) => Number(tokens[i]) || 0;
  for (let i = 0; i < tokens.length; ) {
    const op = tokens[i++];
    if (op === 'M' || op === 'S') {
      lines.moveTo(at(i), at(i + 1));
      i += 2;
    } else if (op === 'L') {
      lines.lineTo(at(i), at(i + 1));
      i += 2;
    } else if (op === 'Q' || op === 'B' || op === 'A') {
      lines.curve();
      i += op === 'Q' ? 4 : op === 'B' ? 6 : 7;
    } else if (op === 'C') {
      lines.close();
    } else break;
  }
  return lines.finish();
}

function numbersOf(text: string): number[] {
  return text.trim().split(/\s+/).filter(Boolean).map(Number).filter(Number.isFinite);
}

function matrixOf(text: string | undefined): Matrix {
  const numbers = numbersOf(text ?? '');
  return numbers.length === 6 ? (numbers as Matrix) : IDENTITY;
}
