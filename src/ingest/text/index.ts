/**
 * Text adapter: any extractor's plain text, Markdown included. Lines with tabs or pipes become rows of a guessed
 * grid (not reliable: extractors shift and drop empty cells); every other non-empty line is a paragraph.
 */
import { isTrimmedCode } from '../../format/normalize.js';
import type { Block, Document, Paragraph, Table, TableCell, TableRow } from '../document.js';
import { decodeText } from './decode.js';

export function ingestText(bytes: Uint8Array, file: string | null): Document {
  const { text, encoding } = decodeText(bytes);
  return { ...textToDocument(text, file), source: { file, format: 'text', encoding, bytes: bytes.length } };
}

/*
 * Lines are read in place, by where they start and end in the text: no array of line strings is made, and a cell or
 * paragraph is sliced from the text once, already trimmed, rather than sliced from its line and trimmed into a copy.
 * Positions below are offsets in the whole text; columns are counted from the line's start.
 */

export function textToDocument(input: string, file: string | null = null): Document {
  const text = withoutPinyinNotes(input);
  const blocks: Block[] = [];
  let table: Table | null = null;
  const crlf = text.includes('\r');
  let lineNo = 0;
  for (let start = 0; ; ) {
    const end = crlf ? lineEndScanned(text, start) : lineEndOfLf(text, start);
    lineNo++;
    const marks = marksIn(text, start, end);
    const row = tableRow(text, start, end, marks, lineNo);
    if (row === 'separator') {
      // A Markdown rule under a table's header: neither a row nor a paragraph, and the table goes on.
    } else if (row) {
      if (!table) {
        table = { kind: 'table', rows: [], loc: { line: lineNo }, reliableGrid: false };
        blocks.push(table);
      }
      table.rows.push(row);
      table.loc.endLine = lineNo;
    } else {
      table = null;
      const paragraph = paragraphOf(text, start, end, marks, lineNo);
      if (paragraph) blocks.push(paragraph);
    }
    if (end >= text.length) break;
    // \r\n is one line end; \n and \r alone are one each.
    start = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  return { source: { file, format: 'text' }, blocks };
}

/** A tone-marked vowel: only pinyin has one, and only a page that annotates its characters prints pinyin. */
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/**
 * The Latin letters with marks that hold every tone mark (à U+00E0 to ǜ U+01DC): one range is scanned several times
 * faster than the list of 24 marks, and a report without any such letter, nearly every one, is settled by it.
 */
const MAY_HOLD_TONE_MARK = /[\u00e0-\u01dc]/;
const PINYIN_NOTE = /(?<=\p{Script=Han})[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/gu;

/**
 * 新榮區(qū)交通運輸局 / 規(guī)章: a page that prints a character's pinyin in brackets after it (a reading aid some mirror
 * sites add) splits every label it annotates; the notes are dropped. Line numbers stay, columns after a note move.
 */
function withoutPinyinNotes(text: string): string {
  return MAY_HOLD_TONE_MARK.test(text) && TONE_MARK.test(text) ? text.replace(PINYIN_NOTE, '') : text;
}

/** End of the line starting at `start` in text without \r: the next \n, or the end of the text. */
function lineEndOfLf(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

/** End of the line starting at `start` when lines may end with \r\n or \r as well. */
function lineEndScanned(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return i;
  }
  return text.length;
}

const PIPE = 1;
const TAB = 2;
const MARKDOWN = 4;

/** Which of |, tab and the Markdown marks # > * the line holds, in one pass over its codes. */
function marksIn(text: string, start: number, end: number): number {
  let marks = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // Every mark is ASCII up to |: an ideograph, most of a report's characters, is told by this one comparison.
    if (code > 0x7c) continue;
    if (code === 0x7c) marks |= PIPE;
    else if (code === 0x09) marks |= TAB;
    else if (code === 0x23 || code === 0x3e || code === 0x2a) marks |= MARKDOWN;
  }
  return marks;
}

const MARKDOWN_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function tableRow(
  text: string,
  start: number,
  end: number,
  marks: number,
  lineNo: number,
): TableRow | 'separator' | null {
  if (!(marks & PIPE)) {
    return marks & TAB ? rowOf(splitCells(text, start, start, end, 0x09, lineNo), start, end, lineNo) : null;
  }
  const first = trimmedStart(text, start, end);
  if (text.charCodeAt(first) === 0x7c) {
    const last = trimmedEnd(text, first, end);
    if (mayBeSeparator(text, first, last) && MARKDOWN_SEPARATOR.test(text.slice(first, last))) return 'separator';
    // Cells run from after the leading | to before a trailing one (or to the line's end).
    const cellsEnd = text.charCodeAt(last - 1) === 0x7c ? last - 1 : end;
    return rowOf(splitCells(text, start, first + 1, cellsEnd, 0x7c, lineNo), start, end, lineNo);
  }
  if (marks & TAB) return rowOf(splitCells(text, start, start, end, 0x09, lineNo), start, end, lineNo);
  return null;
}

/** Only | : - and spaces can make a Markdown rule: a row with any word in it skips the pattern. */
function mayBeSeparator(text: string, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x7c && code !== 0x3a && code !== 0x2d && !isTrimmedCode(code)) return false;
  }
  return true;
}

function rowOf(cells: TableCell[], start: number, end: number, lineNo: number): TableRow {
  return { cells, loc: { line: lineNo, column: 1, endLine: lineNo, endColumn: end - start } };
}

/** Cells between separators from `from` to `end` (inclusive: a separator there closes the last cell). */
function splitCells(
  text: string,
  lineStart: number,
  from: number,
  end: number,
  separator: number,
  lineNo: number,
): TableCell[] {
  const cells: TableCell[] = [];
  while (from <= end) {
    let to = from;
    while (to < end && text.charCodeAt(to) !== separator) to++;
    const first = trimmedStart(text, from, to);
    const column = from - lineStart + 1;
    cells.push({
      text: text.slice(first, trimmedEnd(text, first, to)),
      loc: { line: lineNo, column, endLine: lineNo, endColumn: Math.max(column, to - lineStart) },
      col: cells.length,
      rowSpan: 1,
      colSpan: 1,
    });
    from = to + 1;
  }
  return cells;
}

function paragraphOf(text: string, start: number, end: number, marks: number, lineNo: number): Paragraph | null {
  const first = trimmedStart(text, start, end);
  const last = trimmedEnd(text, first, end);
  if (first === last) return null;
  // Most lines carry no Markdown at all: their text is the trimmed line, without the pattern work.
  const paragraph: Paragraph = {
    kind: 'paragraph',
    text: marks & MARKDOWN ? withoutMarkdown(text.slice(start, end)) : text.slice(first, last),
    loc: { line: lineNo, column: first - start + 1, endLine: lineNo, endColumn: last - start },
  };
  if (!paragraph.text) return null;
  if (marks & MARKDOWN) {
    const heading = /^\s*(#{1,6})\s+/.exec(text.slice(start, end));
    if (heading?.[1]) paragraph.heading = heading[1].length;
  }
  return paragraph;
}

/** A Markdown line's words: heading marks, a quote mark and bold marks removed. */
function withoutMarkdown(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/\*\*/g, '')
    .trim();
}

/** The first position from `from` that is not whitespace as String.prototype.trim counts it (`end` if none). */
function trimmedStart(text: string, from: number, end: number): number {
  while (from < end && isTrimmedCode(text.charCodeAt(from))) from++;
  return from;
}

/** One past the last position before `end` that is not trimmed whitespace (`from` if none). */
function trimmedEnd(text: string, from: number, end: number): number {
  while (end > from && isTrimmedCode(text.charCodeAt(end - 1))) end--;
  return end;
}
