/**
 * Text runs → lines (runs sharing a baseline, left to right) → segments (stretches of a line separated by a gap wide
 * enough to be a column gap rather than a space).
 */
import type { TextRun } from './read-pages.js';

export interface Segment {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
}

export interface Line {
  page: number;
  /** 1-based index among the page's lines, counted before headers and footers are removed. */
  index: number;
  /** Baseline (the runs' mean) and font height (the largest run's). */
  y: number;
  size: number;
  x0: number;
  x1: number;
  segments: Segment[];
  text: string;
}

/** Runs on baselines closer than this fraction of the smaller font height share a line. */
const BASELINE_TOLERANCE = 0.35;
/** A gap wider than this fraction of the font height separates two segments (table cells, spaced-out items). */
const SEGMENT_GAP = 0.6;

/** Groups runs into lines, top to bottom. The runs' order in the input does not matter. */
export function groupLines<T extends TextRun>(runs: readonly T[]): T[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: T[][] = [];
  let current: T[] = [];
  let baseline = 0;
  let size = 0;
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(run.y - baseline) <= BASELINE_TOLERANCE * Math.min(size, run.size)) {
      current.push(run);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [run];
    baseline = run.y;
    size = run.size;
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

/** A line of runs with its segments and text. */
export function makeLine(runs: readonly TextRun[], page: number, index: number): Line {
  const segments = segmentsOf(runs);
  const size = Math.max(...runs.map((r) => r.size));
  const first = segments[0];
  const last = segments[segments.length - 1];
  return {
    page,
    index,
    y: runs.reduce((sum, r) => sum + r.y, 0) / runs.length,
    size,
    x0: first?.x0 ?? 0,
    x1: last?.x1 ?? 0,
    segments,
    text: segments.map((s) => s.text).join(' '),
  };
}

function segmentsOf(runs: readonly TextRun[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const run of runs) {
    const text = run.text.replace(/\s+/g, ' ');
    const gap = current ? run.x - current.x1 : 0;
    if (current && gap <= SEGMENT_GAP * Math.max(current.size, run.size)) {
      current.text = joinText(current.text, text, gap > 0.15 * run.size);
      current.x1 = Math.max(current.x1, run.x + run.width);
      current.size = Math.max(current.size, run.size);
      continue;
    }
    current = { text, x0: run.x, x1: run.x + run.width, y: run.y, size: run.size };
    segments.push(current);
  }
  for (const segment of segments) segment.text = tidy(segment.text);
  return segments.filter((s) => s.text !== '');
}

/**
 * Trims, and drops the gap that layout engines put between Chinese characters and digits (LibreOffice's Asian
 * spacing renders 2023年 as 2023 年): it is typography, not a space in the text, and it splits numbers from units.
 */
function tidy(text: string): string {
  const trimmed = text.trim();
  // Most segments hold no space at all, and the Unicode-property pattern is slow to run over them for nothing.
  return INNER_SPACE.test(trimmed) ? trimmed.replace(HAN_DIGIT_GAP, '$1$2') : trimmed;
}

const INNER_SPACE = /\s/;
const HAN_DIGIT_GAP = /(\p{Script=Han})\s+(?=\d)|(\d)\s+(?=\p{Script=Han})/gu;

/** Characters after which, and before which, a visible gap means a word space (Latin text and numbers). */
const WORD_END = /[\p{Script=Latin}\p{Nd}.,;:!?%)\]'"]$/u;
const WORD_START = /^[\p{Script=Latin}\p{Nd}(['"]/u;

/**
 * Joins two pieces of text that sit next to each other: a space only between Latin words or numbers that have a
 * visible gap between them, never next to Chinese characters or Chinese punctuation.
 */
export function joinText(left: string, right: string, gap: boolean): string {
  if (!left) return right;
  if (!right) return left;
  if (left.endsWith(' ') || right.startsWith(' ')) return left + right;
  return gap && WORD_END.test(left) && WORD_START.test(right) ? `${left} ${right}` : left + right;
}
