/**
 * Where the report is on a cleaned page. CMS templates put it in a known container (`.TRS_Editor`, `#zoom`,
 * `#UCAP-CONTENT`, …); when one holds most of the page's text it is the article. Otherwise the whole body is
 * walked and the blocks are trimmed to the report afterwards (see trimToReport).
 */
import type { Block, Paragraph } from '../document.js';
import type { Measure } from './clean.js';
import { attr, classTokens, descendants, headingLevel, textOf, type Element, type Node } from './dom.js';
import { isDateLine, isReportContent, isTitleLike, normalizeText } from './text.js';

interface Selector {
  tag?: string;
  id?: string;
  cls?: string;
}

/** Containers of CMS products used by government sites: holding the text is all they do. */
const CMS_CONTAINERS: Selector[] = [
  { cls: 'trs_editor' },
  { cls: 'trs_ueditor' },
  { id: 'zoom' },
  { id: 'ucap-content' },
  { id: 'fontzoom' },
  { id: 'zoomcon' },
  { id: 'js_content' },
  { cls: 'wp_articlecontent' },
  { cls: 'pages_content' },
  { cls: 'article-content' },
  { cls: 'article_content' },
];

/** Generic names that often, not always, mark the text alone; the result is trimmed like a whole body. */
const GENERIC_CONTAINERS: Selector[] = [
  { tag: 'article' },
  { cls: 'article' },
  { cls: 'content' },
  { id: 'content' },
  { cls: 'view' },
  { cls: 'detail' },
  { cls: 'main-content' },
  { tag: 'main' },
];

export interface Article {
  root: Element;
  /** True when the root is a CMS text container, whose every block belongs to the report. */
  exact: boolean;
  /** Measures of the cleaned page, for the walk. */
  measures: Map<Element, Measure>;
}

/** The element to walk: a container holding at least half of the page's text, or the body. */
export function findArticle(body: Element, measures: Map<Element, Measure>): Article {
  const total = contentOf(body, measures);
  // Per tier, the container with the most text; of nested ones with the same text the outer (met first) wins.
  const best: Array<{ element: Element; content: number } | null> = [null, null];
  for (const element of descendants(body)) {
    if (element.attrs.length === 0 && element.tagName !== 'article' && element.tagName !== 'main') continue;
    const tier = tierOf(element);
    if (tier === -1) continue;
    const content = contentOf(element, measures);
    const current = best[tier];
    if (!current || content > current.content) best[tier] = { element, content };
  }
  for (const [tier, found] of best.entries()) {
    if (found && total > 0 && found.content >= total * 0.5) return { root: found.element, exact: tier === 0, measures };
  }
  return { root: body, exact: false, measures };
}

function contentOf(element: Element, measures: Map<Element, Measure>): number {
  const m = measures.get(element);
  return m ? m.chars - m.linkChars : 0;
}

/** A tier's selectors as sets: each selector names one tag, one id or one class, so a lookup per name will do. */
interface Names {
  tags: Set<string>;
  ids: Set<string>;
  classes: Set<string>;
}

function namesOf(selectors: Selector[]): Names {
  const names: Names = { tags: new Set(), ids: new Set(), classes: new Set() };
  for (const { tag, id, cls } of selectors) {
    if ([tag, id, cls].filter(Boolean).length !== 1) throw new Error('a container selector names one thing');
    if (tag) names.tags.add(tag);
    if (id) names.ids.add(id);
    if (cls) names.classes.add(cls);
  }
  return names;
}

const TIERS = [namesOf(CMS_CONTAINERS), namesOf(GENERIC_CONTAINERS)];

/** 0 for a CMS text container, 1 for a generic one, -1 for any other element. */
function tierOf(element: Element): number {
  const id = attr(element, 'id')?.toLowerCase();
  const classes = attr(element, 'class') === undefined ? [] : classTokens(element);
  return TIERS.findIndex(
    (names) =>
      names.tags.has(element.tagName) ||
      (id !== undefined && names.ids.has(id)) ||
      classes.some((c) => names.classes.has(c)),
  );
}

/**
 * Trims the blocks of a whole body to the report: from its title (or first paragraph of running text) to its last
 * running text, then on through a short 落款 ending with a date. Logos, side columns and footers fall away.
 */
export function trimToReport(blocks: Block[]): Block[] {
  const isContent = (b: Block): boolean => b.kind === 'table' || isReportContent(b.text);
  const first = blocks.findIndex(isContent);
  if (first === -1) return blocks;
  let start = reportTitleBefore(blocks, first) ?? first;
  for (let i = first - 1; start === first && i >= Math.max(0, first - 6); i--) {
    const block = blocks[i];
    if (block?.kind === 'paragraph' && isTitleLike(block.text)) start = i;
  }
  let end = blocks.length - 1;
  while (end > first && !isContent(blocks[end] as Block)) end--;
  const tail = blocks.slice(end + 1, end + 7);
  const dateAt = tail.findIndex((b) => b.kind === 'paragraph' && isDateLine(b.text));
  const shortRun = tail.findIndex((b) => b.kind !== 'paragraph' || b.text.length > 60);
  if (dateAt !== -1 && (shortRun === -1 || dateAt < shortRun)) end += dateAt + 1;
  return blocks.slice(start, end + 1);
}

/**
 * The report's own title among the few blocks before its first running text, alone or wrapped over two lines as a
 * page converted from a PDF prints it (`…政府信息公开工` / `作年度报告`): the earliest, so that a line of the preamble
 * that mentions the 年度报告格式 does not stand in for it.
 */
function reportTitleBefore(blocks: Block[], first: number): number | null {
  const text = (i: number): string => {
    const block = blocks[i];
    return i < first && block?.kind === 'paragraph' ? block.text : '';
  };
  for (let i = Math.max(0, first - 6); i < first; i++) {
    if (isReportTitle(text(i))) return i;
    // Two lines that are the title only together; a line before a whole title (a menu item) is not part of it.
    if (text(i) && !isReportTitle(text(i + 1)) && isReportTitle(text(i) + text(i + 1))) return i;
  }
  return null;
}

/** A title naming the report itself: about 信息公开, no book-title marks (those cite the format, 《…年度报告格式》). */
function isReportTitle(text: string): boolean {
  return isTitleLike(text) && /信息公开|政务公开/.test(text) && !/[《》]/.test(text);
}

/** True when one of the first blocks reads like the report's own title. */
export function hasOwnTitle(blocks: Block[]): boolean {
  return blocks.slice(0, 3).some((b) => b.kind === 'paragraph' && isTitleLike(b.text));
}

/**
 * The report's title as the page shows it outside the article: a heading or a `title`-classed element that names a
 * report, the best scored first; else the matching part of `<title>` (sites append their own name to it).
 */
export function pageTitle(
  document: Node,
  body: Element,
  article: Element,
  toParagraph: (text: string, node: Node, heading: number) => Paragraph,
): Paragraph | null {
  let best: { element: Element; text: string; score: number } | null = null;
  for (const element of descendants(body, article)) {
    const heading = headingLevel(element.tagName) !== undefined;
    const titled = /title|biaoti|^bt$/i.test(`${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`);
    if (!heading && !titled) continue;
    const text = normalizeText(textOf(element));
    if (!isTitleLike(text)) continue;
    const score = (/\d{4}\s*年/.test(text) ? 2 : 0) + (text.includes('政府信息公开') ? 1 : 0) + (heading ? 1 : 0);
    if (!best || score > best.score) best = { element, text, score };
  }
  if (best) {
    return toParagraph(best.text, best.element, headingLevel(best.element.tagName) ?? 1);
  }
  for (const element of descendants(document)) {
    if (element.tagName !== 'title') continue;
    const part = normalizeText(textOf(element))
      .split(/\s*(?:[_|｜]|--|——|\s-\s)\s*/)
      .find((p) => isTitleLike(p));
    return part ? toParagraph(part, element, 1) : null;
  }
  return null;
}
