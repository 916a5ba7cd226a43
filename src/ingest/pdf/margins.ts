/**
 * Running headers and footers: lines at the top or bottom edge of a page that repeat (digits aside) at the same
 * height on most pages, and page numbers (`- 3 -`, `第 3 页 共 5 页`, `3/5`) on any page.
 */
import type { Line } from './lines.js';

export interface PageLines {
  height: number;
  lines: Line[];
}

/** Share of the page height, from the top and from the bottom, where headers and footers live. */
const BAND = 0.15;
/** How many lines from each edge are considered. */
const EDGE_LINES = 3;
const SAME_HEIGHT = 4;

const PAGE_NUMBER = [
  /^[-–—－]*\d{1,4}[-–—－]*$/,
  /^第\d{1,4}页[,，]?(共\d{1,4}页)?$/,
  /^共\d{1,4}页[,，]?第\d{1,4}页$/,
  /^\d{1,4}\/\d{1,4}$/,
  /^(page)?\d{1,4}(of\d{1,4})?$/i,
];

/** The lines to drop, by page and line index (`"3:41"`). */
export function runningLines(pages: readonly PageLines[]): Set<string> {
  const candidates = pages.map(edgeLines);
  const drop = new Set<string>();
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const lines of candidates) {
    for (const { line, outermost } of lines) {
      const key = maskDigits(line.text);
      const compact = line.text.replace(/\s+/g, '');
      const isPageNumber = line.segments.length === 1 && PAGE_NUMBER.some((re) => re.test(compact)) && (outermost || !/^\d+$/.test(compact));
      const pagesWithIt = candidates.filter((other) =>
        other.some((c) => maskDigits(c.line.text) === key && Math.abs(c.line.y - line.y) <= SAME_HEIGHT),
      ).length;
      if (isPageNumber || (pages.length >= 2 && pagesWithIt >= needed)) drop.add(`${line.page}:${line.index}`);
    }
  }
  return drop;
}

function edgeLines(page: PageLines): Array<{ line: Line; outermost: boolean }> {
  const sorted = [...page.lines].sort((a, b) => a.y - b.y);
  const top = sorted.slice(0, EDGE_LINES).filter((l) => l.y <= page.height * BAND);
  const bottom = sorted.slice(-EDGE_LINES).filter((l) => l.y >= page.height * (1 - BAND));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const picked = new Set([...top, ...bottom]);
  return [...picked].map((line) => ({ line, outermost: line === first || line === last }));
}

function maskDigits(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}
