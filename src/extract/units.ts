/**
 * Flattens a Document into units: one per paragraph or table row, in reading order, with page debris removed.
 * Everything after this point reads units, so every text layout and every adapter looks the same to extraction.
 */
import { MAY_UNIFY_CLASS, unifyIdeographs } from '../format/ideographs.js';
import { normalizeLabel } from '../format/normalize.js';
import type { Document, Location, TableCell } from '../ingest/document.js';
import { toSimplified } from './traditional.js';

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

const DEBRIS_PATTERNS = [
  // - 3 -, — 3 —, ·3·: dashes on both sides, so a signed value such as -4 is not taken for a page number.
  /^[-—–－_·]+\s*\d{1,3}\s*[-—–－_·]+$/,
  /^第\s*\d{1,3}\s*页\s*[,，/]?\s*(共\s*\d{1,3}\s*页)?$/,
  /^共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^page\s*\d+(\s*of\s*\d+)?$/i,
];

const INLINE_DEBRIS = /\[bookmark:[^\]]*\]|\{\{[^}]*\}\}|<\/?[a-z][^>]*>/gi;

/** A paragraph that is only a page number or running footer; a bare number is kept, it may be a value. */
export function isPageDebris(text: string): boolean {
  const t = text.trim();
  if (t.length > 24) return false;
  if (/^\d+$/.test(t)) return false;
  return DEBRIS_PATTERNS.some((p) => p.test(t));
}

/** One test for the common case, text that needs no cleaning at all. */
const MAY_NEED_CLEANING = new RegExp(`[[{<\\u00a0${MAY_UNIFY_CLASS}]`);

/** Inline debris removed; radicals a PDF font named (text copied or converted from a PDF) read as ideographs. */
export function cleanText(text: string): string {
  if (!MAY_NEED_CLEANING.test(text)) return text;
  return unifyIdeographs(text).replace(INLINE_DEBRIS, '').replace(/\u00a0/g, ' ');
}

/** Headings and titles are short: normalising a long paragraph in full would only cost time. */
export const NORM_PREFIX = 80;

/** A long paragraph can only open with a heading, never be a title or a label: its first words are enough. */
const LONG_PREFIX = 32;

function normOf(text: string): string {
  return normalizeLabel(text.length > NORM_PREFIX ? text.slice(0, LONG_PREFIX) : text);
}

/**
 * A row normalised cell by cell: a cell's label recurs in every report (normalizeLabel remembers it) where the row
 * with its numbers is new each time. The same as normalising the joined text, since only the numbering at the very
 * start looks across characters: a first cell that is only a number (`1` then `、…`) is left to the joined text.
 */
function rowNorm(cells: UnitCell[], plain: string): string {
  const first = normalizeLabel(cells[0]?.text ?? '');
  if (plain.length > NORM_PREFIX || !first || LONE_NUMBER.test(first)) return normOf(plain);
  let norm = first;
  for (let i = 1; i < cells.length; i++) norm += normalizeLabel(cells[i]?.text ?? '');
  return norm;
}

const LONE_NUMBER = /^(\d{1,2}|[一二三四五六七八九十]{1,2})$/;

export function toUnits(doc: Document): Unit[] {
  return dropRunningHeaders(readUnits(isTraditional(doc) ? simplified(doc) : doc));
}

/** A page served converted to traditional script: its 公開 (never written so in simplified) is enough to tell. */
function isTraditional(doc: Document): boolean {
  return doc.blocks.some((b) =>
    b.kind === 'paragraph' ? b.text.includes('開') : b.rows.some((r) => r.cells.some((c) => c.text.includes('開'))),
  );
}

/** The document read in simplified, so headings, labels and names match (政府信息公開 → 政府信息公开). */
function simplified(doc: Document): Document {
  const blocks = doc.blocks.map((b) =>
    b.kind === 'paragraph'
      ? { ...b, text: toSimplified(b.text) }
      : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, text: toSimplified(c.text) })) })) },
  );
  return { ...doc, blocks };
}

/**
 * A page header or footer printed on every page (often the report's own title) comes back between table rows.
 * Paragraphs that repeat — twice when they name a 报告, three times otherwise — keep only their first occurrence.
 */
function dropRunningHeaders(units: Unit[]): Unit[] {
  const counts = new Map<string, number>();
  for (const unit of units) {
    if (unit.cells || unit.norm.length < 6 || unit.text.length > 60 || /^[\d.]+$/.test(unit.norm)) continue;
    counts.set(unit.norm, (counts.get(unit.norm) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const kept = units.filter((unit) => {
    const count = counts.get(unit.norm) ?? 0;
    const running = count >= 3 || (count >= 2 && /报告|年报/.test(unit.norm));
    if (!running || unit.cells) return true;
    if (seen.has(unit.norm)) return false;
    seen.add(unit.norm);
    return true;
  });
  kept.forEach((unit, index) => (unit.index = index));
  return kept;
}

function readUnits(doc: Document): Unit[] {
  const units: Unit[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      const text = cleanText(block.text).trim();
      if (!text || isPageDebris(text) || isDraftGuidance(text)) continue;
      const unit: Unit = { index: units.length, text, loc: block.loc, norm: normOf(text) };
      if (block.heading !== undefined) unit.heading = block.heading;
      units.push(unit);
      continue;
    }
    for (const row of block.rows) {
      const cells = row.cells.map(unitCell);
      const nonEmpty: UnitCell[] = [];
      // Built by concatenation, not join: most rows' text is only measured, and a concatenation is not copied until
      // it is read.
      let text = '';
      cells.forEach((cell, i) => {
        if (i > 0) text += '\t';
        text += cell.text;
        if (cell.text) nonEmpty.push(cell);
      });
      const only = nonEmpty.length === 1 ? nonEmpty[0] : undefined;
      if (nonEmpty.length === 0 || (only && isPageDebris(only.text))) continue;
      const plain = nonEmpty.map((c) => c.text).join(' ');
      units.push({
        index: units.length,
        text,
        loc: row.loc,
        cells,
        reliableGrid: block.reliableGrid,
        plain,
        norm: rowNorm(nonEmpty, plain),
      });
    }
  }
  return units;
}

/** The cell itself when its text needs no cleaning, the common case, so no copy is made. */
function unitCell(cell: TableCell): UnitCell {
  const text = cleanText(cell.text).trim();
  return text === cell.text ? cell : { text, loc: cell.loc, col: cell.col };
}

/** A filling hint of a gongkai draft (`> 【填写说明】…`): guidance for the person, not report content. */
export function isDraftGuidance(text: string): boolean {
  return /^\s*(>\s*)?【填写说明】/.test(text);
}

/** Text of a unit with its empty cells dropped, for prose-level matching. */
export function unitPlainText(unit: Unit): string {
  return unit.plain ?? unit.text;
}
