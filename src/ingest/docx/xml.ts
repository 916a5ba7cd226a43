/**
 * A small, strict-enough XML reader for OOXML parts: elements in document order with attributes and text, nothing
 * else. OOXML forbids DTDs, so a DOCTYPE is rejected rather than expanded; numeric character references are decoded.
 * Namespace prefixes are rewritten to the usual ones (`w:`, `mc:`, `wps:`, `v:`, `r:`) by namespace URI, so a part
 * that binds WordprocessingML to another prefix, or uses the Strict namespaces, reads the same.
 *
 * The reader scans the part's UTF-8 bytes, not a decoded string. All markup is ASCII, and in UTF-8 an ASCII byte is
 * always that character (never part of a longer one), so tags are found on bytes exactly where they are found in the
 * decoded text; only text, names met for the first time and attribute values someone reads become strings. Decoding
 * a whole part up front was the largest single cost of reading a report, and most of the text it made was markup.
 */
import { GongkaiError } from '../../errors.js';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

/**
 * The element names a reader of one part looks at below the part's document element. The body of a report is mostly
 * formatting (`w:tcMar`, `w:rFonts`, `w:sz`, …) that nothing reads; such elements are still checked as XML (names,
 * attributes, nesting, depth) but are not built, nor is anything inside them. Below a `searched` element everything is
 * built, for readers that look through all of it (a text box can sit anywhere inside a drawing).
 */
export interface PartVocabulary {
  read: ReadonlySet<string>;
  searched: ReadonlySet<string>;
}

/** What becomes of an element of a given name under a vocabulary: `skipped` ones are checked, not built. */
type Role = 'skipped' | 'built' | 'searched';

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
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

/**
 * Self-closing elements (most of a body's formatting) share one empty child list, read-only by type. It has the
 * element kind of every other child list (objects and strings), so loops over children see one kind, not two: it is
 * not frozen (a frozen array has its own kind), nor an empty literal (which V8 gives the kind for small integers).
 */
const NO_CHILDREN: readonly XmlNode[] = ['' as XmlNode].slice(0, 0);

/**
 * Namespace bindings in force, and the canonical names already worked out under them. Elements that declare no
 * namespace share their parent's scope, so a part that binds its prefixes once on the root element resolves each
 * distinct tag or attribute name once instead of once per occurrence.
 */
interface Scope {
  /** The part's bytes, which attributes are read from on demand. */
  bytes: Buffer;
  vocabulary: PartVocabulary | undefined;
  /** The scope of the enclosing element, for the prefixes this scope's element does not declare. */
  outer: Scope | undefined;
  /**
   * The namespace declarations of the element that opened this scope, four numbers each: where the prefix starts and
   * ends (an empty prefix for `xmlns`), where the URI starts and ends. A URI is decoded when a name with its prefix is
   * first met: the root of a part declares thirty-odd namespaces, and its names use two or three of them.
   */
  declarations: number[];
  /** The URIs of the prefixes looked up so far; undefined for a prefix bound to none. */
  uris: Map<string, string | undefined>;
  names: Map<string, string>;
  /** The canonical names (and roles) of the ASCII tag names met under this scope, found again from their bytes. */
  tags: NameTable<TagName>;
  /** The canonical names of attribute names, which resolve differently when they have no prefix. */
  attributes: NameTable<string>;
}

function newScope(bytes: Buffer, vocabulary: PartVocabulary | undefined, outer: Scope | undefined): Scope {
  return {
    bytes,
    vocabulary,
    outer,
    declarations: [],
    uris: new Map(),
    names: new Map(),
    tags: new NameTable(bytes),
    attributes: new NameTable(bytes),
  };
}

/** The URI bound to `prefix` in a scope: the last declaration of it on the scope's element, or the outer scope's. */
function namespaceUri(scope: Scope, prefix: string): string | undefined {
  const { bytes, declarations, uris } = scope;
  if (uris.has(prefix)) return uris.get(prefix);
  let uri: string | undefined;
  let at = declarations.length - 4;
  while (at >= 0 && !spells(bytes, declarations[at] ?? 0, declarations[at + 1] ?? 0, prefix)) at -= 4;
  if (at >= 0) uri = decodeEntities(decode(bytes, declarations[at + 2] ?? 0, declarations[at + 3] ?? 0));
  else if (scope.outer) uri = namespaceUri(scope.outer, prefix);
  uris.set(prefix, uri);
  return uri;
}

/** Whether `bytes[start..end)` is `text` in UTF-8; prefixes are ASCII in practice, compared without decoding. */
function spells(bytes: Buffer, start: number, end: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return decode(bytes, start, end) === text;
  if (end - start !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

type Fail = (detail: string) => never;

/**
 * Decodes (UTF-8, or UTF-16 with a BOM) and parses one package part. With a vocabulary, only the elements it names
 * (and the document element) are built below the document element; the whole part is checked either way.
 */
export function parseXmlPart(bytes: Uint8Array, part: string, file: string | null, vocabulary?: PartVocabulary): XmlElement {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return parseXml(UTF16LE.decode(bytes), part, file, vocabulary);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return parseXml(UTF16BE.decode(bytes), part, file, vocabulary);
  return new PartReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), part, file, vocabulary).read();
}

/** Parses XML text, re-encoded as the UTF-8 the reader scans (UTF-16 parts are rare and small). */
export function parseXml(text: string, part: string, file: string | null, vocabulary?: PartVocabulary): XmlElement {
  return new PartReader(Buffer.from(text, 'utf8'), part, file, vocabulary).read();
}

const LT = 0x3c;
const GT = 0x3e;
const QUESTION = 0x3f;
const BANG = 0x21;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const COLON = 0x3a;
const DASH = 0x2d;
const SPACE = 0x20;
const LOWER_X = 0x78;

/**
 * One pass over a part's bytes. The open elements are kept in parallel stacks (element, where its name starts, where
 * its children start in `pending`) rather than one record per element, as a body opens thousands of them. Children
 * gather in one shared list and are copied out when their element closes: an array sized to fit, where growing one
 * array per element reserved room for sixteen children in elements that mostly have one or two.
 */
class PartReader {
  private readonly fail: Fail;
  private readonly open: LazyElement[] = [];
  private readonly nameStarts: number[] = [];
  private readonly childStarts: number[] = [];
  /** Children of the open elements, innermost last; the first `pendingLength` are current (reused, never shrunk). */
  private readonly pending: XmlNode[] = [];
  private pendingLength = 0;
  /**
   * Open elements that are not built (see PartVocabulary), innermost last: only where their names lie, to match their
   * end tags. The first `skippedDepth` are current (reused, never shrunk). They are always inside the built ones.
   */
  private readonly skippedStarts: number[] = [];
  private readonly skippedEnds: number[] = [];
  private skippedDepth = 0;
  /** `open.length` just inside the outermost open `searched` element, below which everything is built. */
  private searchedFrom = Infinity;

  constructor(
    private readonly bytes: Buffer,
    part: string,
    file: string | null,
    private readonly vocabulary: PartVocabulary | undefined,
  ) {
    this.fail = (detail) => {
      throw new GongkaiError('corrupt', `文档内部文件 ${part} 不是有效的 XML（${detail}），文件可能已损坏`, file);
    };
  }

  read(): XmlElement {
    const { bytes, fail, open, pending } = this;
    this.push(new LazyElement('#root', bytes.length, newScope(bytes, this.vocabulary, undefined)), 0);
    this.scan();
    if (open.length > 1) fail('文件在元素内部结束，可能被截断');
    const documentElement = pending.slice(0, this.pendingLength).find((c): c is XmlElement => typeof c !== 'string');
    return documentElement ?? fail('没有根元素');
  }

  /**
   * The loop over the part's markup, kept apart from what follows it: V8 compiles a long loop while it runs, before
   * the code after it has ever run, and the compiled code then gave up at the loop's end on every part it read.
   */
  private scan(): void {
    const { bytes, fail, open } = this;
    const length = bytes.length;
    let at = 0;
    while (at < length) {
      // Tags mostly follow one another (`><`), so the byte at hand is checked before searching.
      const lt = bytes[at] === LT ? at : bytes.indexOf(LT, at);
      if (lt !== at) {
        if (open.length > 1 && this.skippedDepth === 0) this.add(decodeEntities(decode(bytes, at, lt === -1 ? length : lt)));
        if (lt === -1) break;
      }
      const next = bytes[lt + 1];
      if (next === QUESTION) {
        at = this.closeAfter('?>', lt);
      } else if (next === BANG) {
        if (bytes[lt + 2] === DASH && bytes[lt + 3] === DASH) {
          at = this.closeAfter('-->', lt);
        } else if (startsWithAscii(bytes, lt, '<![CDATA[')) {
          const end = this.closeAfter(']]>', lt);
          if (this.skippedDepth === 0) this.add(decode(bytes, lt + 9, end - 3));
          at = end;
        } else {
          fail('含有 DOCTYPE 声明');
        }
      } else if (next === SLASH) {
        at = this.endTag(lt);
      } else {
        at = this.startTag(lt);
      }
    }
  }

  private push(element: LazyElement, nameStart: number): void {
    this.open.push(element);
    this.nameStarts.push(nameStart);
    this.childStarts.push(this.pendingLength);
  }

  private add(node: XmlNode): void {
    this.pending[this.pendingLength++] = node;
  }

  /** Closes the innermost element, giving it the children gathered since it opened. */
  private pop(): void {
    const element = this.open.pop();
    const from = this.childStarts.pop() ?? 0;
    this.nameStarts.pop();
    if (element && this.pendingLength > from) {
      element.children = copyOut(this.pending, from, this.pendingLength);
      this.pendingLength = from;
    }
    if (this.open.length < this.searchedFrom) this.searchedFrom = Infinity;
  }

  /** Opens an element that is not built. */
  private skip(nameStart: number, nameEnd: number): void {
    if (this.open.length + this.skippedDepth > MAX_DEPTH) this.fail('元素嵌套过深');
    this.skippedStarts[this.skippedDepth] = nameStart;
    this.skippedEnds[this.skippedDepth] = nameEnd;
    this.skippedDepth++;
  }

  /** Closes the innermost open element, built or not. */
  private close(): void {
    if (this.skippedDepth > 0) this.skippedDepth--;
    else this.pop();
  }

  /** `</name>`; the common case (no whitespace before `>`) is compared in place with the start tag's bytes. */
  private endTag(lt: number): number {
    const { bytes, open } = this;
    const skipped = this.skippedDepth - 1;
    let nameStart: number;
    let startNameEnd: number;
    if (skipped >= 0) {
      nameStart = this.skippedStarts[skipped] ?? 0;
      startNameEnd = this.skippedEnds[skipped] ?? 0;
    } else {
      nameStart = this.nameStarts[this.nameStarts.length - 1] ?? 0;
      startNameEnd = (open[open.length - 1] ?? this.fail('内部错误')).attrsStart;
    }
    // Only the part's own root (never closed by a tag) is open when nothing else is.
    const closable = open.length > 1;
    const nameLength = startNameEnd - nameStart;
    const nameEnd = lt + 2 + nameLength;
    if (closable && bytes[nameEnd] === GT && sameBytes(bytes, lt + 2, nameStart, nameLength)) {
      this.close();
      return nameEnd + 1;
    }
    const end = this.closeAfter('>', lt);
    const raw = decode(bytes, lt + 2, end - 1).trim();
    if (!closable || raw !== decode(bytes, nameStart, startNameEnd)) {
      this.fail(`结束标签 </${raw}> 与开始标签不匹配`);
    }
    this.close();
    return end;
  }

  private startTag(lt: number): number {
    const { bytes, fail } = this;
    const length = bytes.length;
    const parent = this.open[this.open.length - 1] ?? fail('内部错误');
    let at = lt + 1;
    let ascii = true;
    // The name's first nine bytes, three to a number (see NameTable).
    let head = 0;
    let middle = 0;
    let tail = 0;
    while (at < length) {
      const c = bytes[at] ?? 0;
      const kind = BYTE_KIND[c] ?? 0;
      if (kind !== 0) {
        if (kind & ENDS_NAME || (kind & MAY_BE_SPACE && spaceAt(bytes, at) > 0)) break;
        if (kind & NOT_ASCII) ascii = false;
      }
      const n = at - lt - 1;
      if (n < 3) head = (head << 8) | c;
      else if (n < 6) middle = (middle << 8) | c;
      else if (n < 9) tail = (tail << 8) | c;
      at++;
    }
    if (at === lt + 1) fail('标签名无效');
    const nameEnd = at;

    // Attributes are only checked here; their strings are made when someone reads `attrs` (see LazyElement).
    // Inside an element that is not built, names are not resolved, so namespace declarations do not matter.
    const skipping = this.skippedDepth > 0;
    let scope = parent.scope;
    while (nextAttribute(bytes, at)) {
      const { nameStart, nameEnd: attrEnd, valueStart, valueEnd } = span;
      if (!skipping && bytes[nameStart] === LOWER_X && isNamespaceDeclaration(bytes, nameStart, attrEnd)) {
        if (scope === parent.scope) scope = newScope(bytes, this.vocabulary, parent.scope);
        const prefixStart = attrEnd === nameStart + 5 ? attrEnd : nameStart + 6;
        scope.declarations.push(prefixStart, attrEnd, valueStart, valueEnd);
      }
      at = valueEnd + 1;
    }
    at = skipSpace(bytes, at);
    let selfClosing = false;
    if (bytes[at] === SLASH) {
      selfClosing = true;
      at++;
    }
    if (bytes[at] !== GT) fail(`标签 <${decode(bytes, lt + 1, nameEnd)}> 的属性无效`);
    at++;
    if (skipping) {
      if (!selfClosing) this.skip(lt + 1, nameEnd);
      return at;
    }

    const entry =
      ascii
        ? asciiTagName(bytes, lt + 1, nameEnd, head, middle, tail, scope)
        : tagName(bytes, lt + 1, nameEnd, scope);
    // The document element is always built; below it, what the vocabulary leaves out is only checked.
    const depth = this.open.length;
    if (entry.role === 'skipped' && depth > 1 && depth < this.searchedFrom) {
      if (!selfClosing) this.skip(lt + 1, nameEnd);
      return at;
    }
    const element = new LazyElement(entry.name, nameEnd, scope);
    this.add(element);
    if (!selfClosing) {
      if (depth > MAX_DEPTH) fail('元素嵌套过深');
      this.push(element, lt + 1);
      if (entry.role === 'searched' && depth < this.searchedFrom) this.searchedFrom = depth + 1;
    }
    return at;
  }

  private closeAfter(terminator: string, from: number): number {
    const end = this.bytes.indexOf(terminator, from);
    return end === -1 ? this.fail('文件在标签内部结束，可能被截断') : end + terminator.length;
  }
}

function decode(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('utf8', start, end);
}

function startsWithAscii(bytes: Uint8Array, at: number, literal: string): boolean {
  if (at + literal.length > bytes.length) return false;
  for (let i = 0; i < literal.length; i++) if (bytes[at + i] !== literal.charCodeAt(i)) return false;
  return true;
}

/** `xmlns` or `xmlns:prefix`. */
function isNamespaceDeclaration(bytes: Uint8Array, nameStart: number, nameEnd: number): boolean {
  return startsWithAscii(bytes, nameStart, 'xmlns') && (nameEnd === nameStart + 5 || bytes[nameStart + 5] === COLON);
}

function sameBytes(bytes: Uint8Array, a: number, b: number, length: number): boolean {
  if (a + length > bytes.length) return false;
  for (let i = 0; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}

/** A tag's canonical name, and what becomes of elements of that name. */
interface TagName {
  name: string;
  role: Role;
}

/** A tag name of ASCII bytes, found among the names this scope has met; the first meeting decodes it. */
function asciiTagName(
  bytes: Buffer,
  start: number,
  end: number,
  head: number,
  middle: number,
  tail: number,
  scope: Scope,
): TagName {
  const known = scope.tags.find(start, end, head, middle, tail);
  if (known !== undefined) return known;
  const tag = tagName(bytes, start, end, scope);
  scope.tags.add(start, end, head, middle, tail, tag);
  return tag;
}

/** A tag name worked out from its bytes (each time for the rare names beyond ASCII: OOXML names are ASCII). */
function tagName(bytes: Buffer, start: number, end: number, scope: Scope): TagName {
  const name = canonicalName(decode(bytes, start, end), scope, true);
  const { vocabulary } = scope;
  if (!vocabulary) return { name, role: 'built' };
  return namesOf(vocabulary).get(name) ?? { name, role: 'skipped' };
}

/** The tag names of each vocabulary, worked out once per vocabulary (they are module constants). */
const VOCABULARY_NAMES = new WeakMap<PartVocabulary, Map<string, TagName>>();

/**
 * The names a vocabulary reads or searches, each with the vocabulary's own string: those are string literals of the
 * readers' modules, which V8 keeps interned, so the readers' `switch (element.name)` compares them by identity. A name
 * decoded from the part's bytes is a fresh string, and every comparison with a literal compared its characters.
 */
function namesOf(vocabulary: PartVocabulary): Map<string, TagName> {
  let names = VOCABULARY_NAMES.get(vocabulary);
  if (!names) {
    names = new Map();
    for (const name of vocabulary.read) names.set(name, { name, role: 'built' });
    for (const name of vocabulary.searched) names.set(name, { name, role: 'searched' });
    VOCABULARY_NAMES.set(vocabulary, names);
  }
  return names;
}

/**
 * An open-addressing table from a name's bytes to its canonical name, so finding a name again makes no string and no
 * Map key: this runs once per tag. The caller packs the name's first nine bytes three to a number (head, middle, tail)
 * as it scans them; with the length these are the whole name, so names of up to nine bytes (nearly all) are matched
 * without reading their bytes again, which cost a sixth of reading a part. Longer names are also compared with the
 * bytes of their first occurrence.
 */
class NameTable<T> {
  /**
   * The entries by slot, null where empty. One record per name, not parallel arrays: a search reads one slot and the
   * fields of what it holds.
   */
  private slots: Array<NameEntry<T> | null> = emptySlots(16);
  private count = 0;

  constructor(private readonly bytes: Uint8Array) {}

  find(start: number, end: number, head: number, middle: number, tail: number): T | undefined {
    const { slots } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = nameHash(length, head, middle, tail) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot];
      if (!entry) return undefined;
      if (
        entry.head === head &&
        entry.middle === middle &&
        entry.tail === tail &&
        entry.length === length &&
        (length <= 9 || sameBytes(this.bytes, start, entry.start, length))
      ) {
        return entry.name;
      }
    }
  }

  add(start: number, end: number, head: number, middle: number, tail: number, name: T): void {
    const length = end - start;
    const entry: NameEntry<T> = { hash: nameHash(length, head, middle, tail), head, middle, tail, length, start, name };
    this.count++;
    // Kept at most half full, so a search always ends at an empty slot.
    if (this.count * 2 > this.slots.length) {
      const entries = this.slots;
      this.slots = emptySlots(entries.length * 2);
      for (const old of entries) if (old) this.place(old);
    }
    this.place(entry);
  }

  private place(entry: NameEntry<T>): void {
    const mask = this.slots.length - 1;
    let slot = entry.hash & mask;
    while (this.slots[slot]) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }
}

/** A name met in a part: its packed first bytes and length (see NameTable), where it was first met, what it means. */
interface NameEntry<T> {
  hash: number;
  head: number;
  middle: number;
  tail: number;
  length: number;
  start: number;
  name: T;
}

/**
 * A name's hash from its length and packed first nine bytes, worked out once per name rather than byte by byte as it
 * is scanned. Longer names that share their first nine bytes and length share a slot chain, and are told apart by
 * their bytes.
 */
function nameHash(length: number, head: number, middle: number, tail: number): number {
  return (Math.imul(Math.imul(Math.imul(length, 31) ^ head, 0x9e3779b1) ^ middle, 0x85ebca6b) ^ tail) | 0;
}

function emptySlots<T>(count: number): Array<T | null> {
  return new Array<T | null>(count).fill(null);
}

/** BYTE_KIND flags: `/`, `>` and ASCII whitespace end a name; `=` ends an attribute's name. */
const ENDS_NAME = 1;
const EQUALS_SIGN = 2;
/** The first byte of a multi-byte whitespace character (see spaceAt), which ends a name if the character is one. */
const MAY_BE_SPACE = 4;
/** Any byte of a character beyond ASCII: a tag name with one is not looked up by its packed bytes. */
const NOT_ASCII = 8;

/**
 * What each byte can mean where a name is being read, so that the name loops test one table entry per byte instead of
 * a chain of comparisons; most bytes of a name are 0 here.
 */
const BYTE_KIND = ((): Uint8Array => {
  const kinds = new Uint8Array(256);
  for (const c of [SLASH, GT, SPACE, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]) kinds[c] = ENDS_NAME;
  kinds[EQUALS] = EQUALS_SIGN;
  for (let c = 0x80; c < 0x100; c++) kinds[c] = NOT_ASCII;
  for (const c of [0xc2, 0xe1, 0xe2, 0xe3, 0xef]) kinds[c] = NOT_ASCII | MAY_BE_SPACE;
  return kinds;
})();

/**
 * Byte length of the whitespace character at `at`, or 0: exactly the characters of the RegExp class `\s` (and of
 * String.prototype.trim), in UTF-8, so names split where they did when the reader scanned decoded text.
 */
function spaceAt(bytes: Uint8Array, at: number): number {
  const c = bytes[at] ?? 0;
  if (c < 0x80) return c === SPACE || (c >= 0x09 && c <= 0x0d) ? 1 : 0;
  const c1 = bytes[at + 1];
  const c2 = bytes[at + 2];
  switch (c) {
    case 0xc2: // U+00A0
      return c1 === 0xa0 ? 2 : 0;
    case 0xe1: // U+1680
      return c1 === 0x9a && c2 === 0x80 ? 3 : 0;
    case 0xe2: // U+2000–U+200A, U+2028, U+2029, U+202F; U+205F
      if (c1 === 0x81) return c2 === 0x9f ? 3 : 0;
      if (c1 !== 0x80 || c2 === undefined) return 0;
      return (c2 >= 0x80 && c2 <= 0x8a) || c2 === 0xa8 || c2 === 0xa9 || c2 === 0xaf ? 3 : 0;
    case 0xe3: // U+3000
      return c1 === 0x80 && c2 === 0x80 ? 3 : 0;
    case 0xef: // U+FEFF
      return c1 === 0xbb && c2 === 0xbf ? 3 : 0;
    default:
      return 0;
  }
}

/** Past any whitespace at `at`; plain ASCII (the usual single space) is stepped over without a call. */
function skipSpace(bytes: Uint8Array, at: number): number {
  for (;;) {
    const c = bytes[at] ?? 0;
    if (c === SPACE) at++;
    else if (c > SPACE && c < 0x80) return at;
    else {
      const step = spaceAt(bytes, at);
      if (step === 0) return at;
      at += step;
    }
  }
}

/**
 * `list[from..to)` as an array of exactly that length. Most elements have one to three children, and an array literal
 * of that size is cheaper than a call to slice.
 */
function copyOut(list: XmlNode[], from: number, to: number): XmlNode[] {
  const first = list[from];
  if (first !== undefined) {
    if (to - from === 1) return [first];
    const second = list[from + 1];
    if (second !== undefined) {
      if (to - from === 2) return [first, second];
      const third = list[from + 2];
      if (third !== undefined && to - from === 3) return [first, second, third];
    }
  }
  return list.slice(from, to);
}

/** Where the attribute last found by nextAttribute lies; one shared record, as attributes are read one at a time. */
const span = {
  nameStart: 0,
  nameEnd: 0,
  /** The value between its quotes; the closing quote is at valueEnd. */
  valueStart: 0,
  valueEnd: 0,
};

/**
 * Finds the attribute `name = "value"` starting at `at` (after optional whitespace) and sets `span` to it; false where
 * the attributes end.
 */
function nextAttribute(bytes: Uint8Array, at: number): boolean {
  const length = bytes.length;
  const nameStart = skipSpace(bytes, at);
  let nameEnd = nameStart;
  while (nameEnd < length) {
    const c = bytes[nameEnd] ?? 0;
    const kind = BYTE_KIND[c] ?? 0;
    if (kind !== 0 && (kind & (ENDS_NAME | EQUALS_SIGN) || (kind & MAY_BE_SPACE && spaceAt(bytes, nameEnd) > 0))) break;
    nameEnd++;
  }
  if (nameEnd === nameStart) return false;
  // `name="value"` has no space around `=`, so the byte at hand is checked before stepping over any.
  const equals = bytes[nameEnd] === EQUALS ? nameEnd : skipSpace(bytes, nameEnd);
  if (bytes[equals] !== EQUALS) return false;
  const quoteAt = bytes[equals + 1] === DOUBLE_QUOTE ? equals + 1 : skipSpace(bytes, equals + 1);
  const quote = bytes[quoteAt];
  if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return false;
  let valueEnd = quoteAt + 1;
  while (valueEnd < length && bytes[valueEnd] !== quote) valueEnd++;
  if (valueEnd === length) return false;
  span.nameStart = nameStart;
  span.nameEnd = nameEnd;
  span.valueStart = quoteAt + 1;
  span.valueEnd = valueEnd;
  return true;
}

/**
 * An element whose attributes are read from the part's bytes on first use. A body has thousands of formatting
 * elements (`w:sz`, `w:tcMar`, …) whose attributes nobody asks for; building their strings and objects up front was
 * most of the parser's allocation.
 */
class LazyElement implements XmlElement {
  /** Set when the element closes; elements without children keep the shared empty list. */
  children: readonly XmlNode[] = NO_CHILDREN;
  private parsed: Record<string, string> | undefined;

  constructor(
    readonly name: string,
    /** Where the tag name ends and its attributes begin. */
    readonly attrsStart: number,
    readonly scope: Scope,
  ) {}

  get attrs(): Record<string, string> {
    if (this.parsed) return this.parsed;
    const attrs: Record<string, string> = {};
    const { scope } = this;
    const { bytes } = scope;
    let at = this.attrsStart;
    // The attributes end where nextAttribute finds none: the start tag was checked to continue with `/>` or `>` there.
    while (nextAttribute(bytes, at)) {
      attrs[attributeName(bytes, span.nameStart, span.nameEnd, scope)] = decodeEntities(decode(bytes, span.valueStart, span.valueEnd));
      at = span.valueEnd + 1;
    }
    this.parsed = attrs;
    return attrs;
  }
}

/** An attribute's name as `attrs` keys it; ASCII names are found again from their bytes, like tag names. */
function attributeName(bytes: Buffer, start: number, end: number, scope: Scope): string {
  let high = 0;
  let head = 0;
  let middle = 0;
  let tail = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i] ?? 0;
    high |= c;
    const n = i - start;
    if (n < 3) head = (head << 8) | c;
    else if (n < 6) middle = (middle << 8) | c;
    else if (n < 9) tail = (tail << 8) | c;
  }
  const known = high < 0x80 ? scope.attributes.find(start, end, head, middle, tail) : undefined;
  if (known !== undefined) return known;
  const raw = decode(bytes, start, end);
  const name = raw.includes(':') && !raw.startsWith('xmlns') ? canonicalName(raw, scope, false) : raw;
  if (high < 0x80) scope.attributes.add(start, end, head, middle, tail, name);
  return name;
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
  const uri = namespaceUri(scope, prefix);
  const canonical = uri === undefined ? undefined : CANONICAL_PREFIX[uri];
  const local = raw.slice(colon + 1);
  // A part already written with the usual prefixes (nearly all are) keeps its own name strings.
  const name = canonical === undefined || canonical === prefix ? raw : canonical ? `${canonical}:${local}` : local;
  scope.names.set(raw, name);
  return name;
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
