import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GongkaiError } from '../../errors.js';
import { childElements, parseXml, parseXmlPart, textOf, type XmlNode } from './xml.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

test('elements in order, attributes, entities and character references decoded', () => {
  const root = parseXml(
    `<?xml version="1.0"?><!-- c --><w:p xmlns:w="${W}"><w:t a='1' b="&lt;&amp;&quot;">甲&amp;&#x4E59;&#20025;<![CDATA[<丁>]]></w:t><w:br/></w:p>`,
    'x.xml',
    null,
  );
  assert.equal(root.name, 'w:p');
  const [t, br] = childElements(root);
  assert.deepEqual(t?.attrs, { a: '1', b: '<&"' });
  assert.equal(t && textOf(t), '甲&乙丹<丁>');
  assert.equal(br?.name, 'w:br');
});

test('prefixes are rewritten by namespace, so other prefixes and Strict OOXML read the same', () => {
  const other = parseXml(`<ns0:p xmlns:ns0="${W}"><ns0:pPr ns0:val="x"/></ns0:p>`, 'x.xml', null);
  assert.equal(other.name, 'w:p');
  assert.deepEqual(childElements(other)[0]?.attrs, { 'w:val': 'x' });
  const strict = parseXml('<w:p xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:r/></w:p>', 'x.xml', null);
  assert.equal(childElements(strict)[0]?.name, 'w:r');
  const unknown = parseXml('<x:a xmlns:x="urn:other"><x:b/></x:a>', 'x.xml', null);
  assert.equal(childElements(unknown)[0]?.name, 'x:b');
});

test('a prefix means what the nearest declaration of it says: the last on an element, else the enclosing ones', () => {
  const xml =
    `<a xmlns:q="urn:other" xmlns:q="${W}" xmlns="${W}" xmlns:ü="${W}">` +
    '<q:p/><p/><ü:r/>' +
    '<b xmlns:q="urn:other"><q:p/><p/><c><q:t/></c></b>' +
    `<d xmlns="urn:other"><p/><q:t xmlns:q="&#x68;ttp://schemas.openxmlformats.org/wordprocessingml/2006/main"/></d>` +
    '<q:r/></a>';
  const names = (node: XmlNode): string[] =>
    typeof node === 'string' ? [] : [node.name, ...node.children.flatMap((c) => names(c))];
  assert.deepEqual(names(parseXml(xml, 'x.xml', null)), [
    'w:a', 'w:p', 'w:p', 'w:r', 'w:b', 'q:p', 'w:p', 'w:c', 'q:t', 'd', 'p', 'w:t', 'w:r',
  ]);
});

test('UTF-16 parts with a byte-order mark are decoded', () => {
  const text = `<w:t xmlns:w="${W}">政府</w:t>`;
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
  assert.equal(textOf(parseXmlPart(bytes, 'x.xml', null)), '政府');
});

test('malformed XML is a corrupt-file error naming the part', () => {
  const cases = ['<a><b></a>', '<a>', '<a b=1/>', '<!DOCTYPE a><a/>', '', '<a></a></a>'];
  for (const xml of cases) {
    assert.throws(
      () => parseXml(xml, 'word/document.xml', 'f.docx'),
      (error: unknown) =>
        error instanceof GongkaiError && error.code === 'corrupt' && error.message.includes('word/document.xml'),
      xml,
    );
  }
});

test('nesting deeper than any document is refused instead of overflowing the stack later', () => {
  const depth = 5000;
  assert.throws(() => parseXml('<a>'.repeat(depth) + '</a>'.repeat(depth), 'x.xml', null), /嵌套过深/);
});

/** Bytes of `text` with the given raw bytes spliced in where `\u0000` stands (for malformed UTF-8). */
function withBytes(text: string, raw: number[]): Uint8Array {
  const [before = '', after = ''] = text.split('\u0000');
  return new Uint8Array([...Buffer.from(before, 'utf8'), ...raw, ...Buffer.from(after, 'utf8')]);
}

test('names end at any whitespace, ASCII or Unicode, and at nothing else', () => {
  const spaced = parseXml('<a\u3000b="1"\u00a0c="2"\u2028/>', 'x.xml', null);
  assert.equal(spaced.name, 'a');
  assert.deepEqual(spaced.attrs, { b: '1', c: '2' });
  // U+200B (zero-width space) is not whitespace, so it is part of the name.
  assert.equal(parseXml('<a\u200bb/>', 'x.xml', null).name, 'a\u200bb');
  // E2 80 41 is a broken sequence followed by `A`, not U+2000; it decodes to U+FFFD inside the name.
  assert.equal(parseXmlPart(withBytes('<a\u0000A/>', [0xe2, 0x80]), 'x.xml', null).name, 'a\ufffdA');
});

test('names beyond ASCII, a UTF-8 byte-order mark, and `>` inside attribute values', () => {
  const root = parseXmlPart(withBytes('\u0000<甲 乙="丙>丁"><戊/>文字</甲>', [0xef, 0xbb, 0xbf]), 'x.xml', null);
  assert.equal(root.name, '甲');
  assert.deepEqual(root.attrs, { 乙: '丙>丁' });
  assert.equal(childElements(root)[0]?.name, '戊');
  assert.equal(textOf(root), '文字');
});

test('tag and attribute names that share a hash stay distinct', () => {
  // "Aa" and "BB" have the same 31-based string hash, so they land on the same slot of the name table.
  const root = parseXml('<r><Aa/><BB/><Aa></Aa><BB>x</BB></r>', 'x.xml', null);
  assert.deepEqual(childElements(root).map((e) => e.name), ['Aa', 'BB', 'Aa', 'BB']);
  assert.throws(() => parseXml('<r><Aa></BB></r>', 'x.xml', null), /结束标签 <\/BB> 与开始标签不匹配/);
  assert.deepEqual(parseXml('<r Aa="1" BB="2" w:Aa="3"/>', 'x.xml', null).attrs, { Aa: '1', BB: '2', 'w:Aa': '3' });
});

test('names of every length are told apart by each of their bytes, in end tags and in the name table', () => {
  // Raising one byte by 1 and lowering the next by 31 keeps the 31-based hash ("ab" and "bC"), so each pair below lands
  // on the same slot of the name table, and only the bytes themselves (packed or compared) tell the names apart.
  const shifted = (name: string, at: number, by: number): string =>
    name.slice(0, at) + String.fromCharCode((name.charCodeAt(at) || 0) + by) + name.slice(at + 1);
  for (let length = 1; length <= 12; length++) {
    const name = 'abcdefghijkl'.slice(0, length);
    for (let at = 0; at < length; at++) {
      const other = at + 1 < length ? shifted(shifted(name, at, 1), at + 1, -31) : shifted(name, at, 1);
      assert.throws(() => parseXml(`<${name}></${other}>`, 'x.xml', null), /与开始标签不匹配/, `</${other}> closing <${name}>`);
      const root = parseXml(`<r ${name}="1" ${other}="2"><${name}/><${other}/><${name}></${name}></r>`, 'x.xml', null);
      assert.deepEqual(childElements(root).map((e) => e.name), [name, other, name]);
      assert.deepEqual(root.attrs, { [name]: '1', [other]: '2' });
    }
  }
});

test('end tags with space before `>`, and children kept in order at every depth', () => {
  const root = parseXml('<a ><b>一<c/>二</b ><d/>三</a\n>', 'x.xml', null);
  assert.deepEqual(
    root.children.map((c) => (typeof c === 'string' ? c : c.name)),
    ['b', 'd', '三'],
  );
  const b = childElements(root, 'b')[0];
  assert.deepEqual(b?.children.map((c) => (typeof c === 'string' ? c : c.name)), ['一', 'c', '二']);
  assert.deepEqual(childElements(root, 'd')[0]?.children, []);
});

/** Names of the nodes below `node`, as `name(children…)`, strings as themselves. */
function shape(node: XmlNode): string {
  if (typeof node === 'string') return node;
  return node.children.length ? `${node.name}(${node.children.map(shape).join(' ')})` : node.name;
}

const VOCABULARY = { read: new Set(['w:p', 'w:r', 'w:t']), searched: new Set(['w:drawing']) };

test('a vocabulary builds only the elements it names, and whole the ones it searches', () => {
  const xml =
    `<w:body xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="both"/><w:r><w:t>隐</w:t></w:r></w:pPr>` +
    '<w:r><w:rPr><w:b/></w:rPr><w:t>甲</w:t><w:drawing><x><w:t>乙</w:t></x></w:drawing></w:r>文</w:p><w:sectPr/></w:body>';
  // The document element is built whatever its name; below it, w:pPr (and the run inside it), w:rPr and w:sectPr are not.
  assert.equal(shape(parseXml(xml, 'x.xml', null, VOCABULARY)), 'w:body(w:p(w:r(w:t(甲) w:drawing(x(w:t(乙)))) 文))');
  assert.equal(
    shape(parseXml(xml, 'x.xml', null)),
    'w:body(w:p(w:pPr(w:jc w:r(w:t(隐))) w:r(w:rPr(w:b) w:t(甲) w:drawing(x(w:t(乙)))) 文) w:sectPr)',
  );
  // Names are matched after prefixes are rewritten, here from a prefix declared on the element itself.
  const other = parseXml(`<d><q:p xmlns:q="${W}"><q:t>丙</q:t><q:x/></q:p></d>`, 'x.xml', null, VOCABULARY);
  assert.equal(shape(other), 'd(w:p(w:t(丙)))');
});

test('what a vocabulary leaves unbuilt is still checked as XML', () => {
  const bad = ['<w:pPr><a></b></w:pPr>', '<w:pPr><a b=1/></w:pPr>', '<w:pPr><a>', '<w:pPr></w:p>', '<w:pPr><!DOCTYPE a></w:pPr>'];
  for (const inner of bad) {
    assert.throws(
      () => parseXml(`<w:body xmlns:w="${W}"><w:p>${inner}</w:p></w:body>`, 'word/document.xml', null, VOCABULARY),
      (error: unknown) => error instanceof GongkaiError && error.code === 'corrupt',
      inner,
    );
  }
  // Unbuilt elements count towards the nesting limit as built ones do.
  const deep = '<a>'.repeat(2100) + '</a>'.repeat(2100);
  assert.throws(() => parseXml(`<w:body xmlns:w="${W}"><w:pPr>${deep}</w:pPr></w:body>`, 'x.xml', null, VOCABULARY), /嵌套过深/);
  const fine = '<a>'.repeat(1990) + '</a>'.repeat(1990);
  assert.equal(shape(parseXml(`<w:body xmlns:w="${W}"><w:pPr>${fine}</w:pPr><w:p/></w:body>`, 'x.xml', null, VOCABULARY)), 'w:body(w:p)');
});
