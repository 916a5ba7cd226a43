/**
 * Prose: wrapped lines joined back into paragraphs, but only where that is safe. A line continues the one above when
 * the one above runs to the right margin, this one starts at the left margin (Chinese paragraphs open with an
 * indent), both have the same font size, they are a normal line apart, and this one does not open with a section
 * number such as `三、` or `（二）`. Wrapped centred titles are joined too.
 */
import { HEADING } from './columns.js';
import { joinText, type Line } from './lines.js';

export interface TextMetrics {
  /** Left margin, right margin and body font size of the document's prose. */
  left: number;
  right: number;
  size: number;
}

const OUTLINE = /^\d{1,2}[.、．](?!\d)/;

export function measure(lines: readonly Line[]): TextMetrics {
  const size = mode(lines.map((l) => Math.round(l.size * 2) / 2)) ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - size) <= 0.15 * size);
  const left = mode(body.map((l) => Math.round(l.x0))) ?? 0;
  const right = Math.max(...body.map((l) => l.x1), left + 1);
  return { left, right, size };
}

/** Whether `next` continues the paragraph whose last line is `line` (on the same page, or at the top of the next). */
export function continues(line: Line, next: Line, m: TextMetrics): boolean {
  const size = line.size;
  if (Math.abs(next.size - size) > 0.15 * size) return false;
  if (HEADING.test(next.text) || OUTLINE.test(next.text)) return false;
  const samePage = next.page === line.page;
  if (samePage && (next.y - line.y > 2.3 * size || next.y <= line.y)) return false;
  if (!samePage && next.page !== line.page + 1) return false;
  const full = line.x1 >= m.right - 4 * size;
  const flush = next.x0 <= m.left + 0.8 * size;
  if (full && flush && line.x0 <= m.left + 3 * size) return true;
  // A long title wrapped onto a second centred line.
  const middle = (m.left + m.right) / 2;
  const centred = (l: Line) => Math.abs((l.x0 + l.x1) / 2 - middle) <= 1.5 * size && l.x0 > m.left + 2 * size;
  return samePage && centred(line) && centred(next) && next.y - line.y <= 2 * size;
}

export function joinLines(text: string, next: Line): string {
  return joinText(text, next.text, true);
}

function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== undefined && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
