/** Text normalisation shared by extraction and label checks. */
import { MAY_UNIFY_CLASS } from './ideographs.js';

/**
 * The characters, as the inside of a character class without the `u` flag, that extraction cleans out of a text:
 * inline debris marks ([bookmark:…], {{…}}, <tags>), no-break spaces, radicals and compatibility ideographs
 * (unifyIdeographs). An adapter that finds none in its whole input, nor a 開 (the mark of a page in traditional
 * script, which extraction converts), says so (Document.cleanText), and no text of it is tested again.
 */
export const MAY_NEED_CLEANING_CLASS = `[{<\\u00a0${MAY_UNIFY_CLASS}`;

const QUOTES: Record<string, string> = { '"': '“', '＂': '“', '「': '“', '」': '”', '‘': '“', '’': '”' };

/** Width-folded text with every kind of space removed: the form labels are compared in. */
export function normalizeLabel(text: string): string {
  // The common case is answered by two scans, cheaper than hashing the text for the memo.
  if (isNormalLabel(text)) return text;
  if (text.length > MEMO_MAX_LENGTH) return normalizeUncached(text);
  let cached = memo.get(text);
  if (cached === undefined) {
    cached = normalizeUncached(text);
    // Labels repeat across every report; the cap keeps a stream of one-off strings from growing the map for ever.
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(text, cached);
  }
  return cached;
}

/**
 * normalizeLabel without its memo, for text met once (a paragraph's opening words): remembering it would only push
 * out the labels that recur. The same result as normalizeLabel.
 */
export function normalizeLabelOnce(text: string): string {
  return isNormalLabel(text) ? text : normalizeUncached(text);
}

// Labels are short and a report has a few hundred distinct ones; a longer line is prose, met once. A small memo stays
// in the processor's cache, where a large one filled with prose costs more to look up than normalising does.
const MEMO_MAX_LENGTH = 40;
const MEMO_MAX_ENTRIES = 4000;
const memo = new Map<string, string>();

/**
 * Whether normalizeLabel leaves the text as it is. Most labels need nothing: stable under NFKC, no spaces or marks to
 * drop, no numbering to unify. One pass over the character codes answers it, without any memo; this runs for every
 * label and line of every report.
 */
export function isNormalLabel(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A unified ideograph, most characters of a label, is normal: two comparisons rather than the whole list below.
    if (isIdeographCode(code)) continue;
    // Spaces and * # | are dropped, straight and single quotes replaced.
    if (code <= 0x20 || code === 0x2a || code === 0x23 || code === 0x7c || code === 0x22 || code === 0x2018 || code === 0x2019) {
      return false;
    }
    if (!isNfkcStableCode(code)) return false;
  }
  // Numbering whose punctuation normalizeLabel unifies (1、 → 1., 一. → 一、). Past a number only these marks can
  // follow: the full-width ones are not NFKC-stable, so the loop above has turned them down already.
  const afterNumber = afterLeadingNumber(text);
  if (afterNumber !== -1 && isNumberMark(text.charCodeAt(afterNumber))) return false;
  const afterNumeral = afterLeadingNumeral(text);
  return afterNumeral === -1 || !isNumeralMark(text.charCodeAt(afterNumeral));
}

/*
 * The marks after numbering are told by their codes rather than by a search of a string of marks: this is asked of
 * every label and line, where a one-character string and a search cost more than a few comparisons.
 */

/** 、 . ， ． , after a leading number: every mark normalizeLabel makes `.`. */
function isNumberMark(code: number): boolean {
  return code === 0x3001 || code === 0x2e || code === 0x2c || code === 0xff0e || code === 0xff0c;
}

/** . ， ． , after a leading Chinese numeral: every mark normalizeLabel makes `、`. */
function isNumeralMark(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0xff0e || code === 0xff0c;
}

/*
 * Leading numbering is read code by code rather than by /^(\d{1,2})[、.,]/ and /^([一…十]{1,2})[.,]/: it is asked of
 * every label and line, and most do not start with a number at all. The patterns' backtracking (one digit instead of
 * two) never matters: the mark after one digit would then be the second digit, which is no mark.
 */

/** Where the mark after one or two leading digits is (`1、` → 1, `12.` → 2); -1 without a leading digit. */
function afterLeadingNumber(text: string): number {
  if (!isDigitCode(text.charCodeAt(0))) return -1;
  return isDigitCode(text.charCodeAt(1)) ? 2 : 1;
}

/** Where the mark after one or two leading Chinese numerals is (`三、` → 1, `十二.` → 2); -1 without one. */
function afterLeadingNumeral(text: string): number {
  if (!isNumeralCode(text.charCodeAt(0))) return -1;
  return isNumeralCode(text.charCodeAt(1)) ? 2 : 1;
}

/** 一二三四五六七八九十, by code. */
function isNumeralCode(code: number): boolean {
  switch (code) {
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
    case 0x5341: // 十
      return true;
    default:
      return false;
  }
}

/** An ASCII digit (NaN, past the end of a text, is none). */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * A character NFKC leaves as it is and that never combines with a neighbour: ASCII, unified ideographs and the CJK
 * punctuation reports use most (、。〈〉《》「」『』【】—‘’“”·). The same set as NFKC_STABLE, one code at a time.
 */
export function isNfkcStableCode(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    code === 0x3001 ||
    code === 0x3002 ||
    (code >= 0x3008 && code <= 0x3011) ||
    code === 0x2014 ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x00b7
  );
}

/** U+4E00–U+9FFF, the unified ideographs: NFKC leaves them as they are and normalizeLabel keeps them. */
function isIdeographCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Called only for text isNormalLabel has turned down. */
function normalizeUncached(text: string): string {
  const simple = rewriteByCodes(text, true);
  if (simple !== null) return unifyNumbering(simple);
  let out = foldWidth(text).replace(/[\s\u3000\u00a0*#|]+/g, '');
  out = out.replace(/["＂「」‘’]/g, (q) => QUOTES[q] ?? q);
  return unifyNumbering(out);
}

/** Numbering punctuation varies: 1. 1、 1． all mean the same, and so do 一、 一. 一，. */
function unifyNumbering(out: string): string {
  const afterNumber = afterLeadingNumber(out);
  if (afterNumber !== -1 && isNumberMark(out.charCodeAt(afterNumber))) {
    return `${out.slice(0, afterNumber)}.${out.slice(afterNumber + 1)}`;
  }
  const afterNumeral = afterLeadingNumeral(out);
  if (afterNumeral !== -1 && isNumeralMark(out.charCodeAt(afterNumeral))) {
    return `${out.slice(0, afterNumeral)}、${out.slice(afterNumeral + 1)}`;
  }
  return out;
}

/**
 * Text made only of NFKC-stable characters, full-width ASCII forms (U+FF01–U+FF5E) and ideographic or no-break spaces
 * (nearly every label and prose line that is not normal already), rewritten in one pass over its codes: NFKC maps each
 * of those characters on its own (none combines with a neighbour), so it is decided code by code, without
 * normalize(); unchanged runs are copied as slices. With `dropAndUnify`, spaces and marks are also dropped and quotes
 * unified, as normalizeLabel's general path does with two regex replaces. Null when another character occurs: the
 * general path (normalize()) takes it.
 */
function rewriteByCodes(text: string, dropAndUnify: boolean): string | null {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A unified ideograph is kept as it is (NFKC-stable, never dropped or replaced), as in isNormalLabel.
    if (isIdeographCode(code)) continue;
    const folded = widthFolded(code);
    if (folded === NOT_FOLDED) return null;
    const replacement = dropAndUnify ? replacementOf(folded) : folded;
    if (replacement === code) continue;
    // A run of spaces (a line's columns) drops code after code: nothing is copied between them.
    if (i > runStart) out += text.slice(runStart, i);
    if (replacement !== DROPPED) out += String.fromCharCode(replacement);
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

const DROPPED = -1;
const NOT_FOLDED = -1;

/**
 * NFKC of one code, as rewriteByCodes takes it: full-width ASCII to ASCII, an ideographic or no-break space to a space,
 * an NFKC-stable code to itself; NOT_FOLDED for any other code.
 */
function widthFolded(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0x00a0) return 0x20;
  return isNfkcStableCode(code) ? code : NOT_FOLDED;
}

/** What the general path makes of one folded code: dropped (spaces, * # |), a curly quote, or itself. */
function replacementOf(code: number): number {
  switch (code) {
    case 0x09:
    case 0x0a:
    case 0x0d:
    case 0x20:
    case 0x2a:
    case 0x23:
    case 0x7c:
      return DROPPED;
    case 0x22: // "
    case 0x300c: // 「
    case 0x2018: // ‘
      return 0x201c;
    case 0x300d: // 」
    case 0x2019: // ’
      return 0x201d;
    default:
      return code;
  }
}

/** Characters NFKC leaves alone: ASCII, unified ideographs, and the CJK punctuation reports use most. */
const NFKC_STABLE = /^[\t\n\r\u0020-\u007e\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u201c\u201d\u2018\u2019\u2014\u00b7]*$/;

/** NFKC folds full-width digits, letters, brackets and colons; the ideographic comma and quotes survive it. */
export function foldWidth(text: string): string {
  // Most report text is already stable; skipping normalize() there is the single largest saving in extraction.
  if (NFKC_STABLE.test(text)) return text;
  // Full-width digits glued to labels (crawler text) are folded code by code, without normalize().
  return rewriteByCodes(text, false) ?? text.normalize('NFKC');
}

/** Removes list numbering such as `(七)`, `三、`, `1.`, `3、` from the front of a normalised label. */
export function stripNumbering(normalized: string): string {
  return normalized.replace(/^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}\.)+/, '');
}

/** The code units String.prototype.trim removes: ECMAScript WhiteSpace and LineTerminator (\u3000 included). */
export function isTrimmedCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The first position from `from` that is not whitespace as String.prototype.trim counts it (`end` if none). */
export function trimmedStart(text: string, from: number, end: number): number {
  while (from < end && isTrimmedCode(text.charCodeAt(from))) from++;
  return from;
}

/** One past the last position before `end` that is not trimmed whitespace (`from` if none). */
export function trimmedEnd(text: string, from: number, end: number): number {
  while (end > from && isTrimmedCode(text.charCodeAt(end - 1))) end--;
  return end;
}
