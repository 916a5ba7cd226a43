/**
 * Terminal text helpers shared by the formatters: display width of CJK text (two columns per character), padding,
 * ANSI colour, severity names per locale, and how locations and values are written.
 */
import type { FindingLocation, Locale, Severity } from '../check/types.js';

export const SEVERITIES: readonly Severity[] = ['error', 'inconsistency', 'warning', 'info'];

export const SEVERITY_LABELS: Record<Locale, Record<Severity, string>> = {
  'zh-CN': { error: '错误', inconsistency: '不一致', warning: '警告', info: '提示' },
  en: { error: 'error', inconsistency: 'inconsistency', warning: 'warning', info: 'info' },
};

/** Severities that make `gongkai check` exit with 1. */
export function isFailing(severity: Severity): boolean {
  return severity === 'error' || severity === 'inconsistency';
}

// East Asian Wide and Fullwidth blocks: CJK, kana, Hangul, fullwidth forms. Ambiguous-width characters (“”) count 1,
// as most terminals in a zh-CN locale draw them narrow.
const WIDE: Array<[number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns the text takes in a terminal, ignoring ANSI colour codes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks
    width += WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
  }
  return width;
}

/** Pads to a display width (not a string length), so columns of Chinese text line up. */
export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export type Style = 'red' | 'magenta' | 'yellow' | 'cyan' | 'green' | 'dim' | 'bold' | 'underline';

const STYLE_CODES: Record<Style, [number, number]> = {
  red: [31, 39],
  magenta: [35, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
};

/** Wraps text in an ANSI style when colour is on; the caller decides (TTY and no NO_COLOR). */
export function paint(text: string, style: Style, enabled: boolean): string {
  if (!enabled || text === '') return text;
  const [open, close] = STYLE_CODES[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

export const SEVERITY_STYLES: Record<Severity, Style> = {
  error: 'red',
  inconsistency: 'magenta',
  warning: 'yellow',
  info: 'cyan',
};

/**
 * Where a finding is, for people: `12:5` for text positions, `表三 5行3列` (`table 三 row 5 col 3`) for table
 * cells, with the page in front for PDFs; the canonical key when nothing positional is known; `-` otherwise.
 */
export function formatLocation(location: FindingLocation, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(zh ? `第${location.page}页` : `p.${location.page}`);
  if (location.line !== undefined) {
    parts.push(location.column !== undefined ? `${location.line}:${location.column}` : `${location.line}`);
  } else if (location.tableName !== undefined || location.table !== undefined) {
    const name = location.tableName ?? `#${location.table}`;
    const cell: string[] = [];
    if (location.row !== undefined) cell.push(zh ? `${location.row}行` : `row ${location.row}`);
    if (location.cell !== undefined) cell.push(zh ? `${location.cell}列` : `col ${location.cell}`);
    const table = zh ? `表${name}` : `table ${name}`;
    parts.push(cell.length ? `${table} ${cell.join(zh ? '' : ' ')}` : table);
  } else if (location.path !== undefined) {
    parts.push(location.path);
  }
  if (parts.length) return parts.join(' ');
  return location.key ?? '-';
}

/** A value as a reviewer reads it: numbers as printed, null as 空/blank, lists joined (an empty one is 无/none). */
export function formatValue(value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return locale === 'zh-CN' ? '空' : 'blank';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length === 0) return locale === 'zh-CN' ? '无' : 'none';
  if (Array.isArray(value)) return value.map((item) => formatValue(item, locale)).join(locale === 'zh-CN' ? '、' : ', ');
  return JSON.stringify(value);
}
