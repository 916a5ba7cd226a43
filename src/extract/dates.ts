/** Dates and years as reports print them: 2025年1月20日, 2025 年 1 月 20 日, 二〇二五年一月二十日, 2025-01-20, 2025.1.20. */
import { foldWidth } from '../format/normalize.js';

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, Ｏ: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 二〇二五 → 2025: a year is written digit by digit. */
export function chineseYear(text: string): number | null {
  let year = 0;
  for (const ch of text) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return null;
    year = year * 10 + d;
  }
  return text.length === 4 ? year : null;
}

/** 一 … 三十一: month and day numbers use 十. */
export function chineseSmallNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const digit = (ch: string | undefined): number | null => (ch === undefined ? null : (CN_DIGITS[ch] ?? null));
  if (!text.includes('十')) return text.length === 1 ? digit(text) : null;
  const [before, after, ...rest] = text.split('十');
  if (rest.length > 0 || (before?.length ?? 0) > 1 || (after?.length ?? 0) > 1) return null;
  const tens = before ? digit(before) : 1;
  const units = after ? digit(after) : 0;
  return tens === null || units === null ? null : tens * 10 + units;
}

const CN_NUM = '[〇零一二三四五六七八九十]';
const DATE_PATTERNS: RegExp[] = [
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
  new RegExp(`(${CN_NUM}{4})\\s*年\\s*(${CN_NUM}{1,3})\\s*月\\s*(${CN_NUM}{1,3})\\s*日`),
  /(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)/,
];

export interface FoundDate {
  iso: string;
  /** The matched text, as printed. */
  raw: string;
  index: number;
}

export function findDate(text: string): FoundDate | null {
  const folded = foldWidth(text);
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(folded);
    if (!m?.[1] || !m[2] || !m[3]) continue;
    const year = /^\d+$/.test(m[1]) ? Number(m[1]) : chineseYear(m[1]);
    const month = chineseSmallNumber(m[2]);
    const day = chineseSmallNumber(m[3]);
    if (year === null || month === null || day === null) continue;
    if (!isValidDate(year, month, day)) continue;
    return { iso: `${year}-${pad(month)}-${pad(day)}`, raw: text.slice(m.index, m.index + m[0].length), index: m.index };
  }
  return null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The month's length by the Gregorian rule, rather than from a Date made only to ask it (several times dearer). */
function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The report year a title states: 2024年, 2024 年度, 二〇二四年. */
export function findYear(text: string): { year: number; index: number; length: number } | null {
  const folded = foldWidth(text);
  const digits = /((?:19|20)\d{2})\s*年/.exec(folded);
  if (digits?.[1]) return { year: Number(digits[1]), index: digits.index, length: digits[0].length };
  const cn = new RegExp(`(${CN_NUM}{4})\\s*年`).exec(folded);
  const year = cn?.[1] ? chineseYear(cn[1]) : null;
  if (cn && year !== null && year >= 1990 && year <= 2100) return { year, index: cn.index, length: cn[0].length };
  return null;
}

/**
 * The calendar year a statistics period covers: 统计期限自2023年1月1日起至2023年12月31日止, or …至12月31日. A period
 * that is not one whole calendar year names no report year.
 */
export function findPeriodYear(text: string): { year: number; raw: string } | null {
  if (!text.includes('12')) return null;
  const m = /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起|始)?\s*[，,]?\s*(?:至|到|—|－|-|~|～)\s*(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日?/.exec(
    foldWidth(text),
  );
  if (!m?.[1] || (m[2] && m[2] !== m[1])) return null;
  return { year: Number(m[1]), raw: text.slice(m.index, m.index + m[0].length) };
}
