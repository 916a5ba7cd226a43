/**
 * Walks a cleaned element into blocks in reading order: text runs between block boundaries become paragraphs
 * (`<br>` ends one), h1–h6 become headings, data tables become tables, layout tables are walked cell by cell.
 */
import type { Block, Location, Paragraph } from '../document.js';
import type { Measure } from './clean.js';
import {
  childrenOf,
  headingLevel,
  isElement,
  isText,
  sourceRange,
  textOf,
  type Element,
  type Node,
  type Positions,
} from './dom.js';
import { BLOCK_TAGS, buildTable, cellText, proseRows, tableRows, type SourceRow } from './table.js';
import { contentLength, normalizeText } from './text.js';

/** Deeper than this the walk reads the rest as plain text: broken pages nest unclosed tags by the thousand. */
const MAX_DEPTH = 200;

interface Run {
  parts: string[];
  start: number | null;
  end: number | null;
  heading?: number;
}

export class BlockWriter {
  readonly blocks: Block[] = [];
  /** `<img>` met in the walked content, to say why a page without text has none. */
  images = 0;
  private tables = 0;
  private run: Run = { parts: [], start: null, end: null };
  private inPre = 0;
  private readonly cellTexts = new Map<Element, string>();

  constructor(
    private readonly html: string,
    private readonly positions: Positions | null,
    private readonly measures: Map<Element, Measure>,
  ) {}

  /** Walks `root`'s children (the root itself is a container) and returns the blocks found. */
  writeChildren(root: Element): Block[] {
    for (const kid of childrenOf(root)) this.walk(kid, 1);
    this.flush();
    return this.blocks;
  }

  /** A paragraph for text found outside the walk (the page title). */
  paragraph(text: string, node: Node, heading: number): Paragraph {
    const range = sourceRange(node);
    const loc: Location = this.positions && range ? this.positions.range(range.start, range.end) : {};
    return { kind: 'paragraph', text, loc, heading };
  }

  private walk(node: Node, depth: number): void {
    if (isText(node)) {
      this.addText(node.value, node);
      return;
    }
    if (!isElement(node)) return;
    if (depth > MAX_DEPTH) {
      this.addText(textOf(node), node);
      return;
    }
    const tag = node.tagName;
    if (tag === 'br') return this.flush();
    if (tag === 'img') {
      this.images++;
      return;
    }
    if (tag === 'table') return this.table(node, depth);
    const heading = headingLevel(tag);
    if (heading === undefined && !BLOCK_TAGS.has(tag)) {
      for (const kid of childrenOf(node)) this.walk(kid, depth + 1);
      return;
    }
    this.flush();
    if (heading !== undefined) this.run.heading = heading;
    if (tag === 'pre') this.inPre++;
    for (const kid of childrenOf(node)) this.walk(kid, depth + 1);
    if (tag === 'pre') this.inPre--;
    this.flush();
  }

  private table(table: Element, depth: number): void {
    this.flush();
    const rows = tableRows(table);
    // proseRows reads the text of a few long cells, the grid reads every cell once: only the former are kept.
    const remembered = (cell: Element): string => {
      const t = cellText(cell);
      this.cellTexts.set(cell, t);
      return t;
    };
    const text = (cell: Element): string => this.cellTexts.get(cell) ?? cellText(cell);
    for (const kid of table.childNodes) if (isElement(kid) && kid.tagName === 'caption') this.walk(kid, depth + 1);
    const prose = proseRows(rows, remembered, this.measures);
    if (prose === null) return this.cellsAsText(rows, depth);
    // Rows of prose are text; each run of rows between them is a data table of its own.
    let run: SourceRow[] = [];
    const endRun = (): void => {
      if (run.length) this.dataTable(table, run, text, depth);
      run = [];
    };
    rows.forEach((row, i) => {
      if (prose.has(i)) {
        endRun();
        this.cellsAsText([row], depth);
      } else {
        run.push(row);
      }
    });
    endRun();
  }

  private dataTable(table: Element, rows: SourceRow[], text: (cell: Element) => string, depth: number): void {
    if (rows.every((r) => r.cells.length <= 1)) return this.cellsAsText(rows, depth);
    const built = buildTable(table, rows, this.tables + 1, text, this.positions);
    if (!built) return;
    this.tables++;
    this.blocks.push(built);
  }

  private cellsAsText(rows: SourceRow[], depth: number): void {
    for (const row of rows) {
      for (const cell of row.cells) {
        for (const kid of cell.childNodes) this.walk(kid, depth + 1);
        this.flush();
      }
    }
  }

  private addText(value: string, node: Node): void {
    if (this.inPre && /[\r\n]/.test(value)) {
      // Preformatted text keeps its lines: each is a paragraph of its own.
      const lines = value.split(/\r\n|\r|\n/);
      lines.forEach((line, i) => {
        if (i > 0) this.flush();
        this.addText(line, node);
      });
      return;
    }
    this.run.parts.push(value);
    if (contentLength(value) === 0) return;
    const range = sourceRange(node);
    if (!range) return;
    const source = this.html.slice(range.start, range.end);
    const lead = source.length - source.trimStart().length;
    const trail = source.length - source.trimEnd().length;
    this.run.start ??= range.start + lead;
    this.run.end = Math.max(range.start + lead + 1, range.end - trail);
  }

  private flush(): void {
    const run = this.run;
    this.run = { parts: [], start: null, end: null };
    const text = normalizeText(run.parts.join(''));
    if (!text) return;
    const loc: Location =
      this.positions && run.start !== null && run.end !== null ? this.positions.range(run.start, run.end) : {};
    const paragraph: Paragraph = { kind: 'paragraph', text, loc };
    if (run.heading) paragraph.heading = run.heading;
    this.blocks.push(paragraph);
  }
}
