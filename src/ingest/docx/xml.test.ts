import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GongkaiError } from '../../errors.js';
import { childElements, parseXml, parseXmlPart, textOf } from './xml.js';

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
