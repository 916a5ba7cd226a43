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

/** Measures every element under `root` in one iterative post-order pass. */
export function measure(root: Node): Map<Element, Measure> {
  const result = new Map<Element, Measure>();
  const nodes: Node[] = [root];
  const exits: boolean[] = [false];
  while (nodes.length) {
    const node = nodes.pop() as Node;
    const exit = exits.pop() as boolean;
    if (!exit) {
      nodes.push(node);
      exits.push(true);
      const kids = childrenOf(node);
      for (let i = kids.length - 1; i >= 0; i--) {
        nodes.push(kids[i] as Node);
        exits.push(false);
      }
      continue;
    }
    if (!isElement(node)) continue;
    const m: Measure = { chars: 0, linkChars: 0, links: node.tagName === 'a' ? 1 : 0, tables: 0 };
    for (const kid of node.childNodes) {
      if (isText(kid)) {
        m.chars += contentLength(kid.value);
        continue;
      }
      if (!isElement(kid)) continue;
      const k = result.get(kid);
      if (!k) continue;
      m.chars += k.chars;
      m.linkChars += k.linkChars;
      m.links += k.links;
      m.tables += k.tables + (kid.tagName === 'table' ? 1 : 0);
    }
    if (node.tagName === 'a') m.linkChars = m.chars;
    result.set(node, m);
  }
  return result;
}

/** Table structure that heuristics must not remove: a data table would lose a column or a row. */
const GRID_TAGS = new Set(['tr', 'td', 'th', 'thead', 'tbody', 'tfoot']);

/**
 * Removes the page chrome below `root` (the body); returns the measures of what is left. `dropHidden` false keeps
 * hidden elements, for pages that hide their text until a script shows it.
 */
export function clean(root: Element, dropHidden = true): Map<Element, Measure> {
  const measures = measure(root);
  // `furniture` is false below an element whose text names no site furniture: nothing inside can.
  const stack: Array<{ element: Element; furniture: boolean }> = [{ element: root, furniture: true }];
  while (stack.length) {
    const { element, furniture } = stack.pop() as { element: Element; furniture: boolean };
    element.childNodes = element.childNodes.filter((kid) => {
      if (!isElement(kid)) return kid.nodeName === '#text';
      const m = measures.get(kid);
      const removed = m && { ...m, tables: m.tables + (kid.tagName === 'table' ? 1 : 0) };
      if (isNeverShown(kid, dropHidden)) {
        if (removed) subtract(measures, element, removed);
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
        stack.push({ element: kid, furniture: mayBeFurniture });
        return true;
      }
      if (removed) subtract(measures, kid, removed);
      // A cell of site furniture is emptied, not removed, so that its table keeps its grid.
      if (kid.tagName === 'td' || kid.tagName === 'th') {
        kid.childNodes = [];
        return true;
      }
      return false;
    });
  }
  return measures;
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

function isHidden(element: Element): boolean {
  if (attr(element, 'hidden') !== undefined || attr(element, 'aria-hidden') === 'true') return true;
  const style = attr(element, 'style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i.test(style);
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
