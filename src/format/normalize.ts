/** Text normalisation shared by extraction and label checks. */

const QUOTES: Record<string, string> = { '"': '“', '＂': '“', '「': '“', '」': '”', '‘': '“', '’': '”' };

/** Width-folded text with every kind of space removed: the form labels are compared in. */
export function normalizeLabel(text: string): string {
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

const MEMO_MAX_LENGTH = 80;
const MEMO_MAX_ENTRIES = 50000;
const memo = new Map<string, string>();

function normalizeUncached(text: string): string {
  // Most labels need nothing: stable under NFKC, no spaces or marks to drop, no numbering to unify.
  if (NFKC_STABLE.test(text) && !NEEDS_WORK.test(text)) return text;
  let out = foldWidth(text).replace(/[\s\u3000\u00a0*#|]+/g, '');
  out = out.replace(/["＂「」‘’]/g, (q) => QUOTES[q] ?? q);
  // Numbering punctuation varies: 1. 1、 1． all mean the same.
  out = out.replace(/^(\d{1,2})[、．.,，]/, '$1.');
  out = out.replace(/^([一二三四五六七八九十]{1,2})[.．,，]/, '$1、');
  return out;
}

/** Anything normalizeLabel would change in NFKC-stable text: spaces, marks, odd quotes, numbering punctuation. */
const NEEDS_WORK = /[\s*#|"‘’]|^\d{1,2}[、.,]|^[一二三四五六七八九十]{1,2}[.,]/;

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
