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
const TAG_NAME = /<([^\s/>]+)/y;
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;

/** Decodes (UTF-8, or UTF-16 with a BOM) and parses one package part. */
export function parseXmlPart(bytes: Uint8Array, part: string, file: string | null): XmlElement {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return parseXml(new TextDecoder(encoding).decode(bytes), part, file);
}

export function parseXml(text: string, part: string, file: string | null): XmlElement {
  const fail = (detail: string): never => {
    throw new GongkaiError('corrupt', `文档内部文件 ${part} 不是有效的 XML（${detail}），文件可能已损坏`, file);
  };
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: Array<{ element: XmlElement; raw: string; scope: Record<string, string> }> = [
    { element: root, raw: '', scope: {} },
  ];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('<', at);
    const top = stack[stack.length - 1] ?? fail('内部错误');
    if (open === -1 || open > at) {
      const chunk = text.slice(at, open === -1 ? text.length : open);
      if (stack.length > 1) top.element.children.push(decodeEntities(chunk));
      if (open === -1) break;
    }
    if (text.startsWith('<?', open)) {
      at = closeAfter(text, '?>', open, fail);
    } else if (text.startsWith('<!--', open)) {
      at = closeAfter(text, '-->', open, fail);
    } else if (text.startsWith('<![CDATA[', open)) {
      const end = closeAfter(text, ']]>', open, fail);
      top.element.children.push(text.slice(open + 9, end - 3));
      at = end;
    } else if (text.startsWith('<!', open)) {
      fail('含有 DOCTYPE 声明');
    } else if (text[open + 1] === '/') {
      const end = closeAfter(text, '>', open, fail);
      const raw = text.slice(open + 2, end - 1).trim();
      if (stack.length < 2 || raw !== top.raw) fail(`结束标签 </${raw}> 与开始标签不匹配`);
      stack.pop();
      at = end;
    } else {
      at = readStartTag(text, open, stack, fail);
    }
  }
  if (stack.length > 1) fail('文件在元素内部结束，可能被截断');
  const documentElement = root.children.find((c): c is XmlElement => typeof c !== 'string');
  return documentElement ?? fail('没有根元素');
}

function readStartTag(
  text: string,
  open: number,
  stack: Array<{ element: XmlElement; raw: string; scope: Record<string, string> }>,
  fail: (detail: string) => never,
): number {
  TAG_NAME.lastIndex = open;
  const nameMatch = TAG_NAME.exec(text) ?? fail('标签名无效');
  const raw = nameMatch[1] ?? '';
  let at = open + nameMatch[0].length;
  const rawAttrs: Array<[string, string]> = [];
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(text);
    if (!match) break;
    rawAttrs.push([match[1] ?? '', decodeEntities(match[2] ?? match[3] ?? '')]);
    at = ATTRIBUTE.lastIndex;
  }
  TAG_END.lastIndex = at;
  const close = TAG_END.exec(text) ?? fail(`标签 <${raw}> 的属性无效`);
  at += close[0].length;

  const parent = stack[stack.length - 1] ?? fail('内部错误');
  let scope = parent.scope;
  for (const [name, value] of rawAttrs) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parent.scope) scope = { ...parent.scope };
      scope[name === 'xmlns' ? '' : name.slice(6)] = value;
    }
  }
  const attrs: Record<string, string> = {};
  for (const [name, value] of rawAttrs) {
    attrs[name.includes(':') && !name.startsWith('xmlns') ? canonicalName(name, scope, false) : name] = value;
  }
  const element: XmlElement = { name: canonicalName(raw, scope, true), attrs, children: [] };
  parent.element.children.push(element);
  if (!close[1]) {
    if (stack.length > MAX_DEPTH) fail('元素嵌套过深');
    stack.push({ element, raw, scope });
  }
  return at;
}

/** `prefix:local` with the prefix replaced by the canonical one for its namespace URI, when the URI is known. */
function canonicalName(raw: string, scope: Record<string, string>, isElement: boolean): string {
  const colon = raw.indexOf(':');
  const prefix = colon === -1 ? '' : raw.slice(0, colon);
  if (colon === -1 && !isElement) return raw;
  const uri = scope[prefix];
  const canonical = uri === undefined ? undefined : CANONICAL_PREFIX[uri];
  if (canonical === undefined) return raw;
  const local = raw.slice(colon + 1);
  return canonical ? `${canonical}:${local}` : local;
}

function closeAfter(text: string, terminator: string, from: number, fail: (detail: string) => never): number {
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
