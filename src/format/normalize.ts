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
  return !NUMBERING_TO_UNIFY.test(text);
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

/** Numbering whose punctuation normalizeLabel unifies (1、 → 1., 一. → 一、). */
const NUMBERING_TO_UNIFY = /^\d{1,2}[、.,]|^[一二三四五六七八九十]{1,2}[.,]/;

function normalizeUncached(text: string): string {
  if (isAlreadyNormal(text)) return text;
  let out = foldWidth(text).replace(/[\s\u3000\u00a0*#|]+/g, '');
  out = out.replace(/["＂「」‘’]/g, (q) => QUOTES[q] ?? q);
  // Numbering punctuation varies: 1. 1、 1． all mean the same.
  out = out.replace(/^(\d{1,2})[、．.,，]/, '$1.');
  out = out.replace(/^([一二三四五六七八九十]{1,2})[.．,，]/, '$1、');
  return out;
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
