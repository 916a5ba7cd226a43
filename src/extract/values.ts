/** Reading one cell's text as a number, a blank, or neither. */
import { foldWidth } from '../format/normalize.js';

export type ParsedCell =
  | {
      kind: 'number';
      value: number;
      digits: string;
      /** A zero typed as a letter or character that looks like it (O, 〇, 零): read as 0, and reported. */
      lookalike?: boolean;
    }
  | { kind: 'blank' }
  | { kind: 'none' };

const BLANKS = new Set(['', '-', '--', '—', '——', '–', '－', '/', '／', '\\', '无', '空', '/ ', 'null', '×', 'x', '\\/', '…']);

/** /^\d{1,15}$/, tested code by code: a regex call costs more than the scan of a few digits, for every cell. */
export function isPlainCount(raw: string): boolean {
  if (raw.length === 0 || raw.length > 15) return false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/**
 * Text whose last character is a digit, ASCII or full-width: in a report, nearly always a row printed with its values
 * (`规章 0 0 0`, `规章000`), whose digits are that report's own. Such text is met once, so memos keyed by it only miss
 * and fill up with what never recurs.
 */
export function endsInDigit(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** Text of ASCII and full-width digits only (any number of them), folded to ASCII digits; null for any other text. */
export function foldedCount(raw: string): string | null {
  if (raw.length === 0) return null;
  let folded = '';
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) folded += String.fromCharCode(code - 0xfee0);
    else if (code >= 0x30 && code <= 0x39) folded += raw.charAt(i);
    else return null;
  }
  return folded;
}

/** What people type for 0 in a table cell: the letter O (either width and case), 〇 and 零. */
const LOOKALIKE_ZEROS = new Set(['O', 'o', 'Ｏ', 'ｏ', '〇', '零']);

/** /^[\u4e00-\u9fff（(《“]/ of a text's first code: a unified ideograph or an opening bracket or quote. */
function isLabelStart(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || code === 0xff08 || code === 0x28 || code === 0x300a || code === 0x201c;
}
const NONE: ParsedCell = { kind: 'none' };

/** Units people type after a number in a cell. */
const UNITS = ['件次', '人次', '万元', '件', '元', '个', '项', '条', '次'];

/** A unit bare or in brackets after the number (`3件`, `0（件）`): the number stands. */
const UNIT_SUFFIX = new RegExp(`[(（]?(${UNITS.join('|')})[)）]?$`);

/** The only ideographs a number or blank cell can hold: those of its units, of the blanks (无, 空) and of 零. */
const CELL_IDEOGRAPHS = [...new Set([...UNITS, ...BLANKS, ...LOOKALIKE_ZEROS].join(''))]
  .filter((char) => /[\u4e00-\u9fff]/.test(char))
  .join('');

function holdsWordIdeograph(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff && !CELL_IDEOGRAPHS.includes(raw.charAt(i))) return true;
  }
  return false;
}

const CHANGE_IN_WORDS = /^(增加?|减少?)\s*(\d{1,12}(?:\.\d+)?)$/;

export function parseCell(raw: string): ParsedCell {
  // The common case, a plain count, without folding or pattern work.
  if (isPlainCount(raw)) return { kind: 'number', value: Number(raw), digits: raw };
  // A count typed in full-width digits (０, １２), every value of some layouts: folded code by code, the same reading
  // as the general path below gives it (NFKC maps each full-width digit to its ASCII digit), without its patterns.
  const folded = foldedCount(raw);
  if (folded !== null) return { kind: 'number', value: Number(folded), digits: folded };
  // Both tests below look at the first character first, by its code: most cells that get here are labels, which the
  // first code settles without a pattern call.
  const first = raw.charCodeAt(0);
  // 减4 / 增3 in a 本年增/减 cell: the change written in words, not a label.
  const change = first === 0x589e || first === 0x51cf ? CHANGE_IN_WORDS.exec(raw) : null;
  if (change?.[2]) {
    const digits = change[1]?.startsWith('减') ? `-${change[2]}` : change[2];
    return { kind: 'number', value: Number(digits), digits };
  }
  // A label: starts with a word or an opening bracket and is more than one character (无 and 空 are one).
  if (raw.length > 1 && isLabelStart(first)) return NONE;
  // A numbered label (`1. 属于国家秘密`): an ideograph no number or blank can hold settles it without folding.
  if (holdsWordIdeograph(raw)) return NONE;
  // Spaces inside a cell separate numbers (`11 3` is two cells run together), so they are not removed.
  const text = foldWidth(raw).trim().replace(UNIT_SUFFIX, '').trim();
  if (BLANKS.has(text)) return { kind: 'blank' };
  if (LOOKALIKE_ZEROS.has(raw.trim())) return { kind: 'number', value: 0, digits: '0', lookalike: true };
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return { kind: 'number', value: Number(text), digits: text };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    const plain = text.replace(/,/g, '');
    return { kind: 'number', value: Number(plain), digits: plain };
  }
  return { kind: 'none' };
}
