/**
 * Removes what a reader of a saved page never reads as the report: scripts and styles, navigation, forms, hidden
 * elements, link lists, and site furniture (footers, breadcrumbs, share and print bars). Works in place on the tree.
 */
import { attr, childrenOf, classTokens, isElement, isText, textOf, type Element, type Node } from './dom.js';
import { contentLength, FURNITURE_WORDS, isBoilerplate, normalizeText } from './text.js';

const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'form',
  'iframe',
  'frame',
  'aside',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'select',
  'button',
  'input',
  'textarea',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'svg',
  'math',
  'marquee',
  'map',
  'dialog',
]);

/** Class and id words of navigation and page chrome in Chinese CMS templates. */
const CHROME_WORDS = new Set([
  'nav',
  'navbar',
  'menu',
  'breadcrumb',
  'crumb',
  'crumbs',
  'bread',
  'position',
  'location',
  'footer',
  'foot',
  'header',
  'topbar',
  'toolbar',
  'sidebar',
  'share',
  'bdshare',
  'copyright',
  'friendlink',
  'links',
  'search',
  'login',
  'qrcode',
]);

/** Per element: content characters, those inside links, links, and tables inside it. */
export interface Measure {
  chars: number;
  linkChars: number;
  links: number;
  tables: number;
}

/** Measures every element under `root` (and `root` itself): children first, without recursion. */
export function measure(root: Node): Map<Element, Measure> {
  const result = new Map<Element, Measure>();
  // Elements in document order: read backwards, every element comes after all of its descendants.
  const elements: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (isElement(node)) elements.push(node);
    for (const kid of childrenOf(node)) if (isElement(kid)) stack.push(kid);
  }
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i] as Element;
    result.set(element, measureOne(element, result));
  }
  return result;
}

/** One element's measure from its text and its child elements' measures. */
function measureOne(element: Element, measures: Map<Element, Measure>): Measure {
  const m: Measure = { chars: 0, linkChars: 0, links: element.tagName === 'a' ? 1 : 0, tables: 0 };
  for (const kid of element.childNodes) {
    if (isText(kid)) {
      m.chars += contentLength(kid.value);
      continue;
    }
    if (!isElement(kid)) continue;
    const k = measures.get(kid);
    if (!k) continue;
    m.chars += k.chars;
    m.linkChars += k.linkChars;
    m.links += k.links;
    m.tables += k.tables + (kid.tagName === 'table' ? 1 : 0);
  }
  if (element.tagName === 'a') m.linkChars = m.chars;
  return m;
}

/** Table structure that heuristics must not remove: a data table would lose a column or a row. */
const GRID_TAGS = new Set(['tr', 'td', 'th', 'thead', 'tbody', 'tfoot']);

/**
 * Removes the page chrome below `root` (the body); returns the measures of what is left. `dropHidden` false keeps
 * hidden elements, for pages that hide their text until a script shows it.
 */
export function clean(root: Element, dropHidden = true): Map<Element, Measure> {
  const measures = measure(root);
  new Cleaner(measures, dropHidden).run(root);
  return measures;
}

/** The cleaning walk: elements still to visit, with whether site furniture may still be inside them. */
class Cleaner {
  private readonly elements: Element[] = [];
  /** Per pending element: false below an element whose text names no site furniture, as nothing inside can. */
  private readonly furniture: boolean[] = [];

  constructor(
    private readonly measures: Map<Element, Measure>,
    private readonly dropHidden: boolean,
  ) {}

  run(root: Element): void {
    this.elements.push(root);
    this.furniture.push(true);
    while (this.elements.length) this.visit(this.elements.pop() as Element, this.furniture.pop() as boolean);
  }

  /** Drops the children of `element` that are chrome; the kept ones are moved up in place, without a new array. */
  private visit(element: Element, furniture: boolean): void {
    const kids = element.childNodes;
    let kept = 0;
    for (const kid of kids) if (this.keep(kid, element, furniture)) kids[kept++] = kid;
    // Setting the length is a call into the runtime even when nothing was dropped.
    if (kept < kids.length) kids.length = kept;
  }

  private keep(kid: Node, parent: Element, furniture: boolean): boolean {
    if (!isElement(kid)) return kid.nodeName === '#text';
    const { measures } = this;
    const m = measures.get(kid);
    if (isNeverShown(kid, this.dropHidden)) {
      if (m) subtract(measures, parent, removal(kid, m));
      return false;
    }
    let chrome = !!m && !GRID_TAGS.has(kid.tagName) && isChromeLike(kid, m);
    let mayBeFurniture = furniture;
    if (!chrome && furniture && m && m.chars < 200 && kid.tagName !== 'tr') {
      // The furniture words hold no spaces but where the pattern allows them: raw text is enough to rule out.
      mayBeFurniture = FURNITURE_WORDS.test(textOf(kid));
      chrome = mayBeFurniture && isBoilerplateElement(kid, normalizeText(textOf(kid)));
    }
    if (!chrome) {
      this.elements.push(kid);
      this.furniture.push(mayBeFurniture);
      return true;
    }
    if (m) subtract(measures, kid, removal(kid, m));
    // A cell of site furniture is emptied, not removed, so that its table keeps its grid.
    if (kid.tagName === 'td' || kid.tagName === 'th') {
      kid.childNodes = [];
      return true;
    }
    return false;
  }
}

/** What removing `element` (measured `m`) takes off its ancestors: a copy, as `m` itself may be zeroed. */
function removal(element: Element, m: Measure): Measure {
  return { ...m, tables: m.tables + (element.tagName === 'table' ? 1 : 0) };
}

/** Takes a removed measure off `from` and every ancestor, so the measures describe the cleaned tree. */
function subtract(measures: Map<Element, Measure>, from: Element, removed: Measure): void {
  for (let p: Node | null = from; p && isElement(p); p = p.parentNode) {
    const m = measures.get(p);
    if (!m) continue;
    m.chars -= removed.chars;
    m.linkChars -= removed.linkChars;
    m.links -= removed.links;
    m.tables -= removed.tables;
  }
}

/** Elements a browser does not show as text: scripts, styles, forms, navigation, hidden elements. */
function isNeverShown(element: Element, dropHidden: boolean): boolean {
  const tag = element.tagName;
  if (DROPPED_TAGS.has(tag)) return true;
  if ((tag === 'header' || tag === 'footer') && !hasAncestor(element, ['article', 'main'])) return true;
  return dropHidden && element.attrs.length > 0 && isHidden(element);
}

/** Link lists, and elements classed as navigation or page chrome that hold no table and no running text. */
function isChromeLike(element: Element, m: Measure): boolean {
  if (m.links >= 3 && m.linkChars >= 0.6 * m.chars) return true;
  if (element.attrs.length === 0 || !isChrome(element)) return false;
  return m.tables === 0 && (m.chars < 200 || !textOf(element).includes('。'));
}

const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i;

/** One pass over the attributes (every table cell with any attribute asks); parse5 keeps no duplicate names. */
function isHidden(element: Element): boolean {
  for (const { name, value } of element.attrs) {
    if (name === 'hidden' || (name === 'aria-hidden' && value === 'true')) return true;
    if (name === 'style' && HIDING_STYLE.test(value)) return true;
  }
  return false;
}

function isChrome(element: Element): boolean {
  if (classTokens(element).some((c) => CHROME_WORDS.has(c))) return true;
  const id = attr(element, 'id')?.toLowerCase();
  return !!id && CHROME_WORDS.has(id);
}

/** The smallest element whose text is site furniture: a wrapper also holding the title must survive. */
function isBoilerplateElement(element: Element, text: string): boolean {
  if (!isBoilerplate(text)) return false;
  return !element.childNodes.some(
    (kid) => isElement(kid) && kid.tagName !== 'a' && isBoilerplate(normalizeText(textOf(kid))),
  );
}

function hasAncestor(element: Element, tags: string[]): boolean {
  for (let p: Node | null = element.parentNode; p; p = 'parentNode' in p ? p.parentNode : null) {
    if (isElement(p) && tags.includes(p.tagName)) return true;
  }
  return false;
}
