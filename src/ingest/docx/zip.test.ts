/** Packages that must be refused with a GongkaiError naming the problem, and never a hang or a stack trace. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { bodyXml, minimalPackage, setClaimedSize } from '../../../fixtures/docx/broken.js';
import { GongkaiError, type ErrorCode } from '../../errors.js';
import { ingestBytes } from '../index.js';
import { ingestDocx } from './index.js';

const FIXTURES = new URL('../../../fixtures/docx/', import.meta.url);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
/** Guards against a hang; nothing here should take more than a fraction of a second. */
const BOUNDED = { timeout: 20_000 };

async function rejects(bytes: Uint8Array, code: ErrorCode, message: RegExp): Promise<void> {
  await assert.rejects(ingestDocx(bytes, 'input.docx'), (error: unknown) => {
    assert.ok(error instanceof GongkaiError, `not a GongkaiError: ${String(error)}`);
    assert.equal(error.code, code);
    assert.equal(error.file, 'input.docx');
    assert.match(error.message, message);
    return true;
  });
}

/** Offset of an entry's central directory record. */
function centralRecord(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let at = view.getUint32(eocd + 16, true);
  for (;;) {
    const nameLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)) === name) return at;
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

const paragraph = bodyXml('<w:p><w:r><w:t>正文</w:t></w:r></w:p>');

test('a minimal package reads', async () => {
  const doc = await ingestDocx(minimalPackage(paragraph), null);
  assert.deepEqual(doc.blocks, [{ kind: 'paragraph', text: '正文', loc: { path: 'word/document.xml#p1' } }]);
});

test('truncated download → corrupt', BOUNDED, async () => {
  await rejects(fixture('truncated.docx'), 'corrupt', /截断/);
});

test('every prefix of a real document is refused as corrupt', BOUNDED, async () => {
  const whole = fixture('wangchuan-handxml-2022.docx');
  for (let length = 1; length < whole.length; length += 331) {
    await rejects(whole.slice(0, length), 'corrupt', /ZIP 压缩包已损坏或不完整/);
  }
});

test('a spreadsheet (real XLSX from exceljs) → unsupported-type naming Excel', async () => {
  await rejects(fixture('not-a-docx.xlsx'), 'unsupported-type', /Excel 工作簿（XLSX），不是 Word 文档/);
});

test('other ZIPs say what they are', async () => {
  const odt = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') });
  await rejects(odt, 'unsupported-type', /OpenDocument/);
  const ofd = zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>') });
  await rejects(ofd, 'unsupported-type', /OFD/);
  await rejects(zipSync({ 'readme.txt': strToU8('hi') }), 'unsupported-type', /没有 word\/document\.xml/);
  await rejects(zipSync({}), 'unsupported-type', /没有 word\/document\.xml/);
});

test('an entry claiming 3.75 GiB is refused before inflating', BOUNDED, async () => {
  await rejects(fixture('zip-bomb.docx'), 'too-large', /word\/document\.xml 声称解压后有 3\.8 GiB.*压缩炸弹/);
});

test('an honest entry at 1000:1 is refused before inflating', BOUNDED, async () => {
  await rejects(fixture('ratio-bomb.docx'), 'too-large', /压缩比为 \d+:1，超过上限 200:1/);
});

test('the dispatcher passes the refusal through', BOUNDED, async () => {
  await assert.rejects(ingestBytes(fixture('zip-bomb.docx'), 'bomb.docx'), { code: 'too-large' });
});

test('an entry that inflates past its claimed size stops there', BOUNDED, async () => {
  const zip = minimalPackage(bodyXml(`<w:p><w:r><w:t>${'年报'.repeat(5000)}</w:t></w:r></w:p>`));
  setClaimedSize(zip, 'word/document.xml', 100);
  await rejects(zip, 'corrupt', /解压后超过声明的大小/);
});

test('an entry that inflates short of its claimed size is corrupt', async () => {
  const zip = minimalPackage(paragraph);
  setClaimedSize(zip, 'word/document.xml', 100_000);
  await rejects(zip, 'corrupt', /大小与记录不符/);
});

test('damaged compressed data is corrupt', async () => {
  const zip = minimalPackage(bodyXml(`<w:p><w:r><w:t>${'政府信息公开'.repeat(400)}</w:t></w:r></w:p>`));
  const view = new DataView(zip.buffer);
  const local = view.getUint32(centralRecord(zip, 'word/document.xml') + 42, true);
  const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  zip.fill(0xff, data, data + 8);
  await rejects(zip, 'corrupt', /word\/document\.xml/);
});

test('an encrypted entry → encrypted; an unknown compression method → corrupt', async () => {
  const encrypted = minimalPackage(paragraph);
  const record = centralRecord(encrypted, 'word/document.xml');
  new DataView(encrypted.buffer).setUint16(record + 8, 1, true);
  await rejects(encrypted, 'encrypted', /已加密/);
  const lzma = minimalPackage(paragraph);
  new DataView(lzma.buffer).setUint16(centralRecord(lzma, 'word/document.xml') + 10, 14, true);
  await rejects(lzma, 'corrupt', /不支持的压缩方式（14）/);
});

test('document.xml that is not XML, or has no body → corrupt', async () => {
  await rejects(minimalPackage('<w:document><w:body><w:p>'), 'corrupt', /不是有效的 XML（文件在元素内部结束/);
  await rejects(minimalPackage('<!DOCTYPE x [<!ENTITY a "b">]><x/>'), 'corrupt', /DOCTYPE/);
  await rejects(minimalPackage('<w:document xmlns:w="x"/>'), 'corrupt', /没有正文/);
});

test('random damage to a real document gives a Document or a GongkaiError, nothing else', BOUNDED, async () => {
  const whole = fixture('wangchuan-handxml-2022.docx');
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.nat({ max: whole.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      async (edits) => {
        const damaged = whole.slice();
        for (const [at, value] of edits) damaged[at] = value;
        try {
          await ingestDocx(damaged, 'damaged.docx');
        } catch (error) {
          assert.ok(error instanceof GongkaiError, `not a GongkaiError: ${String(error)}`);
        }
      },
    ),
    { numRuns: 300, seed: 20240101 },
  );
});

/** The same archive with every size and offset moved into ZIP64 extra fields and a ZIP64 end record, as large-file writers emit it. */
function toZip64(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  const records: Uint8Array[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const length = 46 + nameLength + extraLength + commentLength;
    const record = new Uint8Array(length + 28);
    const out = new DataView(record.buffer);
    record.set(zip.subarray(at, at + 46 + nameLength + extraLength));
    const [compressed, size, offset] = [view.getUint32(at + 20, true), view.getUint32(at + 24, true), view.getUint32(at + 42, true)];
    out.setUint32(20, 0xffffffff, true);
    out.setUint32(24, 0xffffffff, true);
    out.setUint32(42, 0xffffffff, true);
    out.setUint16(30, extraLength + 28, true);
    const extra = 46 + nameLength + extraLength;
    out.setUint16(extra, 1, true);
    out.setUint16(extra + 2, 24, true);
    out.setBigUint64(extra + 4, BigInt(size), true);
    out.setBigUint64(extra + 12, BigInt(compressed), true);
    out.setBigUint64(extra + 20, BigInt(offset), true);
    record.set(zip.subarray(at + 46 + nameLength + extraLength, at + length), extra + 28);
    records.push(record);
    at += length;
  }
  const cdSize = records.reduce((n, r) => n + r.length, 0);
  const tail = new Uint8Array(56 + 20 + 22);
  const t = new DataView(tail.buffer);
  t.setUint32(0, 0x06064b50, true);
  t.setBigUint64(4, 44n, true);
  t.setUint16(12, 45, true);
  t.setUint16(14, 45, true);
  t.setBigUint64(24, BigInt(count), true);
  t.setBigUint64(32, BigInt(count), true);
  t.setBigUint64(40, BigInt(cdSize), true);
  t.setBigUint64(48, BigInt(cdOffset), true);
  t.setUint32(56, 0x07064b50, true);
  t.setBigUint64(64, BigInt(cdOffset + cdSize), true);
  t.setUint32(72, 1, true);
  t.setUint32(76, 0x06054b50, true);
  t.setUint16(84, 0xffff, true);
  t.setUint16(86, 0xffff, true);
  t.setUint32(88, 0xffffffff, true);
  t.setUint32(92, 0xffffffff, true);
  const result = new Uint8Array(cdOffset + cdSize + tail.length);
  result.set(zip.subarray(0, cdOffset));
  let write = cdOffset;
  for (const record of records) {
    result.set(record, write);
    write += record.length;
  }
  result.set(tail, write);
  return result;
}

test('ZIP64 archives (sizes and offsets in the extra field) read the same', async () => {
  const plain = fixture('wangchuan-handxml-2022.docx');
  const [expected, actual] = await Promise.all([ingestDocx(plain, null), ingestDocx(toZip64(plain), null)]);
  assert.deepEqual(actual.blocks, expected.blocks);
  assert.ok(actual.blocks.length > 20);
});

test('an entry far larger than one zlib output chunk inflates whole; one byte over or under its claim is refused', async () => {
  const xml = bodyXml(`<w:p><w:r><w:t>${Array.from({ length: 20_000 }, (_, i) => `第${i}项`).join('')}</w:t></w:r></w:p>`);
  const size = strToU8(xml).length;
  assert.ok(size > 100_000);
  const doc = await ingestDocx(minimalPackage(xml), null);
  assert.equal(doc.blocks[0]?.kind === 'paragraph' && doc.blocks[0].text.endsWith('第19999项'), true);
  const over = minimalPackage(xml);
  setClaimedSize(over, 'word/document.xml', size - 1);
  await rejects(over, 'corrupt', /解压后超过声明的大小/);
  const under = minimalPackage(xml);
  setClaimedSize(under, 'word/document.xml', size + 1);
  await rejects(under, 'corrupt', /大小与记录不符/);
});

test('a claim at an exact multiple of 16 KiB reads', async () => {
  const head = bodyXml('<w:p><w:r><w:t>');
  const tail = '</w:t></w:r></w:p></w:body></w:document>';
  const fill = 16 * 1024 * 3 - strToU8(head).length - strToU8(tail).length + strToU8('</w:body></w:document>').length;
  const xml = bodyXml(`<w:p><w:r><w:t>${'x'.repeat(fill)}</w:t></w:r></w:p>`);
  assert.equal(strToU8(xml).length, 16 * 1024 * 3);
  const doc = await ingestDocx(minimalPackage(xml), null);
  assert.equal(doc.blocks[0]?.kind === 'paragraph' && doc.blocks[0].text.length, fill);
});
