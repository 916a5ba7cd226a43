/**
 * A small, strict-enough XML reader for OOXML parts: elements in document order with attributes and text, nothing
 * else. OOXML forbids DTDs, so a DOCTYPE is rejected rather than expanded; numeric character references are decoded.
 * Namespace prefixes are rewritten to the usual ones (`w:`, `mc:`, `wps:`, `v:`, `r:`) by namespace URI, so a part
 * that binds WordprocessingML to another prefix, or uses the Strict namespaces, reads the same.
 */
import { GongkaiError } from '../../errors.js';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const CANONICAL_PREFIX: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': '',
};

/** Deeper nesting than this is not a document but an attack on the recursive readers downstream. */
const MAX_DEPTH = 2000;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** TextDecoder is costly to construct and stateless between whole-buffer decodes, so one per encoding is kept. */
const DECODERS = {
  'utf-8': new TextDecoder('utf-8'),
  'utf-16le': new TextDecoder('utf-16le'),
  'utf-16be': new TextDecoder('utf-16be'),
};

/**
 * Namespace bindings in force, and the canonical names already worked out under them. Elements that declare no
 * namespace share their parent's scope, so a part that binds its prefixes once on the root element resolves each
 * distinct tag or attribute name once instead of once per occurrence.
 */
interface Scope {
  uris: Record<string, string>;
  names: Map<string, string>;
}

interface Open {
  element: XmlElement;
  raw: string;
  scope: Scope;
}

type Fail = (detail: string) => never;

/** Decodes (UTF-8, or UTF-16 with a BOM) and parses one package part. */
export function parseXmlPart(bytes: Uint8Array, part: string, file: string | null): XmlElement {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return parseXml(DECODERS[encoding].decode(bytes), part, file);
}

/**
 * Parses XML text into elements. The scanner walks character codes with indexOf rather than regular expressions
 * and slices each name and value once: parts run to megabytes, and per-tag intermediate strings dominated the cost.
 */
export function parseXml(text: string, part: string, file: string | null): XmlElement {
  const fail: Fail = (detail) => {
    throw new GongkaiError('corrupt', `文档内部文件 ${part} 不是有效的 XML（${detail}），文件可能已损坏`, file);
  };
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: Open[] = [{ element: root, raw: '', scope: { uris: {}, names: new Map() } }];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const open = text.indexOf('<', at);
    const top = stack[stack.length - 1] ?? fail('内部错误');
    if (open === -1 || open > at) {
      if (stack.length > 1) top.element.children.push(decodeEntities(text.slice(at, open === -1 ? length : open)));
      if (open === -1) break;
    }
    const next = text.charCodeAt(open + 1);
    if (next === QUESTION) {
      at = closeAfter(text, '?>', open, fail);
    } else if (next === BANG) {
      if (text.startsWith('<!--', open)) {
        at = closeAfter(text, '-->', open, fail);
      } else if (text.startsWith('<![CDATA[', open)) {
        const end = closeAfter(text, ']]>', open, fail);
        top.element.children.push(text.slice(open + 9, end - 3));
        at = end;
      } else {
        fail('含有 DOCTYPE 声明');
      }
    } else if (next === SLASH) {
      at = readEndTag(text, open, stack, top, fail);
    } else {
      at = readStartTag(text, open, stack, top, fail);
    }
  }
  if (stack.length > 1) fail('文件在元素内部结束，可能被截断');
  const documentElement = root.children.find((c): c is XmlElement => typeof c !== 'string');
  return documentElement ?? fail('没有根元素');
}

const QUESTION = 0x3f;
const BANG = 0x21;
const SLASH = 0x2f;
const GT = 0x3e;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const COLON = 0x3a;

/** Exactly the characters of the RegExp class `\s` (and of String.prototype.trim), so names split where they used to. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** `</name>`; the common case (no whitespace before `>`) is compared in place, without slicing the name. */
function readEndTag(text: string, open: number, stack: Open[], top: Open, fail: Fail): number {
  const nameEnd = open + 2 + top.raw.length;
  if (stack.length > 1 && text.charCodeAt(nameEnd) === GT && text.startsWith(top.raw, open + 2)) {
    stack.pop();
    return nameEnd + 1;
  }
  const end = closeAfter(text, '>', open, fail);
  const raw = text.slice(open + 2, end - 1).trim();
  if (stack.length < 2 || raw !== top.raw) fail(`结束标签 </${raw}> 与开始标签不匹配`);
  stack.pop();
  return end;
}

function readStartTag(text: string, open: number, stack: Open[], parent: Open, fail: Fail): number {
  const length = text.length;
  let at = open + 1;
  while (at < length) {
    const c = text.charCodeAt(at);
    if (c === SLASH || c === GT || isSpace(c)) break;
    at++;
  }
  if (at === open + 1) fail('标签名无效');
  const raw = text.slice(open + 1, at);

  // Attributes are only checked here; their strings are made when someone reads `attrs` (see LazyElement).
  const attrsStart = at;
  let scope = parent.scope;
  while (nextAttribute(text, at)) {
    const { nameStart, nameEnd, valueStart, valueEnd } = span;
    if (text.startsWith('xmlns', nameStart) && (nameEnd === nameStart + 5 || text.charCodeAt(nameStart + 5) === COLON)) {
      if (scope === parent.scope) scope = { uris: { ...parent.scope.uris }, names: new Map() };
      const prefix = nameEnd === nameStart + 5 ? '' : text.slice(nameStart + 6, nameEnd);
      scope.uris[prefix] = decodeEntities(text.slice(valueStart, valueEnd));
    }
    at = valueEnd + 1;
  }
  const attrsEnd = at;
  at = skipSpace(text, at);
  let selfClosing = false;
  if (text.charCodeAt(at) === SLASH) {
    selfClosing = true;
    at++;
  }
  if (text.charCodeAt(at) !== GT) fail(`标签 <${raw}> 的属性无效`);
  at++;

  const element = new LazyElement(canonicalName(raw, scope, true), text, attrsStart, attrsEnd, scope);
  parent.element.children.push(element);
  if (!selfClosing) {
    if (stack.length > MAX_DEPTH) fail('元素嵌套过深');
    stack.push({ element, raw, scope });
  }
  return at;
}

/** Where the attribute last found by nextAttribute lies; one shared record, as attributes are read one at a time. */
const span = {
  nameStart: 0,
  nameEnd: 0,
  /** The value between its quotes; the closing quote is at valueEnd. */
  valueStart: 0,
  valueEnd: 0,
};

/** Finds the attribute `name = "value"` starting at `at` (after optional whitespace) and sets `span` to it; false where the attributes end. */
function nextAttribute(text: string, at: number): boolean {
  const length = text.length;
  const nameStart = skipSpace(text, at);
  let nameEnd = nameStart;
  while (nameEnd < length) {
    const c = text.charCodeAt(nameEnd);
    if (c === EQUALS || c === SLASH || c === GT || isSpace(c)) break;
    nameEnd++;
  }
  if (nameEnd === nameStart) return false;
  const equals = skipSpace(text, nameEnd);
  if (text.charCodeAt(equals) !== EQUALS) return false;
  const quoteAt = skipSpace(text, equals + 1);
  const quote = text.charCodeAt(quoteAt);
  if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return false;
  const valueEnd = text.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", quoteAt + 1);
  if (valueEnd === -1) return false;
  span.nameStart = nameStart;
  span.nameEnd = nameEnd;
  span.valueStart = quoteAt + 1;
  span.valueEnd = valueEnd;
  return true;
}

/**
 * An element whose attributes are read from the source text on first use. A body has thousands of formatting
 * elements (`w:sz`, `w:tcMar`, …) whose attributes nobody asks for; building their strings and objects up front was
 * most of the parser's allocation.
 */
class LazyElement implements XmlElement {
  readonly children: XmlNode[] = [];
  private parsed: Record<string, string> | undefined;

  constructor(
    readonly name: string,
    private readonly text: string,
    private readonly attrsStart: number,
    private readonly attrsEnd: number,
    private readonly scope: Scope,
  ) {}

  get attrs(): Record<string, string> {
    if (this.parsed) return this.parsed;
    const attrs: Record<string, string> = {};
    const { text, scope } = this;
    let at = this.attrsStart;
    while (at < this.attrsEnd && nextAttribute(text, at)) {
      const name = text.slice(span.nameStart, span.nameEnd);
      const value = decodeEntities(text.slice(span.valueStart, span.valueEnd));
      attrs[name.includes(':') && !name.startsWith('xmlns') ? canonicalName(name, scope, false) : name] = value;
      at = span.valueEnd + 1;
    }
    this.parsed = attrs;
    return attrs;
  }
}

/**
 * `prefix:local` with the prefix replaced by the canonical one for its namespace URI, when the URI is known.
 * Attributes are only passed here with a prefix, where element and attribute names resolve alike, so one cache serves both.
 */
function canonicalName(raw: string, scope: Scope, isElement: boolean): string {
  const known = scope.names.get(raw);
  if (known !== undefined) return known;
  const colon = raw.indexOf(':');
  if (colon === -1 && !isElement) return raw;
  const prefix = colon === -1 ? '' : raw.slice(0, colon);
  const uri = scope.uris[prefix];
  const canonical = uri === undefined ? undefined : CANONICAL_PREFIX[uri];
  const local = raw.slice(colon + 1);
  const name = canonical === undefined ? raw : canonical ? `${canonical}:${local}` : local;
  scope.names.set(raw, name);
  return name;
}

function closeAfter(text: string, terminator: string, from: number, fail: Fail): number {
  const end = text.indexOf(terminator, from);
  return end === -1 ? fail('文件在标签内部结束，可能被截断') : end + terminator.length;
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** Child elements of `element`, optionally only those named `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== 'string' && (name === undefined || child.name === name)) out.push(child);
  }
  return out;
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The concatenated text directly inside `element`. */
export function textOf(element: XmlElement): string {
  let out = '';
  for (const c of element.children) if (typeof c === 'string') out += c;
  return out;
}
