/** Small helpers over the parse5 tree, and source offsets → line and column. */
import type { DefaultTreeAdapterTypes } from 'parse5';
import type { Location } from '../document.js';

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;
export type TextNode = DefaultTreeAdapterTypes.TextNode;

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function isText(node: Node): node is TextNode {
  return node.nodeName === '#text';
}

export function childrenOf(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

export function attr(element: Element, name: string): string | undefined {
  // A plain loop: a closure per lookup (several per table cell) was garbage for nothing.
  for (const a of element.attrs) if (a.name === name) return a.value;
  return undefined;
}

const HEADING_LEVELS: ReadonlyMap<string, number> = new Map([1, 2, 3, 4, 5, 6].map((level) => [`h${level}`, level]));

/** 1–6 for h1–h6, else undefined: a lookup, as every element of the walk asks. */
export function headingLevel(tagName: string): number | undefined {
  return HEADING_LEVELS.get(tagName);
}

export function classTokens(element: Element): string[] {
  const value = attr(element, 'class');
  if (!value) return [];
  // Most elements carry one class: no split and no filter for it.
  if (!/\s/.test(value)) return [value.toLowerCase()];
  return value.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * Elements below `root` in document order (root excluded), without recursion: malformed pages nest very deep.
 * The subtree of `skip`, if given, is left out.
 */
export function* descendants(root: Node, skip?: Node): Generator<Element> {
  const stack: Node[] = [...childrenOf(root)].reverse();
  while (stack.length) {
    const node = stack.pop() as Node;
    if (!isElement(node) || node === skip) continue;
    yield node;
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
}

export function firstElement(root: Node, tagName: string): Element | null {
  for (const element of descendants(root)) if (element.tagName === tagName) return element;
  return null;
}

/** All text below `root`, iteratively; `breakAt` elements add a separator (block boundaries in a cell). */
export function textOf(root: Node, breakAt?: (element: Element) => boolean, separator = ' '): string {
  // A text node alone (the common cell) needs no walk; V8 concatenates short strings faster than it joins arrays.
  if (isText(root)) return root.value;
  const kids = childrenOf(root);
  // So does an element of one text node (most cells and short paragraphs) when no break is asked for.
  const only = kids.length === 1 ? kids[0] : undefined;
  if (!breakAt && only && isText(only)) return only.value;
  let text = '';
  const stack: Array<Node | 'break'> = [root];
  while (stack.length) {
    const node = stack.pop() as Node | 'break';
    if (node === 'break') {
      text += separator;
      continue;
    }
    if (isText(node)) {
      text += node.value;
      continue;
    }
    const breaks = isElement(node) && breakAt?.(node) === true;
    if (breaks) {
      text += separator;
      stack.push('break');
    }
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return text;
}

/** Maps string offsets of the decoded page to 1-based lines and columns, breaking lines as the text adapter does. */
export class Positions {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    if (!text.includes('\r')) {
      // Only line feeds: the native search finds them faster than a loop over every character.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
      if (c === 0x0a || c === 0x0d) this.lineStarts.push(i + 1);
    }
  }

  at(offset: number): { line: number; column: number } {
    const line = this.lineIndex(offset);
    return { line: line + 1, column: offset - (this.lineStarts[line] ?? 0) + 1 };
  }

  /** Location of a source range [start, end) with an inclusive end, as document.ts wants it. */
  range(start: number, end: number): Location {
    // Built from line indices rather than from two `at` results: every cell takes a range, and each object is garbage.
    const last = Math.max(start, end - 1);
    const from = this.lineIndex(start);
    const to = this.lineIndex(last);
    return {
      line: from + 1,
      column: start - (this.lineStarts[from] ?? 0) + 1,
      endLine: to + 1,
      endColumn: last - (this.lineStarts[to] ?? 0) + 1,
    };
  }

  /** 0-based index of the line holding `offset`. */
  private lineIndex(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Source range of a node, or null when the parser made the node up or positions are off. */
export function sourceRange(node: Node): { start: number; end: number } | null {
  const loc = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined;
  if (!loc) return null;
  return { start: loc.startOffset, end: loc.endOffset };
}
