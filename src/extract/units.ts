/**
 * Flattens a Document into units: one per paragraph or table row, in reading order, with page debris removed.
 * Everything after this point reads units, so every text layout and every adapter looks the same to extraction.
 */
import { SECTIONS } from '../format/common.js';
import { unifyIdeographs } from '../format/ideographs.js';
import { isDigitCode, isNormalLabel, isTrimmedCode, MAY_NEED_CLEANING_CLASS, normalizeLabel, normalizeLabelOnce } from '../format/normalize.js';
import type { Document, Location, Paragraph, TableCell } from '../ingest/document.js';
import type { PieceReading } from './tokens.js';
import { toSimplified } from './traditional.js';
import { endsInDigit, isPlainCount } from './values.js';

export interface UnitCell {
  text: string;
  loc: Location;
  col: number;
}

export interface Unit {
  /** Index in the unit list. */
  index: number;
  /** Paragraph text, or the row's cells joined by a tab. */
  text: string;
  loc: Location;
  /** Present for table rows. */
  cells?: UnitCell[];
  /**
   * Each cell's LabelText (see cellLabelOf), made once: its norm, read by the row's norm and the table's text tokens,
   * and its readings as a piece. Undefined for an empty cell or a bare number, whose norm is its text.
   */
  cellLabels?: Array<LabelText | undefined>;
  /** A short paragraph's shared LabelText; its norm is the unit's. */
  label?: LabelText;
  /**
   * Empty cells printed as lines of bare pipes just before this unit, in a layout of one cell a line each closed by
   * a pipe (`一、本年新收… |`, `|`, `|`, `0 |`): where each was, so the numbers after them keep their columns. Soft
   * when the line held several pipes (`||`, `|||`): those fill out a row's spanned cells, blanks only if needed.
   */
  blanksBefore?: Array<{ loc: Location; soft: boolean }>;
  /** True when the row comes from a grid the source states (blank cells are real blanks). */
  reliableGrid?: boolean;
  /** A row's filled cells joined by a space, made once: headings, sections and lines all read it. */
  plain?: string;
  heading?: number;
  /**
   * normalizeLabel of the plain text (of its first NORM_PREFIX characters for long prose), computed once: headings
   * and the title compare against it.
   */
  norm: string;
}

/*
 * Page numbers and running footers, one pattern per first character: a text is tried against the one pattern its
 * first character can start (at most one can), so a label such as 第二十条第（一）项 or 1.属于国家秘密 runs one pattern,
 * not five.
 */
/** - 3 -, — 3 —, ·3·: dashes on both sides, so a signed value such as -4 is not taken for a page number. */
const DASHED_PAGE = /^[-—–－_·]+\s*\d{1,3}\s*[-—–－_·]+$/;
const NTH_PAGE = /^第\s*\d{1,3}\s*页\s*[,，/]?\s*(共\s*\d{1,3}\s*页)?$/;
const PAGES_THEN_NTH = /^共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页$/;
const PAGE_OF_PAGES = /^\d{1,3}\s*\/\s*\d{1,3}$/;
const LATIN_PAGE = /^(?:page|p\.)\s*\d+(\s*of\s*\d+)?$/i;

const INLINE_DEBRIS = /\[bookmark:[^\]]*\]|\{\{[^}]*\}\}|<\/?[a-z][^>]*>/gi;

/** A paragraph that is only a page number or running footer; a bare number is kept, it may be a value. */
export function isPageDebris(text: string): boolean {
  return isTrimmedPageDebris(text.trim());
}

/** isPageDebris of text already trimmed (every text readUnits asks about): it skips the trim. */
function isTrimmedPageDebris(t: string): boolean {
  if (t.length > 24) return false;
  // Most short lines (labels, words) start with no character a pattern starts with: told by that code, they run no
  // pattern. A bare number, the most common short line, is told by its codes: both tests are code comparisons rather
  // than patterns, since this runs for every paragraph and one-cell row.
  const pattern = debrisPatternFor(t.charCodeAt(0));
  return pattern !== null && !isAllDigits(t) && pattern.test(t);
}

/** The one debris pattern a text starting with this code may match: by a dash, 第, 共, an ASCII digit, p or P. */
function debrisPatternFor(code: number): RegExp | null {
  if (isDigitCode(code)) return PAGE_OF_PAGES;
  switch (code) {
    case 0x2d: // -
    case 0x2014: // —
    case 0x2013: // –
    case 0xff0d: // －
    case 0x5f: // _
    case 0xb7: // ·
      return DASHED_PAGE;
    case 0x7b2c: // 第
      return NTH_PAGE;
    case 0x5171: // 共
      return PAGES_THEN_NTH;
    case 0x70: // p
    case 0x50: // P
      return LATIN_PAGE;
    default:
      return null;
  }
}

/** /^\d+$/ (ASCII digits) for non-empty text. */
function isAllDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** One test for the common case, text that needs no cleaning at all. */
const MAY_NEED_CLEANING = new RegExp(`[${MAY_NEED_CLEANING_CLASS}]`);

/**
 * The cleaning test and the traditional-script test (開, see toUnits) in one pattern, so that each text of the
 * document is scanned once for both.
 */
const MAY_NEED_WORK = new RegExp(`[${MAY_NEED_CLEANING_CLASS}開]`);

/** Returned while reading when a 開 shows the document is in traditional script: it is read again, converted. */
const TRADITIONAL_MET = null;

/**
 * Inline debris removed and radicals a PDF font named (text copied or converted from a PDF) read as ideographs; or
 * TRADITIONAL_MET when `watchTraditional` and the text holds 開.
 */
function cleanWatching(text: string, watchTraditional: boolean): string | typeof TRADITIONAL_MET {
  // An empty cell (a third of a row's cells) and a plain count (most of the rest) have nothing to clean: they skip
  // the pattern.
  if (text.length === 0 || isPlainCount(text) || !MAY_NEED_WORK.test(text)) return text;
  if (watchTraditional && text.includes('開')) return TRADITIONAL_MET;
  if (!MAY_NEED_CLEANING.test(text)) return text;
  return unifyIdeographs(text).replace(INLINE_DEBRIS, '').replace(/\u00a0/g, ' ');
}

/**
 * A short text as units read it, made once per distinct text and shared by every report that prints it: its norm, and
 * the readings tokens make of it as a table's piece. A label is then hashed once per report where its norm and its
 * reading were each looked up by text, in a memo of their own.
 */
export interface LabelText {
  norm: string;
  readings: PieceReading[];
}

/**
 * Labels are short and a report has a few hundred distinct ones; longer text is prose, met once (as normalizeLabel's
 * memo). Cells are labels or notes, paragraphs may be prose: each has its bound.
 */
const CELL_LABEL_MAX_LENGTH = 80;
const PARAGRAPH_LABEL_MAX_LENGTH = 40;
const LABEL_TEXTS_MAX = 4000;
const labelTexts = new Map<string, LabelText>();

/** The shared LabelText of a text that is neither empty nor a bare number. */
function labelTextOf(text: string): LabelText {
  let label = labelTexts.get(text);
  if (label === undefined) {
    // The one normalisation of this text: normalizeLabel's own memo would only hold it a second time.
    label = { norm: normalizeLabelOnce(text), readings: [] };
    // The cap keeps a stream of one-off texts from growing the map for ever.
    if (labelTexts.size >= LABEL_TEXTS_MAX) labelTexts.clear();
    labelTexts.set(text, label);
  }
  return label;
}

/** Headings and titles are short: normalising a long paragraph in full would only cost time. */
export const NORM_PREFIX = 80;

/** A long paragraph can only open with a heading, never be a title or a label: its first words are enough. */
const LONG_PREFIX = 32;

function normOf(text: string): string {
  // A bare number (a cell printed on a line of its own) is its own norm, as in cellLabelOf.
  if (isPlainCount(text)) return text;
  // A long paragraph's opening words are met once: they skip normalizeLabel's memo, which keeps labels that recur.
  if (text.length > NORM_PREFIX) return normalizeLabelOnce(text.slice(0, LONG_PREFIX));
  // So is a line that ends in its values (`规章 0 0 0`, `规章000`).
  return endsInDigit(text) ? normalizeLabelOnce(text) : normalizeLabel(text);
}

/**
 * A row normalised cell by cell: a cell's label recurs in every report (normalizeLabel remembers it) where the row
 * with its numbers is new each time. The same as normalising the joined text, since only the numbering at the very
 * start looks across characters: a first filled cell that is only a number (`1` then `、…`) is left to the joined
 * text. An empty cell's norm is empty, so the empty cells need not be skipped.
 */
function rowNorm(cells: UnitCell[], cellLabels: Array<LabelText | undefined>, plain: string): string {
  // A row of one number (each value of a layout of one cell a line) is its own norm, as normOf would find after the
  // LONE_NUMBER pattern: settled by its codes.
  if (isPlainCount(plain)) return plain;
  let firstFilled = 0;
  while (firstFilled < cells.length && cells[firstFilled]?.text === '') firstFilled++;
  const first = cellNormAt(cells, cellLabels, firstFilled);
  // LONE_NUMBER needs at most two characters: the length turns down a label without a call of the pattern.
  if (plain.length > NORM_PREFIX || !first || (first.length <= 2 && LONE_NUMBER.test(first))) return normOf(plain);
  let norm = first;
  for (let i = firstFilled + 1; i < cells.length; i++) norm += cellNormAt(cells, cellLabels, i);
  return norm;
}

/** normalizeLabel of cell i's text: its LabelText's norm, or the text itself for an empty cell or a bare number. */
function cellNormAt(cells: UnitCell[], cellLabels: Array<LabelText | undefined>, i: number): string {
  return cellLabels[i]?.norm ?? cells[i]?.text ?? '';
}

const LONE_NUMBER = /^(\d{1,2}|[一二三四五六七八九十]{1,2})$/;

export function toUnits(doc: Document): Unit[] {
  // A page served converted to traditional script is told by its 公開 (never written so in simplified). Reading meets
  // it while it cleans each text, rather than in a scan of its own over every block and cell, and then starts again
  // on the document converted.
  // (Read without watching, readUnits never returns null.)
  return dropRunningHeaders(readUnits(doc, true) ?? readUnits(simplified(doc), false) ?? []);
}

/** The document read in simplified, so headings, labels and names match (政府信息公開 → 政府信息公开). */
function simplified(doc: Document): Document {
  const blocks = doc.blocks.map((b) =>
    b.kind === 'paragraph'
      ? { ...b, text: toSimplified(b.text) }
      : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, text: toSimplified(c.text) })) })) },
  );
  // Converted texts are vouched for by nobody: they are cleaned as any other adapter's.
  return { ...doc, blocks, cleanText: false };
}

/**
 * A page header or footer printed on every page (often the report's own title) comes back between table rows.
 * Paragraphs that repeat — twice when they name a 报告, three times otherwise — keep only their first occurrence.
 */
function dropRunningHeaders(units: Unit[]): Unit[] {
  const counts = new Map<string, number>();
  // The second and later occurrences of a paragraph: only they can be dropped, so only they are looked at again.
  const repeats: Unit[] = [];
  for (const unit of units) {
    if (unit.cells || unit.norm.length < 6 || unit.text.length > 60 || isDigitsAndPoints(unit.norm)) continue;
    const count = (counts.get(unit.norm) ?? 0) + 1;
    counts.set(unit.norm, count);
    if (count >= 2) repeats.push(unit);
  }
  // Nothing repeats in most documents: then nothing is dropped, and the units keep their indices.
  if (repeats.length === 0) return units;
  const running = new Set<Unit>();
  for (const unit of repeats) {
    if ((counts.get(unit.norm) ?? 0) >= 3 || /报告|年报/.test(unit.norm)) running.add(unit);
  }
  if (running.size === 0) return units;
  const kept = units.filter((unit) => !running.has(unit));
  kept.forEach((unit, index) => (unit.index = index));
  return kept;
}

/** /^[\d.]+$/: a page or section number such as 1.2.3, never a running header. The first code turns down prose. */
function isDigitsAndPoints(norm: string): boolean {
  const first = norm.charCodeAt(0);
  return (first === 0x2e || (first >= 0x30 && first <= 0x39)) && /^[\d.]+$/.test(norm);
}

/** The units of a document; null when `watchTraditional` and a text holds 開 (see toUnits). */
function readUnits(doc: Document, watchTraditional: boolean): Unit[] | null {
  const units: Unit[] = [];
  // A text the adapter vouches for needs no cleaning, no trimming and no watching for 開: each is read as it is.
  const asItIs = doc.cleanText === true;
  // Bare-pipe lines after a line closed by a pipe are empty cells (a bare pipe after an open line only closes it).
  let closedByPipe = false;
  let blanks: Array<{ loc: Location; soft: boolean }> = [];
  /** The blank cells met since the last unit, for the unit made now (undefined when none). */
  const takeBlanks = (): Unit['blanksBefore'] => {
    if (blanks.length === 0) return undefined;
    const taken = blanks;
    blanks = [];
    return taken;
  };
  // Every unit is made with all its fields, absent ones undefined, in one order: the code that reads units (layout,
  // tokens, sections) then meets one object shape, where paragraphs, headings, rows and rows after blank lines each
  // made their own (past four shapes, every read of a unit's field takes the slow, megamorphic path).
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      if (isPlainCount(block.text)) {
        // A number on a line of its own (a cell in some layouts, a quarter of the paragraphs): nothing to clean or
        // trim, never debris or guidance, and its own norm, so none of those tests runs.
        units.push(paragraphUnit(units.length, block.text, block, takeBlanks(), block.text));
        closedByPipe = false;
        continue;
      }
      const clean = asItIs ? block.text : cleanWatching(block.text, watchTraditional);
      if (clean === TRADITIONAL_MET) return null;
      const text = asItIs ? clean : clean.trim();
      if (!text || isTrimmedPageDebris(text) || isDraftGuidance(text)) continue;
      closedByPipe = text.charCodeAt(text.length - 1) === 0x7c;
      const parts = text.length >= FLATTENED_PAGE_MIN ? flattenedPageParts(text) : null;
      if (parts) {
        for (const part of parts) {
          const piece: Paragraph = { ...block, text: part.text, loc: subLocation(block.loc, part.start, part.text.length) };
          units.push(textParagraphUnit(units.length, part.text, piece, takeBlanks()));
        }
        continue;
      }
      units.push(textParagraphUnit(units.length, text, block, takeBlanks()));
      continue;
    }
    for (const row of block.rows) {
      if (!block.reliableGrid && allEmpty(row.cells)) {
        // `|` has no cells, `||` one, `|||` two: each a pipe-closed empty cell after the first.
        const soft = row.cells.length > 0;
        if (closedByPipe) for (let k = 0; k < Math.max(1, row.cells.length); k++) blanks.push({ loc: row.loc, soft });
        closedByPipe = true;
        continue;
      }
      closedByPipe = false;
      const cells = asItIs ? row.cells : unitCells(row.cells, watchTraditional);
      if (cells === TRADITIONAL_MET) return null;
      // Text, plain text and the filled cells in one loop, by concatenation rather than arrays and join: most rows'
      // text is only measured, and a concatenation is not copied until it is read.
      let text = '';
      let plain = '';
      let filled = 0;
      const cellLabels: Array<LabelText | undefined> = [];
      for (let i = 0; i < cells.length; i++) {
        const cellText = cells[i]?.text ?? '';
        if (i > 0) text += '\t';
        text += cellText;
        cellLabels.push(cellLabelOf(cellText));
        if (!cellText) continue;
        plain = filled === 0 ? cellText : `${plain} ${cellText}`;
        filled++;
      }
      if (filled === 0 || (filled === 1 && isTrimmedPageDebris(plain))) continue;
      units.push({
        index: units.length,
        text,
        loc: row.loc,
        cells,
        cellLabels,
        label: undefined,
        blanksBefore: takeBlanks(),
        reliableGrid: block.reliableGrid,
        plain,
        heading: undefined,
        norm: rowNorm(cells, cellLabels, plain),
      });
    }
  }
  return units;
}

/**
 * The unit of a paragraph of words, with its norm and, for a short label, its shared LabelText. A paragraph normal as it
 * stands (most headings and many labels) is its own norm, found by the one scan that tells it, with no LabelText; a
 * line ending in its values, met in one report only (see endsInDigit), gets none either: it would only crowd out labels.
 */
function textParagraphUnit(index: number, text: string, block: Paragraph, blanksBefore: Unit['blanksBefore']): Unit {
  if (text.length > PARAGRAPH_LABEL_MAX_LENGTH || endsInDigit(text)) {
    return paragraphUnit(index, text, block, blanksBefore, normOf(text));
  }
  if (isNormalLabel(text)) return paragraphUnit(index, text, block, blanksBefore, text);
  const label = labelTextOf(text);
  return paragraphUnit(index, text, block, blanksBefore, label.norm, label);
}

/** Shorter than this, a paragraph is no whole report: the six sections and three tables take thousands of characters. */
const FLATTENED_PAGE_MIN = 1000;

/** Where a page flattened with spaces breaks: before an official section heading, set off by a space. */
const SECTION_BREAK = new RegExp(`\\s+(?=(?:${SECTIONS.map((s) => `${s.ordinal}、\\s*${s.heading}`).join('|')}))`, 'g');

/** The signature closing such a page: the agency, then the date, set off by spaces (…事项。 某镇人民政府 2025年1月20日). */
const SIGNATURE_AT_END =
  /\s+(?=(?:[^\s。，；：]{2,40}\s+)?(?:(?:19|20)\d{2}|[〇零一二][〇零一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$)/;

/**
 * A whole page flattened to one line with a space between its blocks, as a crawler's get_text(' ') gives it: cut into
 * the paragraphs it was, before each official section heading and before the signature, so each section and table
 * is read on its own as on any other page. Null unless at least three headings are found so.
 */
function flattenedPageParts(page: string): Array<{ text: string; start: number }> | null {
  const cuts = [...page.matchAll(SECTION_BREAK)];
  if (cuts.length < 3) return null;
  // Page numbers of the printed page the text came from, each blanked in place so the columns stay.
  const text = page.replace(INLINE_PAGE_NUMBER, (m) => ' '.repeat(m.length));
  const signature = SIGNATURE_AT_END.exec(text);
  if (signature) cuts.push(signature);
  const parts: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut.index > start) parts.push({ text: text.slice(start, cut.index), start });
    start = cut.index + cut[0].length;
  }
  parts.push({ text: text.slice(start), start });
  return parts;
}

/** - 3 -, — 3 —, 第3页 共10页 between spaces: a page's number run into the line, never a cell. */
const INLINE_PAGE_NUMBER = /(?<=\s)(?:[-—–]\s?\d{1,3}\s?[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)(?=\s|$)/g;

/** Narrows a single-line location to a column range inside it (a part of a paragraph, a piece of a cell). */
export function subLocation(loc: Location, start: number, length: number): Location {
  if (loc.line === undefined || loc.column === undefined || loc.endLine !== loc.line) return loc;
  const column = loc.column + start;
  return { ...loc, column, endColumn: column + length - 1 };
}

/** A paragraph's unit, with every field of a row's unit (see readUnits). */
function paragraphUnit(
  index: number,
  text: string,
  block: Paragraph,
  blanksBefore: Unit['blanksBefore'],
  norm: string,
  label?: LabelText,
): Unit {
  return {
    index,
    text,
    loc: block.loc,
    cells: undefined,
    cellLabels: undefined,
    label,
    blanksBefore,
    reliableGrid: undefined,
    plain: undefined,
    heading: block.heading,
    norm,
  };
}

/** True when no cell of the row has text (an indexed loop, without an iterator: this is asked of every row). */
function allEmpty(cells: TableCell[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]?.text) return false;
  return true;
}

/**
 * The row's own cells when no text needs cleaning, the common case, so neither the list nor a cell is copied (units
 * only read them); otherwise each cell that changed is copied.
 */
function unitCells(cells: TableCell[], watchTraditional: boolean): UnitCell[] | typeof TRADITIONAL_MET {
  let copied: UnitCell[] | null = null;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell) continue;
    const clean = cleanWatching(cell.text, watchTraditional);
    if (clean === TRADITIONAL_MET) return null;
    const text = clean.trim();
    if (text === cell.text && copied === null) continue;
    copied ??= cells.slice(0, i);
    copied.push(text === cell.text ? cell : { text, loc: cell.loc, col: cell.col });
  }
  return copied ?? cells;
}

/**
 * A cell's LabelText: none for an empty cell or a number cell, which are their own norms (no numbering without a mark
 * after it), so the most common cells skip the scan; none either for a label normal as it stands, as for a paragraph
 * (see textParagraphUnit): its norm is its text, and its reading is found in the table's own, smaller piece memo, which
 * measured cheaper than the shared memo of every label text; a long text's own, shared with no other report (see
 * labelTextOf).
 */
function cellLabelOf(text: string): LabelText | undefined {
  if (text.length === 0 || isPlainCount(text) || isNormalLabel(text)) return undefined;
  return text.length > CELL_LABEL_MAX_LENGTH ? { norm: normalizeLabel(text), readings: [] } : labelTextOf(text);
}

/** A filling hint of a gongkai draft (`> 【填写说明】…`): guidance for the person, not report content. */
export function isDraftGuidance(text: string): boolean {
  // Only a line that opens with 【, > or a space can be one: its first code rules out almost every line, and the
  // plain search nearly all the rest, before the anchored pattern runs.
  const first = text.charCodeAt(0);
  if (first !== 0x3010 && first !== 0x3e && !isTrimmedCode(first)) return false;
  return text.includes('【填写说明】') && /^\s*(>\s*)?【填写说明】/.test(text);
}

/** Text of a unit with its empty cells dropped, for prose-level matching. */
export function unitPlainText(unit: Unit): string {
  return unit.plain ?? unit.text;
}
