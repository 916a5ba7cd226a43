/** Text normalisation shared by extraction and label checks. */

const QUOTES: Record<string, string> = { '"': '“', '＂': '“', '「': '“', '」': '”', '‘': '“', '’': '”' };

/** Width-folded text with every kind of space removed: the form labels are compared in. */
export function normalizeLabel(text: string): string {
  // The common case is answered by two scans, cheaper than hashing the text for the memo.
  if (isAlreadyNormal(text)) return text;
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
  return isAlreadyNormal(text) ? text : normalizeUncached(text);
}

// Labels are short and a report has a few hundred distinct ones; a longer line is prose, met once. A small memo stays
// in the processor's cache, where a large one filled with prose costs more to look up than normalising does.
const MEMO_MAX_LENGTH = 40;
const MEMO_MAX_ENTRIES = 4000;
const memo = new Map<string, string>();

/**
 * Most labels need nothing: stable under NFKC, no spaces or marks to drop, no numbering to unify. One pass over the
 * character codes answers it; this runs for every label and line of every report.
 */
function isAlreadyNormal(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Spaces and * # | are dropped, straight and single quotes replaced.
    if (code <= 0x20 || code === 0x2a || code === 0x23 || code === 0x7c || code === 0x22 || code === 0x2018 || code === 0x2019) {
      return false;
    }
    if (!isNfkcStableCode(code)) return false;
  }
  // Numbering whose punctuation normalizeLabel unifies (1、 → 1., 一. → 一、).
  return !isOneOf(text.charAt(afterLeadingNumber(text)), '、.,') && !isOneOf(text.charAt(afterLeadingNumeral(text)), '.,');
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
  if (!isOneOf(text.charAt(0), CHINESE_NUMERALS)) return -1;
  return isOneOf(text.charAt(1), CHINESE_NUMERALS) ? 2 : 1;
}

const CHINESE_NUMERALS = '一二三四五六七八九十';

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True when `char` is one character of `set` (charAt past the end gives '', which is none). */
function isOneOf(char: string, set: string): boolean {
  return char.length === 1 && set.includes(char);
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

/** Called only for text isAlreadyNormal has turned down. */
function normalizeUncached(text: string): string {
  const simple = normalizeCharByChar(text);
  if (simple !== null) return unifyNumbering(simple);
  let out = foldWidth(text).replace(/[\s\u3000\u00a0*#|]+/g, '');
  out = out.replace(/["＂「」‘’]/g, (q) => QUOTES[q] ?? q);
  return unifyNumbering(out);
}

/** Numbering punctuation varies: 1. 1、 1． all mean the same, and so do 一、 一. 一，. */
function unifyNumbering(out: string): string {
  const afterNumber = afterLeadingNumber(out);
  if (isOneOf(out.charAt(afterNumber), '、．.,，')) return `${out.slice(0, afterNumber)}.${out.slice(afterNumber + 1)}`;
  const afterNumeral = afterLeadingNumeral(out);
  if (isOneOf(out.charAt(afterNumeral), '.．,，')) return `${out.slice(0, afterNumeral)}、${out.slice(afterNumeral + 1)}`;
  return out;
}

/**
 * The general path's result in one pass over the character codes, for text made only of NFKC-stable characters,
 * full-width ASCII forms (U+FF01–U+FF5E) and ideographic or no-break spaces: nearly every label and prose line that
 * is not normal already. NFKC maps each of those characters on its own (none combines with a neighbour), so folding,
 * dropping spaces and marks and unifying quotes are decided code by code, without normalize() and two regex
 * replaces; unchanged runs are copied as slices. Null when another character occurs: the general path takes it.
 */
function normalizeCharByChar(text: string): string | null {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded = code;
    if (code >= 0xff01 && code <= 0xff5e) folded = code - 0xfee0;
    else if (code === 0x3000 || code === 0x00a0) folded = 0x20;
    else if (!isNfkcStableCode(code)) return null;
    const replacement = replacementOf(folded);
    if (replacement === folded && folded === code) continue;
    out += text.slice(runStart, i);
    if (replacement !== DROPPED) out += String.fromCharCode(replacement);
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

const DROPPED = -1;

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
  return NFKC_STABLE.test(text) ? text : text.normalize('NFKC');
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
