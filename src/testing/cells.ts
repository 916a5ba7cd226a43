/** How generated layouts print numbers, blanks and dates, with the quirks real extractors leave in them. */
import type { ValueType } from '../format/types.js';
import type { CellValue } from '../model/report.js';
import type { Rng } from './rng.js';

/** Quirks any layout can carry; all off by default. */
export interface QuirkOptions {
  /** ０１２３ instead of 0123. */
  fullWidthDigits?: boolean;
  /** Cells padded with U+3000 ideographic spaces, as Word tables copied to text often are. */
  ideographicSpaces?: boolean;
  /** 1,234 for numbers of four digits or more. */
  thousands?: boolean;
  /** Page numbers and page headers between table rows (`- 3 -`, `第3页 共5页`). */
  pageDebris?: boolean;
  /** Windows line ends. */
  crlf?: boolean;
  /** 落款 date written 二〇二五年一月二十日. */
  chineseDate?: boolean;
  /** How a null (blank) cell is printed; default empty. */
  blank?: '' | '—' | '/' | '无';
}

const FULL_WIDTH: Record<string, string> = { '.': '．', '+': '＋', '-': '－' };

/** Digits and their sign and point as full-width forms. */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9.+-]/g, (ch) => FULL_WIDTH[ch] ?? String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** A cell value as printed, with the quirks asked for. */
export function formatValue(value: CellValue, type: ValueType | undefined, quirks: QuirkOptions, rng: Rng): string {
  if (value === null) return quirks.blank ?? '';
  let text: string;
  if (type === 'decimal' && !Number.isInteger(value) && rng.chance(0.3)) text = value.toFixed(2);
  else text = String(value);
  if (quirks.thousands && Math.abs(value) >= 1000) {
    const [whole = '', fraction] = text.split('.');
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
  }
  if (type === 'signed' && value > 0 && rng.chance(0.5)) text = `+${text}`;
  if (quirks.fullWidthDigits) text = toFullWidth(text);
  if (quirks.ideographicSpaces && rng.chance(0.4)) text = '\u3000'.repeat(rng.int(1, 2)) + text;
  return text;
}

const DIGITS = [...'〇一二三四五六七八九'];

function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** `2025-01-20` as 2025年1月20日, or 二〇二五年一月二十日. */
export function formatDate(iso: string, chinese: boolean): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  if (!chinese) return `${y}年${Number(m)}月${Number(d)}日`;
  const year = [...y].map((ch) => DIGITS[Number(ch)] ?? ch).join('');
  return `${year}年${chineseNumber(Number(m))}月${chineseNumber(Number(d))}日`;
}

/**
 * Page furniture left between rows by PDF and Word conversion. Never a bare number: that would be indistinguishable
 * from a cell, in a real report too.
 */
export function pageDebris(rng: Rng, page: number, pages: number, title: string): string[] {
  return rng.weighted<string[]>([
    [[`- ${page} -`], 3],
    [[`第${page}页 共${pages}页`], 3],
    [[`— ${page} —`], 1],
    [[title, `- ${page} -`], 1],
  ]);
}
