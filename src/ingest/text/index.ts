/**
 * Text adapter: any extractor's plain text, Markdown included. Lines with tabs or pipes become rows of a guessed
 * grid (not reliable: extractors shift and drop empty cells); every other non-empty line is a paragraph.
 */
import { isTrimmedCode, MAY_NEED_CLEANING_CLASS, trimmedEnd, trimmedStart } from '../../format/normalize.js';
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
  // One native scan of the whole text answers two questions for nearly every report: no letter that may carry a tone
  // mark (so no pinyin notes to drop) and nothing extraction cleans (so it need not test each paragraph and cell).
  // 開 is searched for on its own: among the ideographs, it made the pattern's test of each character twice as dear.
  const clean = !MAY_NEED_ANY_WORK.test(input) && !input.includes('開');
  const text = clean ? input : withoutPinyinNotes(input);
  const blocks: Block[] = [];
  let table: Table | null = null;
  const scanner = new LineMarks(text);
  let lineNo = 0;
  for (let start = 0; ; ) {
    const end = scanner.lineEnd(start);
    lineNo++;
    const lineMarks = scanner.inLine(start, end);
    const row = tableRow(text, start, end, lineMarks, scanner, lineNo);
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
      const paragraph = paragraphOf(text, start, end, lineMarks, lineNo);
      if (paragraph) blocks.push(paragraph);
    }
    if (end >= text.length) break;
    // \r\n is one line end; \n and \r alone are one each.
    start = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  // Every paragraph and cell is sliced trimmed (see paragraphOf, splitCells): a clean text vouches for all of them.
  return { source: { file, format: 'text' }, blocks, cleanText: clean };
}

/** A tone-marked vowel: only pinyin has one, and only a page that annotates its characters prints pinyin. */
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/**
 * The Latin letters with marks that hold every tone mark (à U+00E0 to ǜ U+01DC): one range is scanned several times
 * faster than the list of 24 marks, and a report without any such letter, nearly every one, is settled by it.
 */
const MAY_HOLD_TONE_MARK = /[\u00e0-\u01dc]/;
/** MAY_HOLD_TONE_MARK's letters and the characters extraction cleans, in one class. */
const MAY_NEED_ANY_WORK = new RegExp(`[\\u00e0-\\u01dc${MAY_NEED_CLEANING_CLASS}]`);
const PINYIN_NOTE = /(?<=\p{Script=Han})[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/gu;

/**
 * 新榮區(qū)交通運輸局 / 規(guī)章: a page that prints a character's pinyin in brackets after it (a reading aid some mirror
 * sites add) splits every label it annotates; the notes are dropped. Line numbers stay, columns after a note move.
 */
function withoutPinyinNotes(text: string): string {
  return MAY_HOLD_TONE_MARK.test(text) && TONE_MARK.test(text) ? text.replace(PINYIN_NOTE, '') : text;
}

const PIPE = 1;
const TAB = 2;
const MARKDOWN = 4;

/**
 * Where the next line end and the next of each mark lie, each found by the engine's native search (indexOf) and kept
 * until the lines read pass it: a line is then told by comparing positions, and a search runs again only once its
 * hit is behind. A loop of our own over every character (to find the marks, or the line end as well) cost more
 * instructions than these searches do.
 */
class LineMarks {
  private readonly lf: NextOf;
  /** Null in text without \r, nearly all of it: its lines end only at \n. */
  private readonly cr: NextOf | null;
  private readonly pipe: NextOf;
  private readonly tab: NextOf;
  private readonly markdown: NextOf[];

  constructor(text: string) {
    this.lf = new NextOf(text, '\n');
    this.cr = text.includes('\r') ? new NextOf(text, '\r') : null;
    this.pipe = new NextOf(text, '|');
    this.tab = new NextOf(text, '\t');
    this.markdown = [new NextOf(text, '#'), new NextOf(text, '>'), new NextOf(text, '*')];
  }

  /** End of the line starting at `start`: the next \n or \r, or the end of the text. */
  lineEnd(start: number): number {
    const lf = this.lf.from(start);
    return this.cr ? Math.min(lf, this.cr.from(start)) : lf;
  }

  /** The first | (`separator` 0x7c) or tab (0x09) at or after `from`: the text's length when there is none. */
  nextSeparator(separator: number, from: number): number {
    return (separator === 0x7c ? this.pipe : this.tab).from(from);
  }

  /** Which of |, tab and the Markdown marks # > * the line from `start` to `end` holds. */
  inLine(start: number, end: number): number {
    let marks = 0;
    if (this.pipe.from(start) < end) marks |= PIPE;
    if (this.tab.from(start) < end) marks |= TAB;
    for (const mark of this.markdown) if (mark.from(start) < end) marks |= MARKDOWN;
    return marks;
  }
}

/** The next position of one character in a text, asked for positions that only move forward. */
class NextOf {
  /** The last hit, or the text's length once there is none further. */
  private at: number;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {
    this.at = this.search(0);
  }

  /** The first position at or after `start` holding the character; the text's length when none does. */
  from(start: number): number {
    if (this.at < start) this.at = this.search(start);
    return this.at;
  }

  private search(start: number): number {
    const at = this.text.indexOf(this.char, start);
    return at === -1 ? this.text.length : at;
  }
}

const MARKDOWN_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function tableRow(
  text: string,
  start: number,
  end: number,
  marks: number,
  scanner: LineMarks,
  lineNo: number,
): TableRow | 'separator' | null {
  if (!(marks & PIPE)) {
    return marks & TAB ? rowOf(splitCells(text, start, start, end, 0x09, scanner, lineNo), start, end, lineNo) : null;
  }
  const first = trimmedStart(text, start, end);
  if (text.charCodeAt(first) === 0x7c) {
    const last = trimmedEnd(text, first, end);
    if (mayBeSeparator(text, first, last) && MARKDOWN_SEPARATOR.test(text.slice(first, last))) return 'separator';
    // Cells run from after the leading | to before a trailing one (or to the line's end).
    const cellsEnd = text.charCodeAt(last - 1) === 0x7c ? last - 1 : end;
    return rowOf(splitCells(text, start, first + 1, cellsEnd, 0x7c, scanner, lineNo), start, end, lineNo);
  }
  if (marks & TAB) return rowOf(splitCells(text, start, start, end, 0x09, scanner, lineNo), start, end, lineNo);
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
  scanner: LineMarks,
  lineNo: number,
): TableCell[] {
  const cells: TableCell[] = [];
  while (from <= end) {
    // Each cell's end is found by the native search LineMarks keeps for its separator, not by reading the cell's
    // characters one by one: a loop of charCodeAt cost some thirty instructions a character here.
    const to = Math.min(scanner.nextSeparator(separator, from), end);
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

/**
 * A Markdown line's words: heading marks, a quote mark and bold marks removed; so are the runs of stars html2text
 * puts around a heading (`***** 一、总体情况 *****`), which an odd count would otherwise leave one of.
 */
function withoutMarkdown(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*\*{3,}\s+(?=\S)|(?<=\S)\s+\*{3,}\s*$/g, '')
    .replace(/\*\*/g, '')
    .trim();
}
