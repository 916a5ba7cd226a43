/**
 * Searching the report's text the way a reader would: across line breaks, ignoring spaces and full-/half-width
 * differences, and answering with the line where the phrase starts so a finding can point at it.
 */
import { Buffer } from 'node:buffer';
import { foldWidth, isNfkcStableCode } from '../format/normalize.js';
import type { SectionKey } from '../format/types.js';
import type { CanonicalReport, TextLine } from '../model/report.js';
import type { FindingLocation, Localized, RuleContext } from './types.js';

/** Text prepared for matching: width-folded, spaces removed, each line's text found by where it starts. */
export interface SearchText {
  text: string;
  lines: TextLine[];
  /** Offset in `text` where each line's folded text starts, ascending (a line left empty shares its successor's). */
  starts: number[];
}

export interface TextMatch {
  match: RegExpExecArray;
  line: TextLine;
}

/** Lines of one section, or none when the section is absent. */
export function sectionLines(report: CanonicalReport, key: SectionKey): TextLine[] {
  const section = report.sections[key];
  if (!section) return [];
  if (section.lines.length > 0) return section.lines;
  return section.text
    .split(/\r\n|\r|\n/)
    .filter((text) => text.trim() !== '')
    .map((text) => ({ text, loc: section.loc }));
}

/** Every line of the document: `report.lines` when extraction kept them, else the sections' lines in order. */
export function documentLines(report: CanonicalReport): TextLine[] {
  if (report.lines && report.lines.length > 0) return report.lines;
  const sections = Object.values(report.sections).filter((s) => s !== null);
  sections.sort((a, b) => a.position - b.position);
  return sections.flatMap((s) => [{ text: s.heading, loc: s.loc }, ...(s.lines.length ? s.lines : [])]);
}

/**
 * Text prepared for searching, built afresh for each list of lines. `RuleContext.search` keeps the document's for the
 * length of one check and cuts the sections' out of it (searchWithin), so it is gone with the check. The kept characters
 * go into one buffer of UTF-16 units, decoded once, and only each line's start offset is kept: per-character strings,
 * a per-character line index or hundreds of small pieces cost more than all the searching after them.
 */
export function searchText(lines: TextLine[]): SearchText {
  const texts = new Array<string>(lines.length);
  // Concatenated as it goes rather than joined after: a document's fold took 4% less so on the bench corpus.
  let joined = '';
  for (let index = 0; index < lines.length; index++) {
    const text = (lines[index] as TextLine).text;
    texts[index] = text;
    joined += text;
  }
  const total = joined.length;
  const source = unitsOf(joined, total);
  // Outside foldWidth's rare expansions a line only loses characters: room for all of them is room enough.
  let units = withRoom(scratch, total);
  const starts = new Array<number>(lines.length);
  let length = 0;
  let from = 0;
  for (let index = 0; index < lines.length; index++) {
    starts[index] = length;
    const text = texts[index] as string;
    const to = from + text.length;
    let end = appendSearchable(source, from, to, units, length);
    if (end < 0) {
      const folded = foldWidth(text);
      units = withRoom(units, length + folded.length + total - to);
      end = appendFolded(folded, units, length);
    }
    length = end;
    from = to;
  }
  if (units.length <= SCRATCH_KEPT) scratch = units;
  return { text: unitsToString(units, length), lines, starts };
}

/**
 * The SearchText of `lines` cut out of the document's, `document`. Each line is folded on its own, so a line's share of
 * a SearchText is the same wherever it stands: a section, which lists the document's own line objects in reading
 * order, is a few ranges of the document's text. Folding the document once instead of each section it is read by
 * again saved a third of the folding. A line the document lacks (the rest of a heading line, a list made up by the
 * caller) is folded here.
 */
export function searchWithin(document: SearchText, lines: TextLine[]): SearchText {
  const at = documentIndexes(document.lines, lines);
  const missing: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) if ((at[i] as number) < 0) missing.push(lines[i] as TextLine);
  const alone = missing.length > 0 ? searchText(missing) : document;
  const starts = new Array<number>(lines.length);
  let text = '';
  // The range of `source.text` not yet appended: consecutive lines of one source are appended as one slice.
  let source = document;
  let from = 0;
  let to = 0;
  let length = 0;
  let aloneIndex = 0;
  for (let i = 0; i < lines.length; i++) {
    const index = at[i] as number;
    const search = index < 0 ? alone : document;
    const k = index < 0 ? aloneIndex++ : index;
    const start = search.starts[k] as number;
    const end = k + 1 < search.starts.length ? (search.starts[k + 1] as number) : search.text.length;
    if (search !== source || start !== to) {
      text += source.text.slice(from, to);
      source = search;
      from = start;
    }
    to = end;
    starts[i] = length;
    length += end - start;
  }
  text += source.text.slice(from, to);
  return { text, lines, starts };
}

/** Past this many lines not found, the rest are not looked for: each miss is a walk over the whole document. */
const MISSES_LOOKED_FOR = 8;

/**
 * Where each of `lines` stands in `all` (by identity), or -1. The lines of one section follow each other, so the next
 * line is nearly always the one after the last found; a list of sections out of order is found by walking on round.
 */
function documentIndexes(all: TextLine[], lines: TextLine[]): number[] {
  const at = new Array<number>(lines.length);
  let next = 0;
  let misses = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    let index = all[next] === line ? next : -1;
    if (index < 0 && misses < MISSES_LOOKED_FOR) {
      index = all.indexOf(line, next);
      if (index < 0 && next > 0) index = all.lastIndexOf(line, next - 1);
      if (index < 0) misses++;
    }
    at[i] = index;
    if (index >= 0) next = index + 1;
  }
  return at;
}

/** Reused from one build to the next: a build never outlives its call. */
let scratch: Uint16Array = new Uint16Array(4096);

/** The lines' units as read by searchText, and the same memory as bytes for Buffer's native UTF-16 encoding. */
let sourceScratch: Uint16Array = new Uint16Array(4096);
let sourceBytes: Buffer = Buffer.from(sourceScratch.buffer);

/** Units of scratch kept between builds (1 MB); the buffer for a larger document is let go with its build. */
const SCRATCH_KEPT = 1 << 19;

/** Uint16Array stores units in the machine's byte order; Node's UTF-16 decoding reads little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The `length` UTF-16 units of `text` in a reused array. Buffer's utf16le encoding copies a whole string at once, and
 * a typed array is read for far fewer instructions than charCodeAt on the joined lines (which extraction makes as
 * slices of the document text, so the join is the one place they are flattened).
 */
function unitsOf(text: string, length: number): Uint16Array {
  if (sourceScratch.length < length) {
    const larger = new Uint16Array(Math.max(length, sourceScratch.length * 2));
    if (larger.length <= SCRATCH_KEPT) [sourceScratch, sourceBytes] = [larger, Buffer.from(larger.buffer)];
    if (!LITTLE_ENDIAN) return copyUnits(text, larger);
    Buffer.from(larger.buffer).write(text, 'utf16le');
    return larger;
  }
  if (!LITTLE_ENDIAN) return copyUnits(text, sourceScratch);
  sourceBytes.write(text, 'utf16le');
  return sourceScratch;
}

function copyUnits(text: string, units: Uint16Array): Uint16Array {
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/**
 * The first `length` units as a string. Node's utf16le decoding copies the units as they are (a lone surrogate
 * too) and is several times faster than TextDecoder, which would also replace lone surrogates.
 */
function unitsToString(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
  let text = '';
  for (let i = 0; i < length; i += 4096) text += String.fromCharCode(...units.subarray(i, Math.min(i + 4096, length)));
  return text;
}

function withRoom(units: Uint16Array, needed: number): Uint16Array {
  if (units.length >= needed) return units;
  const larger = new Uint16Array(Math.max(needed, units.length * 2));
  larger.set(units);
  return larger;
}

/**
 * Writes one line, `source` from `from` to `to`, without its spaces into `units` from `at` and returns where it ended.
 * Most report lines hold only ASCII, unified ideographs, CJK punctuation that NFKC leaves alone, full-width ASCII
 * (which NFKC maps one to one onto ASCII) and spaces (which NFKC leaves or makes a plain space, removed either way);
 * none of these combine with a neighbour, so this scan folds such a line itself, far cheaper than foldWidth. For any
 * other character it gives up with -1.
 */
function appendSearchable(source: Uint16Array, from: number, to: number, units: Uint16Array, at: number): number {
  let end = at;
  for (let i = from; i < to; i++) {
    const code = source[i] as number;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code > 0x20 && code < 0x7f)) units[end++] = code;
    else if (isSpace(code)) continue;
    else if (isFullWidthAscii(code)) units[end++] = code - FULL_WIDTH_OFFSET;
    else if (isNfkcStableCode(code)) units[end++] = code;
    else return -1;
  }
  return end;
}

/** Writes a line foldWidth has folded, without its spaces, into `units` from `at`; returns where it ended. */
function appendFolded(folded: string, units: Uint16Array, at: number): number {
  let end = at;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isSpace(code)) continue;
    units[end++] = isFullWidthAscii(code) ? code - FULL_WIDTH_OFFSET : code;
  }
  return end;
}

/** Whitespace as \s knows it plus the ASCII controls and NEL: what searching ignores. */
function isSpace(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0x3000 ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x1680 ||
    code === 0x85
  );
}

/** ！ to ～: NFKC maps each onto the ASCII character 0xfee0 below it. */
const FULL_WIDTH_OFFSET = 0xfee0;

function isFullWidthAscii(code: number): boolean {
  return code >= 0xff01 && code <= 0xff5e;
}

/** The line holding the character at `index` of `search.text`; the first line for an index past the end. */
function lineIndexAt(search: SearchText, index: number): number {
  if (index >= search.text.length) return 0;
  // The last line starting at or before `index`: lines left empty share a start with the line after them.
  let low = 0;
  let high = search.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((search.starts[middle] as number) <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

const globalCache = new WeakMap<RegExp, RegExp>();

/** The pattern with the `g` flag, made once per pattern: rules pass module constants, searched for every report. */
function globalOf(pattern: RegExp): RegExp {
  let global = globalCache.get(pattern);
  if (!global) {
    global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    globalCache.set(pattern, global);
  }
  return global;
}

/** Every match of `pattern` (made global here) with the line where it starts. */
export function findAll(search: SearchText, pattern: RegExp): TextMatch[] {
  const global = globalOf(pattern);
  global.lastIndex = 0;
  const out: TextMatch[] = [];
  for (let m = global.exec(search.text); m !== null; m = global.exec(search.text)) {
    const line = search.lines[lineIndexAt(search, m.index)];
    if (line) out.push({ match: m, line });
    if (m[0] === '') global.lastIndex++;
  }
  return out;
}

const stickyCache = new WeakMap<RegExp, RegExp>();

/**
 * findAll for a pattern each of whose matches has `literal` exactly `lead` characters after its start, such as
 * /(\d{4})年1月1日…/ with lead 4. Only the places `lead` before each occurrence of the literal are tried, where the
 * pattern itself, starting with a digit class, would be tried at every digit of the tables. Same matches, same order.
 */
export function findAllByLiteral(search: SearchText, pattern: RegExp, literal: string, lead: number): TextMatch[] {
  let sticky = stickyCache.get(pattern);
  if (!sticky) stickyCache.set(pattern, (sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`)));
  const { text } = search;
  const out: TextMatch[] = [];
  // `from` plays the global search's lastIndex: no match may start before it.
  let from = 0;
  for (let at = text.indexOf(literal, from + lead); at !== -1; at = text.indexOf(literal, from + lead)) {
    sticky.lastIndex = at - lead;
    const m = sticky.exec(text);
    if (m === null) {
      from = at - lead + 1;
      continue;
    }
    const line = search.lines[lineIndexAt(search, m.index)];
    if (line) out.push({ match: m, line });
    from = m.index + Math.max(m[0].length, 1);
  }
  sticky.lastIndex = 0;
  return out;
}

/** The first match of `pattern` with its line: one search, where `findAll` would go on to the end of the text. */
export function findFirst(search: SearchText, pattern: RegExp): TextMatch | undefined {
  // A plain pattern finds the first match from the start by itself; only a global or sticky one needs the copy.
  const plain = !pattern.global && !pattern.sticky;
  const match = plain ? pattern.exec(search.text) : firstOf(globalOf(pattern), search.text);
  const line = match ? search.lines[lineIndexAt(search, match.index)] : undefined;
  return match && line ? { match, line } : undefined;
}

function firstOf(global: RegExp, text: string): RegExpExecArray | null {
  global.lastIndex = 0;
  const match = global.exec(text);
  global.lastIndex = 0;
  return match;
}

/** Location of a line, tagged with the section or field it belongs to. */
export function lineLocation(line: TextLine, key?: string): FindingLocation {
  return { ...line.loc, ...(key ? { key } : {}) };
}

/** Where a section starts (its heading), or nothing when the section is absent. */
export function sectionLocation(report: CanonicalReport, key: SectionKey): FindingLocation {
  const section = report.sections[key];
  return section ? { ...section.loc, key: `sections.${key}` } : { key: `sections.${key}` };
}

/** A line quoted in a message: trimmed and cut to a readable length. */
export function quote(text: string, max = 40): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > max ? `${trimmed.slice(0, max)}…` : trimmed;
}

/** The last line that contains `text` (spaces ignored): where a name stands when extraction kept no provenance. */
export function lastLineWith(lines: TextLine[], text: string): TextLine | undefined {
  const wanted = text.replace(/\s+/g, '');
  if (!wanted) return undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (line && line.text.replace(/\s+/g, '').includes(wanted)) return line;
  }
  return undefined;
}

/** Where the 落款 is: the signing body's provenance, else the last line naming it; tagged with `key`. */
export function signatureLocation(context: RuleContext, key: string): FindingLocation {
  const located = context.locate('meta.agencyInSignature');
  const name = context.report.meta.agencyInSignature;
  if (Object.keys(located).length > 1 || !name) return { ...located, key };
  const line = lastLineWith(documentLines(context.report), name);
  return line ? lineLocation(line, key) : { key };
}

/** A page's posting label or a clock time next to the date: the page's 发布时间, not the 落款 under the report. */
const POSTED = /(?:发布|发表|更新)\s*(?:时间|日期)|\d{1,2}:\d{2}/;

/**
 * What the report's date is, named for a message: 发布日期 when extraction took it from a page's 发布时间 line (or one
 * with a posting time), else 落款日期. Asked only when a date rule fires.
 */
export function dateName(report: CanonicalReport): Localized {
  const read = report.provenance['meta.publishedDate'];
  const line =
    read?.line === undefined
      ? undefined
      : documentLines(report).find((l) => l.loc.line === read.line && l.loc.page === read.page);
  return line && POSTED.test(line.text) ? { 'zh-CN': '发布日期', en: 'published' } : { 'zh-CN': '落款日期', en: 'dated' };
}
