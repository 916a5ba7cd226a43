/**
 * A document's content as the reader thread posts it to the main thread. Posting the runs and rules as objects made
 * the structured clone write and read every property name of a thousand small objects per file; here the numbers
 * travel in one Float64Array, copied as one block, and the texts as one list of strings. Every number comes back
 * exactly as it went. (Transferring the array instead of copying it cost more: about 2 ms a file, against a fraction
 * of one for the copy.)
 */
import type { PageContent, PdfContent, Rule, TextRun } from './read-pages.js';

export interface PackedContent {
  pageCount: number;
  pages: PackedPage[];
  /** Per page: x, y, width and size of each run, then x0, y0, x1 and y1 of each rule. */
  numbers: Float64Array;
  /** The runs' texts, page after page. */
  texts: string[];
}

interface PackedPage {
  number: number;
  width: number;
  height: number;
  runs: number;
  rules: number;
}

/** Numbers per run (x, y, width, size) and per rule (x0, y0, x1, y1). */
const PER_RUN = 4;
const PER_RULE = 4;

/** The content packed for posting. */
export function packContent(content: PdfContent): PackedContent {
  const size = content.pages.reduce((sum, page) => sum + page.runs.length * PER_RUN + page.rules.length * PER_RULE, 0);
  const numbers = new Float64Array(size);
  const texts: string[] = [];
  let at = 0;
  for (const page of content.pages) {
    for (const run of page.runs) {
      texts.push(run.text);
      numbers[at++] = run.x;
      numbers[at++] = run.y;
      numbers[at++] = run.width;
      numbers[at++] = run.size;
    }
    for (const rule of page.rules) {
      numbers[at++] = rule.x0;
      numbers[at++] = rule.y0;
      numbers[at++] = rule.x1;
      numbers[at++] = rule.y1;
    }
  }
  const pages = content.pages.map(({ number, width, height, runs, rules }) => ({ number, width, height, runs: runs.length, rules: rules.length }));
  return { pageCount: content.pageCount, pages, numbers, texts };
}

/** The content as it was before packing. */
export function unpackContent({ pageCount, pages, numbers, texts }: PackedContent): PdfContent {
  let at = 0;
  let text = 0;
  const next = () => numbers[at++] ?? NaN;
  const unpacked = pages.map(({ number, width, height, runs, rules }): PageContent => {
    const pageRuns = Array.from({ length: runs }, (): TextRun => ({ text: texts[text++] ?? '', x: next(), y: next(), width: next(), size: next() }));
    const pageRules = Array.from({ length: rules }, (): Rule => ({ x0: next(), y0: next(), x1: next(), y1: next() }));
    return { number, width, height, runs: pageRuns, rules: pageRules };
  });
  return { pageCount, pages: unpacked };
}
