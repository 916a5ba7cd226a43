/**
 * Assigns tokens to the rows of a table by their labels, in template order. A label may be wrapped, reworded or
 * printed in a shifted column; the values of a row are the numbers between its label and the next label.
 */
import { normalizeLabel, stripNumbering } from '../format/normalize.js';
import type { LabelDef } from '../format/types.js';
import { isSoftBlank } from './assign.js';
import type { Token } from './tokens.js';

export interface RowSpec extends LabelDef {
  key: string;
  /** How many values the template has for this row. */
  expected: number;
  group?: string;
  /**
   * The identity a row's own values satisfy (Table B: the total is the sum of the six columns). Only rows that have
   * one can be read from a block of values shared with other rows: the identity tells a right split from a shifted one.
   */
  fits?: (values: Array<number | null>) => boolean;
}

/** A definition a label can be: its index in the list, and whether only an exact wording matched it. */
export interface LabelCandidate {
  index: number;
  exactOnly: boolean;
}

export interface GroupSpec extends LabelDef {
  key: string;
}

export type TextToken = Extract<Token, { kind: 'text' }>;
export type ValueToken = Exclude<Token, { kind: 'text' }>;

export interface RowRead {
  spec: RowSpec;
  index: number;
  label: TextToken;
  values: ValueToken[];
  /**
   * Values printed in one block after this row's label and the labels before it, which could not be shared out
   * among those rows with certainty: none of them is placed, and the table reader reports them.
   */
  unplaced?: ValueToken[];
}

export interface GroupRead {
  spec: GroupSpec;
  label: TextToken;
  values: ValueToken[];
}

export interface RowsRead {
  rows: RowRead[];
  groups: GroupRead[];
  /** Text tokens met before the first row label: captions and column headers. */
  header: TextToken[];
}

/** Rows matched only by an exact short word (其他, 总计) are trusted only this close after the last row found. */
const EXACT_WINDOW = 4;

export class LabelMatcher {
  private static readonly cache = new WeakMap<LabelDef[], LabelMatcher>();

  /** One matcher per definition list: tables are read thousands of times with the same rows. */
  static for(defs: LabelDef[]): LabelMatcher {
    let matcher = LabelMatcher.cache.get(defs);
    if (!matcher) {
      matcher = new LabelMatcher(defs);
      LabelMatcher.cache.set(defs, matcher);
    }
    return matcher;
  }

  private readonly anchors: string[][];
  private readonly exact: Array<string[] | undefined>;
  private readonly numbered: Array<{ numbering: string; bare: string } | undefined>;

  constructor(private readonly defs: LabelDef[]) {
    this.anchors = defs.map((d) => d.anchors.map(normalizeLabel));
    this.exact = defs.map((d) => d.exact?.map(normalizeLabel));
    this.numbered = defs.map((d) => splitNumbering(normalizeLabel(d.label)) ?? undefined);
  }

  private readonly memo = new Map<string, LabelCandidate[]>();

  private static count = 0;

  /** This matcher's place in a token's matches (LabelMatches). */
  private readonly id = LabelMatcher.count++;

  /**
   * candidates(token.norm), kept on the token's matches: a label remembered by the tokenizer is then matched once
   * per table's matcher, rather than its norm hashed into this memo for every report's token of it.
   */
  candidatesOf(token: TextToken): LabelCandidate[] {
    const matches = (token.matches ??= []);
    let found = matches[this.id];
    if (found === undefined) {
      found = this.candidates(token.norm);
      matches[this.id] = found;
    }
    return found;
  }

  /** Indices of the definitions whose label this normalised text can be; memoised, labels repeat in every report. */
  candidates(norm: string): LabelCandidate[] {
    let found = this.memo.get(norm);
    if (!found) {
      found = this.match(norm);
      if (this.memo.size >= 20000) this.memo.clear();
      this.memo.set(norm, found);
    }
    return found;
  }

  private match(norm: string): LabelCandidate[] {
    // A title or running header (…信访局2025年…年度报告) holds anchor words but is never a table label.
    if (/报告|年报/.test(norm)) return [];
    // Nor is a sentence of prose around the table (本年度上年结转申请…。).
    if (norm.includes('。')) return [];
    const found = norm.length > 60 ? [] : this.byWords(norm);
    if (found.length > 0) return found;
    // 规章（设区的市…应提供相关数据）: the template's filling note printed after the label, tried without it. A unit
    // (（件）, （单位：万元）) is no such note: 总计（件） may be a column header.
    const noted = TRAILING_NOTE.exec(norm);
    const label = noted && noted[0].length >= 7 && !noted[0].startsWith('(单位') ? norm.slice(0, noted.index) : '';
    const withoutNote = label.length >= 2 && label.length <= 60 ? this.byWords(label) : [];
    if (withoutNote.length > 0) return withoutNote;
    return norm.length > 60 ? [] : this.firstLineOf(norm);
  }

  private byWords(norm: string): LabelCandidate[] {
    const bare = stripNumbering(norm);
    const found: LabelCandidate[] = [];
    const numbering = norm.slice(0, norm.length - bare.length);
    this.defs.forEach((_, i) => {
      if (this.anchors[i]?.some((a) => norm.includes(a))) found.push({ index: i, exactOnly: false });
      else if (this.exact[i]?.includes(bare) && sameNumberingKind(numbering, this.numbered[i]?.numbering)) {
        found.push({ index: i, exactOnly: true });
      }
    });
    return found;
  }

  /**
   * The first line of a wrapped label, cut before its anchor words (`2.其他法律行政法` / `规禁止公开`): its own
   * numbering and at least MIN_FIRST_LINE characters that begin the official wording.
   */
  private firstLineOf(norm: string): LabelCandidate[] {
    // A piece of the group label may be printed on the same line, before it: `）不 2.其他法律行政法`, or the whole of
    // its numbering: `（五） 3.要求提供公开`.
    const found = this.byFirstLine(splitNumbering(norm));
    if (found.length > 0) return found;
    const withoutPiece = norm.replace(GROUP_PIECE_BEFORE, '');
    return withoutPiece === norm ? [] : this.byFirstLine(splitNumbering(withoutPiece));
  }

  private byFirstLine(read: { numbering: string; bare: string } | null): LabelCandidate[] {
    if (!read || read.bare.length < MIN_FIRST_LINE) return [];
    const found: LabelCandidate[] = [];
    this.numbered.forEach((official, i) => {
      if (official?.numbering === read.numbering && official.bare.startsWith(read.bare)) found.push({ index: i, exactOnly: false });
    });
    return found;
  }

  matches(norm: string): boolean {
    return this.candidates(norm).length > 0;
  }
}

/** A bracketed note closing a label: （指2020年办件量）, （设区的市、自治州人民政府应提供相关数据）. */
const TRAILING_NOTE = /[(（][^()（）]*[)）]$/;

/** A few characters of a group label's wrapped text, without digits, before a row's numbering. */
const GROUP_PIECE_BEFORE = /^[^\d]{1,4}(?=\d{1,2}\.)/;

/** Fewer characters could begin several labels of one group (`1.申请` and `1.申请人…`), or be a column header. */
const MIN_FIRST_LINE = 3;

/**
 * Whether a short label's numbering can be the official one's: `（六）其他` (a group's numbering, in Chinese numerals)
 * is the group label cut by a wrap, never the sub-row `3.其他`. No numbering on either side agrees with anything.
 */
function sameNumberingKind(numbering: string, official: string | undefined): boolean {
  if (numbering === '' || !official) return true;
  return /\d/.test(lastNumbering(numbering)) === /\d/.test(official);
}

/** The numbering nearest the words: `(七)3.` → `3.`. */
function lastNumbering(numbering: string): string {
  return /(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}\.)$/.exec(numbering)?.[0] ?? numbering;
}

/** `2.其他法律…` → numbering `2.` and the words after it; null when the label has no numbering. */
function splitNumbering(norm: string): { numbering: string; bare: string } | null {
  const bare = stripNumbering(norm);
  return bare.length < norm.length ? { numbering: norm.slice(0, norm.length - bare.length), bare } : null;
}

/** A row or group label found, or a value token itself (not wrapped: a table has hundreds of them). */
type Event = { kind: 'row'; read: RowRead } | { kind: 'group'; read: GroupRead } | ValueToken;

function isValue(event: Event): event is ValueToken {
  return event.kind !== 'row' && event.kind !== 'group';
}

/**
 * A table without column headers to tell: one list for every call, since a matcher is made once per list (LabelMatcher
 * keeps one by the list itself, and each matcher takes a slot in every remembered label's matches).
 */
const NO_COLUMNS: LabelDef[] = [];

/**
 * Reads rows in three ways and keeps the one that fills the most rows exactly: values after their label (most
 * extractors), values before it (pdftotext's raw order puts a row's numbers first), or all labels then all values
 * in order (column-wise extraction). A table read the usual way with every row full is never second-guessed.
 */
export function readRows(tokens: Token[], rows: RowSpec[], groups: GroupSpec[], columns: LabelDef[] = NO_COLUMNS): RowsRead {
  const read = chooseReading(tokens, rows, groups, columns);
  for (const row of read.rows) reattachNumbering(row);
  return read;
}

/**
 * pdftotext can cut a label's `8.` off and print it before the first number, giving `8.0` for 8. + 0. When the label
 * read lacks its numbering and the first value starts with exactly that number, the value is the part after it.
 */
function reattachNumbering(row: RowRead): void {
  // Only a first value with a point can be a stray numbering: the label's own patterns are not run for the rest.
  const first = row.values[0];
  if (first?.kind !== 'number' || !first.raw.includes('.')) return;
  const numbering = /^(\d{1,2})[.．、]/.exec(row.spec.label)?.[1];
  if (!numbering || /^\d/.test(row.label.norm)) return;
  const stray = /^(\d{1,2})\.(\d+)$/.exec(first.raw.trim());
  if (!stray?.[2] || stray[1] !== numbering) return;
  row.values[0] = { ...first, raw: stray[2], value: Number(stray[2]), digits: stray[2] };
}

function chooseReading(tokens: Token[], rows: RowSpec[], groups: GroupSpec[], columns: LabelDef[]): RowsRead {
  const { events, after, leadingValues, labelRuns } = scan(tokens, rows, groups, columns);
  if (labelRuns) shareRuns(events);
  const full = (read: RowsRead): number => {
    let count = 0;
    for (const row of read.rows) if (hardCount(row.values) === row.spec.expected) count++;
    return count;
  };
  const best = full(after);
  if (best === after.rows.length) return after;
  // Only a layout that shows the hallmark of another order is read in that order: numbers ahead of the first label
  // (values first), or most labels with no numbers at all (labels first, then a block of numbers).
  const emptyRows = after.rows.filter((r) => hardCount(r.values) === 0).length;
  const modes: Array<'before' | 'sequential'> = [];
  if (leadingValues) modes.push('before');
  if (emptyRows * 2 >= after.rows.length) modes.push('sequential');
  let chosen = after;
  let chosenScore = best;
  const readings = [after];
  for (const mode of modes) {
    const alternative = attach(events, mode, after.header);
    readings.push(alternative);
    const score = full(alternative);
    if (score > chosenScore) {
      chosen = alternative;
      chosenScore = score;
    }
  }
  // A reading in another order that fills more rows is taken whole. The usual one, kept though it fills fewer than
  // half its rows, shows a text out of row order: there the rows another reading fills otherwise are in doubt.
  if (chosen === after && best * 2 < after.rows.length) {
    for (const other of readings) if (other !== after) dropDisputed(after, other);
  }
  return chosen;
}

/**
 * A row the other reading also fills, with other values that fit the row as well (Chromium PDFs in pdftotext's default
 * order print some rows' values before their labels and others after), while that reading does not fill more rows
 * than the usual one: either could be right, so neither is taken.
 * The row's values stay unplaced, and the table reader reports them.
 */
function dropDisputed(chosen: RowsRead, other: RowsRead): void {
  const others = new Map(other.rows.map((r) => [r.index, r]));
  for (const row of chosen.rows) {
    const rival = others.get(row.index);
    if (!rival || !fullAndFitting(row) || !fullAndFitting(rival) || sameValues(row.values, rival.values)) continue;
    row.unplaced = row.values;
    row.values = [];
  }
}

function fullAndFitting(row: RowRead): boolean {
  const hard = hardValues(row.values);
  if (hard.length !== row.spec.expected) return false;
  return row.spec.fits?.(hard.map((v) => (v.kind === 'number' ? v.value : null))) ?? true;
}

function sameValues(a: ValueToken[], b: ValueToken[]): boolean {
  const hardA = hardValues(a);
  const hardB = hardValues(b);
  return hardA.length === hardB.length && hardA.every((v, i) => v.raw === hardB[i]?.raw);
}

/** The values that are cells for sure: a soft blank (an empty cell of a guessed grid) may be filler. */
function hardValues(values: ValueToken[]): ValueToken[] {
  return values.filter((v) => !isSoftBlank(v));
}

function hardCount(values: ValueToken[]): number {
  let count = 0;
  for (const value of values) if (!isSoftBlank(value)) count++;
  return count;
}

/**
 * The labels and values in reading order (events), and the usual reading made as they are met: each value goes to the
 * latest row or group label found, the values before the first label to none. Made in the same pass, it needs no
 * second walk over the events nor a reading of its own to fill. `leadingValues`: a number before the first row label.
 * `labelRuns`: a row label followed by the next row's with no value between them, the only place where shareRuns can
 * find a run of labels to share a block among; most tables have none, and skip its walk over the events.
 */
function scan(
  tokens: Token[],
  rows: RowSpec[],
  groups: GroupSpec[],
  columns: LabelDef[],
): { events: Event[]; after: RowsRead; leadingValues: boolean; labelRuns: boolean } {
  const rowMatcher = LabelMatcher.for(rows);
  const groupMatcher = LabelMatcher.for(groups);
  const columnMatcher = columns.length > 0 ? LabelMatcher.for(columns) : null;
  const events: Event[] = [];
  const after: RowsRead = { rows: [], groups: [], header: [] };
  let leadingValues = false;
  let labelRuns = false;
  let cursor = -1;
  // The column headers printed again inside the table, as a PDF repeats them on each page: their short words (总计,
  // 其他) are column headings until the next number or the next row found by its own words.
  let repeatedHeader = false;
  let current: RowRead | GroupRead | null = null;
  // Empty grid cells count as blanks only on the label's own line or on lines that carry numbers; elsewhere they
  // are the empty corners of header and caption rows.
  // By unit index, an array rather than a Set: it is filled and asked once per token.
  const unitsWithNumbers: boolean[] = [];
  for (const token of tokens) if (token.kind === 'number') unitsWithNumbers[token.unit] = true;

  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (token.kind === 'text') {
      const next = nextRow(rowMatcher.candidatesOf(token), cursor, repeatedHeader);
      const spec = next === undefined ? undefined : rows[next];
      if (next !== undefined && spec) {
        const read: RowRead = { spec, index: next, label: token, values: [] };
        if (current !== null && 'index' in current && current.values.length === 0) labelRuns = true;
        current = read;
        events.push({ kind: 'row', read });
        after.rows.push(read);
        cursor = next;
        repeatedHeader = false;
        continue;
      }
      if (cursor >= 0 && columnMatcher?.candidatesOf(token).some((c) => !c.exactOnly)) {
        repeatedHeader = true;
        continue;
      }
      const group = groupMatcher.candidatesOf(token)[0];
      const groupSpec = group ? groups[group.index] : undefined;
      // A rowspan label printed mid-group (PDF text centres it) must not cut a row off from its own values.
      const inOwnGroup = current && 'index' in current && current.spec.group === groupSpec?.key;
      if (groupSpec && cursor >= 0 && !inOwnGroup) {
        const read: GroupRead = { spec: groupSpec, label: token, values: [] };
        current = read;
        events.push({ kind: 'group', read });
        after.groups.push(read);
        continue;
      }
      if (cursor < 0) after.header.push(token);
      continue;
    }
    if (token.kind === 'number') {
      repeatedHeader = false;
      if (cursor < 0) leadingValues = true;
    }
    if (token.kind === 'blank' && token.unit !== current?.label.unit && !unitsWithNumbers[token.unit]) {
      if (!aloneOnLine(tokens, at)) continue;
    }
    events.push(token);
    current?.values.push(token);
  }
  return { events, after, leadingValues, labelRuns };
}

const BLANK_MARK = /^\s*(?:[/／\\]|[-－—–]{1,2})\s*$/;

/**
 * A written blank mark (`/`, `-`) alone on its line, between lines of `0`: a cell of a table printed one cell a line,
 * kept in its place like a number. Empty grid cells and marks beside other text are not.
 */
function aloneOnLine(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  // Only a mark: 项 or 件 alone (a wrapped label's last character, read as a bare unit) is no cell.
  if (!token || !BLANK_MARK.test(token.raw)) return false;
  return tokens[at - 1]?.unit !== token.unit && tokens[at + 1]?.unit !== token.unit;
}

/**
 * The events read in another order than the usual one (made by scan): each row and group a fresh copy, so the usual
 * reading stays as it was.
 */
function attach(events: Event[], mode: 'before' | 'sequential', header: TextToken[]): RowsRead {
  const result: RowsRead = { rows: [], groups: [], header };
  const fresh = new Map<RowRead | GroupRead, RowRead | GroupRead>();
  for (const event of events) {
    if (event.kind === 'row') {
      const made = copyRow(event.read);
      fresh.set(event.read, made);
      result.rows.push(made);
    } else if (event.kind === 'group') {
      const made = copyGroup(event.read);
      fresh.set(event.read, made);
      result.groups.push(made);
    }
  }
  if (mode === 'sequential') {
    const firstLabel = events.findIndex((e) => e.kind === 'row');
    const tail = events.slice(firstLabel).flatMap((e) => (isValue(e) && !isSoftBlank(e) ? [e] : []));
    shareBlock(result.rows, tail);
    return result;
  }
  let pending: ValueToken[] = [];
  for (const event of events) {
    if (isValue(event)) {
      pending.push(event);
      continue;
    }
    const made = fresh.get(event.read);
    if (event.kind === 'row' && made) {
      made.values = pending;
      pending = [];
    }
  }
  return result;
}

// Fields named rather than spread: the scanned read may already hold the usual reading's values and unplaced block.
function copyRow(read: RowRead): RowRead {
  return { spec: read.spec, index: read.index, label: read.label, values: [] };
}

function copyGroup(read: GroupRead): GroupRead {
  return { spec: read.spec, label: read.label, values: [] };
}

/**
 * Labels printed one after another and then one block of values (pdftotext's raw order for a PDF whose cells were
 * drawn row band by row band): the block holds the rows' values in order when it has exactly their number of values
 * and every row's identity holds for its share. Otherwise the values stay with the last label, as read.
 */
function shareRuns(events: Event[]): void {
  const rowOrder: RowRead[] = [];
  for (const event of events) if (event.kind === 'row') rowOrder.push(event.read);
  // Values always go to the latest row, so a run ends at the first row holding values: that row holds the block.
  let current: RowRead[] = [];
  const flush = (): void => {
    const holder = current[current.length - 1];
    if (current.length >= 2 && holder && current.slice(0, -1).every((r) => r.values.length === 0)) {
      const block = hardValues(holder.values);
      // The label after the block skips rows: their labels come later, and the block may be theirs (LibreOffice
      // PDFs in pdftotext's default order print one group's labels, then another group's values).
      const next = rowOrder[rowOrder.indexOf(holder) + 1];
      const followedInOrder = next === undefined || next.index === holder.index + 1;
      // More values than the last row has cells: they belong to the run, shared out or not placed at all.
      if (!(followedInOrder && shareBlock(current, block)) && block.length > holder.spec.expected) {
        holder.unplaced = holder.values;
        holder.values = [];
      }
    }
    current = [];
  };
  for (const event of events) {
    if (isValue(event)) continue;
    if (event.kind !== 'row') {
      flush();
      continue;
    }
    const last = current[current.length - 1];
    if (last && last.values.length > 0) flush();
    current.push(event.read);
  }
  flush();
}

/**
 * Gives each row its share of one block of values, in row order, when the block has exactly the rows' number of
 * values and every row's own identity holds for its share; otherwise changes nothing.
 */
function shareBlock(rows: RowRead[], block: ValueToken[]): boolean {
  const needed = rows.reduce((sum, r) => sum + r.spec.expected, 0);
  if (rows.length === 0 || block.length !== needed) return false;
  // One value per row leaves no doubt about the order; several could be printed row by row or column by column.
  const single = rows.every((r) => r.spec.expected === 1);
  const shares: ValueToken[][] = [];
  let at = 0;
  for (const row of rows) {
    const share = block.slice(at, at + row.spec.expected);
    at += row.spec.expected;
    const values = share.map((t) => (t.kind === 'number' ? t.value : null));
    if (!single && !row.spec.fits?.(values)) return false;
    shares.push(share);
  }
  rows.forEach((row, i) => (row.values = shares[i] ?? []));
  return true;
}

function nextRow(candidates: LabelCandidate[], cursor: number, inHeader: boolean): number | undefined {
  for (const candidate of candidates) {
    if (candidate.index <= cursor) continue;
    if (candidate.exactOnly && inHeader) continue;
    // Short words like 总计 also head columns: before any row is found only the table's first row may match so.
    if (candidate.exactOnly && (cursor < 0 ? candidate.index !== 0 : candidate.index - cursor > EXACT_WINDOW)) continue;
    return candidate.index;
  }
  return undefined;
}
