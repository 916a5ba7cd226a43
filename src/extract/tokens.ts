/**
 * Splits the units of a table region into tokens: labels, numbers and blanks, whatever the layout. Cells separated
 * by tabs, pipes, runs of spaces or lines all give the same token sequence; a number glued to the end of a row label
 * (crawler text) is split off here.
 */
import { foldWidth, isDigitCode, isTrimmedCode, normalizeLabel, trimmedEnd, trimmedStart } from '../format/normalize.js';
import type { Location } from '../ingest/document.js';
import type { LabelCandidate } from './rows.js';
import { subLocation, type LabelText, type Unit } from './units.js';
import { endsInDigit, foldedCount, isPlainCount, parseCell } from './values.js';

export type Token =
  | {
      kind: 'text';
      raw: string;
      norm: string;
      loc: Location;
      unit: number;
      /** What its norm matched (see LabelMatches): made when first asked, shared by a remembered piece's tokens. */
      matches: LabelMatches | undefined;
    }
  | {
      kind: 'number';
      raw: string;
      value: number;
      digits: string;
      loc: Location;
      unit: number;
      glued: boolean;
      /** Read from a character that looks like 0 (see parseCell). */
      lookalike?: boolean;
    }
  | {
      kind: 'blank';
      raw: string;
      loc: Location;
      unit: number;
      /** An empty cell of a guessed grid: a blank only if the row's cell count says so. */
      soft?: boolean;
    };

type NumberToken = Extract<Token, { kind: 'number' }>;

type TextToken = Extract<Token, { kind: 'text' }>;

/**
 * What a text's norm matched in each label list, by the list's number (LabelMatcher fills it as it is asked). A label
 * piece is remembered per table (wordPieces) with its list, so every report's token of it shares one: a label is then
 * matched without its norm hashed again into each list's memo, once per report.
 */
export type LabelMatches = Array<LabelCandidate[] | undefined>;

/** A text token; `matches` is its remembered piece's, when it has one. */
export function textToken(raw: string, norm: string, loc: Location, unit: number, matches?: LabelMatches): TextToken {
  return { kind: 'text', raw, norm, loc, unit, matches };
}

type BlankToken = Extract<Token, { kind: 'blank' }>;

/*
 * Every number token, and every blank, is made here with all its fields in one order, optional ones included: code
 * that reads tokens then meets one object shape per kind, not a shape per way a token was made.
 */
function numberToken(raw: string, value: number, digits: string, loc: Location, unit: number, glued: boolean, lookalike = false): NumberToken {
  return { kind: 'number', raw, value, digits, loc, unit, glued, lookalike };
}

function blankToken(raw: string, loc: Location, unit: number, soft: boolean): BlankToken {
  return { kind: 'blank', raw, loc, unit, soft };
}

/** Tells whether a piece of text is a row label the table knows, so trailing digits can be split from it. */
export type IsRowLabel = (normalized: string) => boolean;

/** The table's row labels: a predicate, and the official wordings (normalised) to cut glued text at. */
export interface RowLabels {
  isRowLabel: IsRowLabel;
  /** A set: labelAtEnd asks it once for every ending of a glued piece. */
  officials: ReadonlySet<string>;
}

/*
 * Pieces of a unit's text are separated as /\t|\|| {2,}|\u3000+/ separates them: a tab, a pipe, a run of two spaces or
 * more, a run of ideographic spaces. The separators are found by their codes (hasPieceSeparator, separatorEnd), never
 * by the pattern: this is asked of every cell and line that is not a plain count.
 */

export function tokenize(units: Unit[], labels: RowLabels): Token[] {
  const tokens: Token[] = [];
  // The table's piece memo, looked up once here rather than in the WeakMap for every label piece.
  const reading: Reading = { tokens, labels, pieces: memoFor(wordPieces, labels) };
  let previous: number | null = null;
  for (const unit of units) {
    // The empty cells printed as bare-pipe lines after `18 |` go with the line they follow, as its row's later cells
    // (`（一）予以公开 |`, `18 |`, then six `|`): counted on the next line, a label's, they would be dropped as a
    // header's empty corners, and the 18 could not be placed. Soft ones (`||||`, filler) stay where they were.
    // Most units have no blanks before them: they skip the loop (and the empty list `?? []` would make).
    if (unit.blanksBefore) {
      for (const { loc, soft } of unit.blanksBefore) {
        tokens.push(blankToken('', loc, soft ? unit.index : (previous ?? unit.index), soft));
      }
    }
    previous = unit.index;
    if (unit.cells) {
      for (let i = 0; i < unit.cells.length; i++) {
        const cell = unit.cells[i];
        if (!cell) continue;
        if (!cell.text) {
          tokens.push(blankToken('', cell.loc, unit.index, !unit.reliableGrid));
          continue;
        }
        const label = unit.cellLabels?.[i];
        const words = label === undefined ? undefined : readingOf(label, labels);
        if (words) pushWords(tokens, words, cell.loc, unit.index);
        else pushPieces(reading, cell.text, cell.loc, unit.index, label);
      }
      continue;
    }
    const words = unit.label === undefined ? undefined : readingOf(unit.label, labels);
    if (words) pushWords(tokens, words, unit.loc, unit.index);
    else if (unit.text.includes('|')) pushPipedCells(reading, unit.text, unit.loc, unit.index);
    else pushPieces(reading, unit.text, unit.loc, unit.index, unit.label);
  }
  return tokens;
}

/**
 * One tokenize call: the tokens made so far, the table's labels, and their memo of pieces read (wordPieces), found once
 * per call rather than once per piece.
 */
interface Reading {
  tokens: Token[];
  labels: RowLabels;
  pieces: Map<string, PieceWord[]>;
}

/*
 * A text with its LabelText read before for these labels goes straight to its words, in tokenize: a reading is kept
 * only by pushPiece for a whole text with no separator that is no count (see pushPieces), so pushPieces and pushPiece
 * would come to the same words after four scans of its codes (count, separators, trim, full-width count) each time.
 */
function pushWords(tokens: Token[], words: PieceWord[], loc: Location, unit: number): void {
  for (const word of words) {
    tokens.push(word.norm === null ? blankToken(word.raw, loc, unit, false) : textToken(word.raw, word.norm, loc, unit, word.matches));
  }
}

/**
 * A row printed as one line with | between its cells (`一、本年新收… | 412 |  |  | 5 | 417`): an empty cell between
 * two pipes is a blank in its place, so the numbers after it keep their columns. Soft, as for a guessed grid: the
 * filler pipes after a short row (`行政许可 | 0 | ||`) are blanks only if the row's cell count says so.
 */
function pushPipedCells(reading: Reading, text: string, loc: Location, unit: number): void {
  // The segments are read in place, by where they start and end, as the text adapter reads lines: no array of segments,
  // and each filled one sliced once, already trimmed, rather than split, trimmed and trimmed again to measure its lead.
  for (let start = 0, first = true; ; first = false) {
    const pipe = text.indexOf('|', start);
    const end = pipe === -1 ? text.length : pipe;
    const from = trimmedStart(text, start, end);
    const to = trimmedEnd(text, from, end);
    if (from < to) {
      pushPieces(reading, text.slice(from, to), subLocation(loc, from, to - from), unit);
    } else if (!first && pipe !== -1) {
      reading.tokens.push(blankToken('', subLocation(loc, start, Math.max(end - start, 1)), unit, true));
    }
    if (pipe === -1) return;
    start = pipe + 1;
  }
}

/** Whether the text holds a piece separator: a tab, a pipe, an ideographic space or two spaces in a row. */
function hasPieceSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x09 || code === 0x7c || code === 0x3000 || (code === 0x20 && text.charCodeAt(i + 1) === 0x20)) return true;
  }
  return false;
}

/**
 * `label`, when known, is the whole text's shared LabelText (made with its unit): its norm is not made again, and its
 * reading as a piece is remembered with it.
 */
function pushPieces(reading: Reading, text: string, loc: Location, unit: number, label?: LabelText): void {
  // Most cells are plain counts, one piece with nothing to trim: their token is made here, as pushPiece makes it.
  if (isPlainCount(text)) {
    reading.tokens.push(numberToken(text, Number(text), text, loc, unit, false));
    return;
  }
  if (!hasPieceSeparator(text)) {
    const trimmed = text.trim();
    const whole = trimmed.length === text.length;
    if (trimmed) pushPiece(reading, trimmed, loc, unit, whole ? label : undefined);
    return;
  }
  // The pieces between separators, found as a split by the pattern would find them (leftmost, each run whole) but read
  // in place: each filled piece is sliced once, trimmed, with no array of pieces nor a search for where each one was.
  let start = 0;
  for (let i = 0; i <= text.length; ) {
    const after = i < text.length ? separatorEnd(text, i) : i;
    if (after === -1) {
      i++;
      continue;
    }
    const from = trimmedStart(text, start, i);
    const to = trimmedEnd(text, from, i);
    if (from < to) pushPiece(reading, text.slice(from, to), subLocation(loc, from, to - from), unit);
    if (i === text.length) return;
    start = i = after;
  }
}

/** Where a separator starting at `i` ends (a run of spaces or ideographic spaces whole), or -1 when none starts there. */
function separatorEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code === 0x09 || code === 0x7c) return i + 1;
  if (code === 0x3000 || (code === 0x20 && text.charCodeAt(i + 1) === 0x20)) {
    let end = i + 1;
    while (text.charCodeAt(end) === code) end++;
    return end;
  }
  return -1;
}

// The label part ends in a character that cannot belong to a number, or in a comma or stop followed by a space
// (`只计这一情形， 2 0 0 0`: the label's own punctuation, printed before the row's values).
const TRAILING_NUMBERS = /^(.*?(?:[^\d\s.,+-]|[.,](?=\s)))\s*((?:[+-]?\d[\d,]*(?:\.\d+)?\s*)+)$/;

function pushPiece(reading: Reading, piece: string, loc: Location, unit: number, label?: LabelText): void {
  const { tokens, labels } = reading;
  // Most pieces are plain counts: the token is made straight from the text, with no parsed cell in between.
  if (isPlainCount(piece)) {
    tokens.push(numberToken(piece, Number(piece), piece, loc, unit, false));
    return;
  }
  // So are counts in full-width digits (every value of some layouts), as parseCell reads them: never remembered (their
  // digits are the report's own), they would only miss in the memo below.
  const folded = foldedCount(piece);
  if (folded !== null) {
    tokens.push(numberToken(piece, Number(folded), folded, loc, unit, false));
    return;
  }
  // Labels and blank marks are the same texts in every report: their reading is remembered, with the text's LabelText
  // when the unit has one (found with no further hashing of the text), else in the table's piece memo. A piece ending
  // in a digit is nearly always a row with its values, a reading never remembered (see wordsRead): it is not looked up
  // either.
  const known = label || endsInDigit(piece) ? undefined : reading.pieces;
  const words = label ? readingOf(label, labels) : known?.get(piece);
  if (words) {
    pushWords(tokens, words, loc, unit);
    return;
  }
  const from = tokens.length;
  readPiece(reading, piece, loc, unit, label?.norm);
  const read = wordsRead(tokens, from);
  if (read === null) return;
  // A text meets the few tables of two formats; the bound only guards against a caller making labels afresh.
  if (label) {
    if (label.readings.length < MAX_READINGS) label.readings.push({ labels, words: read });
  } else if (known) remember(known, piece, read);
}

/** How a piece read for a table's labels, remembered with its LabelText. */
export interface PieceReading {
  labels: RowLabels;
  words: PieceWord[];
}

const MAX_READINGS = 8;

/** The reading remembered with a text for these labels: a label meets a few tables, told apart by identity. */
function readingOf(label: LabelText, labels: RowLabels): PieceWord[] | undefined {
  for (const reading of label.readings) if (reading.labels === labels) return reading.words;
  return undefined;
}

/** A label or blank read from a piece of text, without its place: `norm` null for a blank. */
interface PieceWord {
  raw: string;
  norm: string | null;
  matches: LabelMatches | undefined;
}

/**
 * How pieces without a number read, per table's labels (a label's cut depends on them). Pieces with numbers are not
 * kept: their digits are the report's own values, met once.
 */
const wordPieces = new WeakMap<RowLabels, Map<string, PieceWord[]>>();

/** The memo kept for a table's labels, made on first use. */
function memoFor<V>(memos: WeakMap<RowLabels, Map<string, V>>, labels: RowLabels): Map<string, V> {
  let memo = memos.get(labels);
  if (!memo) {
    memo = new Map();
    memos.set(labels, memo);
  }
  return memo;
}

/** A bound, as for normalizeLabel's memo: one-off texts must not grow a memo for ever. */
const MEMO_MAX = 4000;

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, value);
}

/** The words a piece was read into, to remember; null when it held a number (its digits are the report's own). */
function wordsRead(tokens: Token[], from: number): PieceWord[] | null {
  const words: PieceWord[] = [];
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.kind === 'number') return null;
    if (token.kind === 'text') words.push({ raw: token.raw, norm: token.norm, matches: (token.matches ??= []) });
    else words.push({ raw: token.raw, norm: null, matches: undefined });
  }
  return words;
}

/** Reads a piece that is not a plain count into its tokens. */
function readPiece(reading: Reading, piece: string, loc: Location, unit: number, norm?: string): void {
  const { tokens, labels } = reading;
  const whole = parseCell(piece);
  if (whole.kind === 'number') {
    tokens.push(numberToken(piece, whole.value, whole.digits, loc, unit, false, whole.lookalike === true));
    return;
  }
  if (whole.kind === 'blank') {
    tokens.push(blankToken(piece, loc, unit, false));
    return;
  }
  const words = holdsWhitespace(piece) ? piece.split(/\s+/) : null;
  if (words && words.length > 1 && words.every((w) => parseCell(w).kind !== 'none')) {
    for (const word of words) pushPiece(reading, word, loc, unit);
    return;
  }
  // Most labels carry no digit, and only digits can be glued to them: they skip the folding (full-width digits count).
  if (!holdsDigit(piece)) {
    tokens.push(textToken(piece, norm ?? normalizeLabel(piece), loc, unit));
    return;
  }
  const folded = foldWidth(piece);
  const spaced = spacedRows(piece, folded, labels);
  if (spaced) {
    for (const row of spaced) pushPiece(reading, row.text, subLocation(loc, row.start, row.text.length), unit);
    return;
  }
  const rows = gluedRows(folded, labels);
  if (rows) {
    for (const row of rows) pushPiece(reading, row, loc, unit);
    return;
  }
  // Only a piece ending in a digit can carry numbers glued after its label.
  const match = isDigitCode(folded.charCodeAt(folded.length - 1)) ? TRAILING_NUMBERS.exec(folded) : null;
  const head = match?.[1];
  const attached = head !== undefined && !isTrimmedCode(folded.charCodeAt(head.length));
  // Numbers set off by a space are cells even after text that is not a whole label: the second line of a wrapped
  // label, where pdftotext prints the row's first values (`政机关不再处理其政府信息公开申请 0 1 0 0`).
  const cut = head ? (labelAtEnd(head.trim(), labels) ?? (attached ? null : ['', head.trim()])) : null;
  if (match?.[2] && cut) {
    const [before, label] = cut;
    if (before) tokens.push(textToken(before, normalizeLabel(before), loc, unit));
    tokens.push(textToken(label, normalizeLabel(label), loc, unit));
    const numbers = match[2].match(/[+-]?\d[\d,]*(?:\.\d+)?/g) ?? [];
    for (const word of numbers) {
      const cell = parseCell(word);
      if (cell.kind === 'number') {
        const glued = numbers.length === 1 && attached && cell.digits.length > 1;
        tokens.push(numberToken(word, cell.value, cell.digits, loc, unit, glued));
      }
    }
    return;
  }
  tokens.push(textToken(piece, norm ?? normalizeLabel(piece), loc, unit));
}

/*
 * The tests of a piece's codes below stand for /\s/, /[\d\uff10-\uff19]/, /\d$/ and /^\s/: readPiece runs for every
 * piece not remembered, each row of a glued table among them, where the pattern calls cost more than these scans.
 * /\s/ is what String.prototype.trim removes (isTrimmedCode).
 */

function holdsWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isTrimmedCode(text.charCodeAt(i))) return true;
  return false;
}

/** An ASCII or full-width digit. */
function holdsDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code) || (code >= 0xff10 && code <= 0xff19)) return true;
  }
  return false;
}

/**
 * A space after a number set off by a space, before a word or a row's numbering (`2.其他…`): where a row of a table
 * flattened with spaces ends.
 */
const SPACED_ROW_END = /(?<=(?:^|\s)[+-]?\d[\d,]*(?:\.\d+)?)\s+(?=[^\s\d+-]|\d{1,2}[.．、](?!\d))/g;

/**
 * A table flattened to one line with one space between cells and rows (`规章 0 0 0 行政规范性文件 10 3 23 …`, as a
 * crawler's get_text(' ') gives a page) cut into one piece per row: label, then its numbers. Only when at least two
 * row labels are each followed by numbers, so prose with a count in it is left alone.
 */
function spacedRows(piece: string, folded: string, labels: RowLabels): Array<{ text: string; start: number }> | null {
  // Cut where the digits folded to ASCII say, at the same places in the text as printed (one code for one).
  if (piece.length < 16 || folded.length !== piece.length || !piece.includes(' ')) return null;
  const rows: Array<{ text: string; start: number }> = [];
  let start = 0;
  let labelsWithNumbers = 0;
  const cut = (end: number): void => {
    const text = piece.slice(start, end);
    const head = TRAILING_NUMBERS.exec(folded.slice(start, end))?.[1]?.trim();
    if (head && labelAtEnd(head, labels)) labelsWithNumbers++;
    rows.push({ text, start });
  };
  for (const m of folded.matchAll(SPACED_ROW_END)) {
    cut(m.index);
    start = m.index + m[0].length;
  }
  if (rows.length === 0) return null;
  cut(piece.length);
  return labelsWithNumbers >= 2 ? rows : null;
}

/**
 * A whole table whose cell and row separators were lost (`…申请数量21710000218二、上年结转…3000003三、…`) cut back into
 * one piece per row: label then digits. Only when at least two row labels are each followed by digits, so a note
 * such as 上年结转3件 in prose is left alone. A digit just before `.` and a CJK character is the next row's `2.`.
 */
function gluedRows(folded: string, labels: RowLabels): string[] | null {
  // One row glued to its digits (every row of a glued layout) has a single run of digits: told by one scan of codes,
  // before the patterns, the split and the label search that could only find it one row.
  if (folded.length < 16 || valueRuns(folded) < 2) return null;
  // Prose, not a table: a sentence ends in it, or a number is counted in 件/条/个… (收到申请6件，上年结转1件).
  if (/。/.test(folded) || /\d\s*(件|条|个|次|人|项|元|万|年|月|日|%|％)/.test(folded)) return null;
  const parts = folded.split(/(\d+(?:\.\d+)?)/).filter((p) => p !== '');
  const rows: string[] = [];
  let labelsWithDigits = 0;
  let label = '';
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i] ?? '';
    if (!/^\d/.test(part)) {
      label += part;
      continue;
    }
    const next = parts[i + 1] ?? '';
    let numbering = '';
    // The text between two runs holds no digit (a `.` and digits after a run belong to it): the mark settles it.
    if (/^[.、．]/.test(next)) {
      numbering = part.slice(-1);
      part = part.slice(0, -1);
    }
    if (part) {
      if (!label.trim()) return null;
      if (labelAtEnd(label.trim(), labels)) labelsWithDigits++;
      rows.push(`${label.trim()} ${part}`);
      label = '';
    }
    label += numbering;
  }
  if (label.trim()) rows.push(label.trim());
  return labelsWithDigits >= 2 ? rows : null;
}

/**
 * How many runs of digits (/\d+(?:\.\d+)?/, as gluedRows splits them) give a row its digits, counted up to two: all
 * but a single digit before `.`, `、` or `．`, which is the next row's numbering (`2.`).
 */
function valueRuns(folded: string): number {
  let runs = 0;
  for (let i = 0; i < folded.length && runs < 2; ) {
    if (!isDigitCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (isDigitCode(folded.charCodeAt(i))) i++;
    if (folded.charCodeAt(i) === 0x2e && isDigitCode(folded.charCodeAt(i + 1))) {
      i++;
      while (isDigitCode(folded.charCodeAt(i))) i++;
    }
    // As in gluedRows, the mark alone makes numbering.
    const mark = folded.charCodeAt(i);
    const numbering = mark === 0x2e || mark === 0x3001 || mark === 0xff0e;
    if (i - start >= 2 || !numbering) runs++;
  }
  return runs;
}

/**
 * Splits text that ends with a row label from what is glued before it (captions, headers, a group label): the label
 * is the longest ending that is an official wording, else the shortest ending the table recognises; null if none.
 */
function labelAtEnd(text: string, labels: RowLabels): readonly [string, string] | null {
  // The same label texts come back in every report (glued tables print each row's label before its digits), and
  // each answer costs a normalisation of every ending: answers are kept per table's labels, like the label memos.
  const memo = memoFor(labelEndings, labels);
  let found = memo.get(text);
  if (found === undefined) {
    found = findLabelAtEnd(text, labels);
    remember(memo, text, found);
  }
  return found;
}

const labelEndings = new WeakMap<RowLabels, Map<string, readonly [string, string] | null>>();

function findLabelAtEnd(text: string, labels: RowLabels): [string, string] | null {
  const whole = normalizeLabel(text);
  if (labels.officials.has(whole)) return ['', text];
  for (let k = 1; k < text.length; k++) {
    if (labels.officials.has(normalizeLabel(text.slice(k)))) return [text.slice(0, k).trim(), text.slice(k).trim()];
  }
  for (let k = text.length - 1; k > 0; k--) {
    if (labels.isRowLabel(normalizeLabel(text.slice(k)))) return [text.slice(0, k).trim(), text.slice(k).trim()];
  }
  return labels.isRowLabel(whole) ? ['', text] : null;
}
