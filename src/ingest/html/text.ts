/** Text rules of the HTML adapter: whitespace as a browser shows it, and what a line of a report looks like. */
import { MAY_UNIFY_CLASS, unifyIdeographs } from '../../format/ideographs.js';

/**
 * Marks a block boundary inside collected text (a `<br>` or `<p>` in a table cell). parse5 turns NUL in the input
 * into U+FFFD, so the character never comes from the page itself.
 */
export const BLOCK_BREAK = '\u0000';

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// eslint-disable-next-line no-control-regex -- BLOCK_BREAK is U+0000 on purpose
const SPACE_RUN = /[\s\u00a0\u3000\u0000]+/g;
const LINE_BREAK = /[\n\r]/;
// What normalizeText changes: spaces, block breaks, invisible characters, and radicals a PDF font named.
const TO_NORMALIZE = new RegExp(`[\\s\\u00a0\\u3000\\u0000\\u200b-\\u200d\\u2060\\ufeff\\u00ad${MAY_UNIFY_CLASS}]`);
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/**
 * Collapses every run of spaces, `&nbsp;`, ideographic spaces and line breaks to one space and trims; radicals and
 * compatibility ideographs become the ideographs printed. A run that is
 * only a source line break between two CJK characters disappears, as CSS segment-break rules intend for Chinese:
 * editors wrap source lines anywhere, and 政府信息\n公开 means 政府信息公开. Block breaks always become a space.
 */
export function normalizeText(raw: string): string {
  // Most table cells (a number, a label) hold nothing to change: one search instead of three replacements.
  if (!TO_NORMALIZE.test(raw)) return raw;
  // Pages converted from a PDF (pdftohtml) keep the radicals its fonts named: ⼯作 for 工作, 2024年1⽉ for 2024年1月.
  const text = unifyIdeographs(raw.replace(INVISIBLE, ''));
  // Without a line break every run becomes one space: a plain replacement does it without a call per run.
  if (!LINE_BREAK.test(text)) return text.replace(SPACE_RUN, ' ').trim();
  return text
    .replace(SPACE_RUN, (run: string, offset: number) => {
      if (run.includes(BLOCK_BREAK)) return ' ';
      if (!LINE_BREAK.test(run) || /[\u00a0\u3000]/.test(run)) return ' ';
      const before = text[offset - 1] ?? '';
      const after = text[offset + run.length] ?? '';
      return WIDE.test(before) && WIDE.test(after) ? '' : ' ';
    })
    .trim();
}

/** Counts the characters that carry content: everything but whitespace. */
export function contentLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff) n++;
  }
  return n;
}

/** A heading of the report body: 一、总体情况, （三）…, or a paragraph of running text. */
export function isReportContent(text: string): boolean {
  return /[。；]/.test(text) || /^[一二三四五六七八九十]{1,2}[、.．]/.test(text) || text.length >= 80;
}

/** A line that could be the report's title. */
export function isTitleLike(text: string): boolean {
  return text.length >= 6 && text.length <= 100 && /报告|年报/.test(text) && !/。/.test(text);
}

/** A date as a 落款 prints it (2022年1月20日, 2022-01-20). */
export function isDateLine(text: string): boolean {
  return text.length <= 40 && /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.test(text);
}

/** Words of site furniture that outlives tag and class filters: footers, breadcrumbs, print and share bars. */
export const FURNITURE_WORDS = new RegExp(
  [
    '版权所有',
    'ICP\\s*备',
    '网站标识码',
    '公网安备',
    '技术支持[:：]',
    '主办单位[:：]',
    '承办单位[:：]',
    '维护单位[:：]',
    '网站地图',
    '扫一扫',
    '分享到',
    '打印本页',
    '关闭窗口',
    '【\\s*字体',
    '字号[:：]',
    '当前位置[:：]',
    '您的位置[:：]',
    '浏览次数',
    '访问量[:：]',
  ].join('|'),
);

/** A short line of site furniture; running text (with a full stop) never is. */
export function isBoilerplate(text: string): boolean {
  return text.length < 200 && !text.includes('。') && FURNITURE_WORDS.test(text);
}
