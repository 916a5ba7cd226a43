import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { GongkaiError, type ErrorCode } from '../../errors.js';
import type { Paragraph } from '../document.js';
import { ingestBytes } from '../index.js';

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

/** A text object printing `text` at (x, y) mm, 4 mm characters. */
const line = (x: number, y: number, text: string) =>
  `<ofd:TextObject ID="9" Boundary="${x} ${y} 150 6" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="g ${[...text].length - 1} 4">${text}</ofd:TextCode></ofd:TextObject>`;

const pageXml = (objects: string, ns = NS, prefix = 'ofd:') =>
  `<?xml version="1.0" encoding="UTF-8"?><${prefix}Page ${ns}><${prefix}Content><${prefix}Layer ID="2">${objects.replaceAll('ofd:', prefix)}</${prefix}Layer></${prefix}Content></${prefix}Page>`;

function ofd(parts: Record<string, string>, docBody = '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'OFD.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody>${docBody}</ofd:DocBody></ofd:OFD>`),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

const documentXml = (pages: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>` +
  `<ofd:Pages>${pages.map((loc, i) => `<ofd:Page ID="${i + 3}" BaseLoc="${loc}"/>`).join('')}</ofd:Pages></ofd:Document>`;

async function rejectsWith(promise: Promise<unknown>, code: ErrorCode, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof GongkaiError && error.code === code && message.test(error.message) && error.file === 'r.ofd');
}

test('an OFD package reads page by page, pages found by relative and absolute BaseLoc, with or without a namespace prefix', async () => {
  const bytes = ofd({
    'Doc_0/Document.xml': documentXml(['Pages/Page_0/Content.xml', '/Doc_0/Pages/Page_1/Content.xml']),
    'Doc_0/Pages/Page_0/Content.xml': pageXml(line(30, 30, '一、总体情况') + line(30, 40, '本机关依法公开政府信息。')),
    // Page 2 binds the OFD namespace as the default one, without a prefix.
    'Doc_0/Pages/Page_1/Content.xml': pageXml(line(30, 30, '六、其他需要报告的事项'), 'xmlns="http://www.ofdspec.org/2016"', ''),
  });
  const document = await ingestBytes(bytes, 'r.ofd');
  assert.equal(document.source.format, 'ofd');
  const paragraphs = document.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
  assert.deepEqual(
    paragraphs.map((p) => [p.text, p.loc.page]),
    [
      ['一、总体情况', 1],
      ['本机关依法公开政府信息。', 1],
      ['六、其他需要报告的事项', 2],
    ],
  );
  assert.equal(document.notes, undefined);
});

test('a page with only an image gets a note; an OFD with no text at all needs OCR', async () => {
  const image = '<ofd:ImageObject ID="5" Boundary="0 0 210 297" ResourceID="7"/>';
  const mixed = ofd({
    'Doc_0/Document.xml': documentXml(['Pages/Page_0/Content.xml', 'Pages/Page_1/Content.xml']),
    'Doc_0/Pages/Page_0/Content.xml': pageXml(line(30, 30, '一、总体情况')),
    'Doc_0/Pages/Page_1/Content.xml': pageXml(image),
  });
  const document = await ingestBytes(mixed, 'r.ofd');
  assert.deepEqual(document.notes?.map((n) => [n.code, n.loc?.page]), [['page-without-text', 2]]);
  const scanned = ofd({ 'Doc_0/Document.xml': documentXml(['Pages/Page_0/Content.xml']), 'Doc_0/Pages/Page_0/Content.xml': pageXml(image) });
  await rejectsWith(ingestBytes(scanned, 'r.ofd'), 'needs-ocr', /OFD.*扫描件.*OCR/);
});

test('a broken or encrypted OFD package gets one clear error naming what is wrong', async () => {
  await rejectsWith(ingestBytes(ofd({}, ''), 'r.ofd'), 'corrupt', /OFD 文件已损坏.*没有 DocRoot/);
  await rejectsWith(ingestBytes(ofd({}), 'r.ofd'), 'corrupt', /缺少文档描述 Doc_0\/Document\.xml/);
  const missingPage = ofd({ 'Doc_0/Document.xml': documentXml(['Pages/Page_0/Content.xml']) });
  await rejectsWith(ingestBytes(missingPage, 'r.ofd'), 'corrupt', /缺少第 1 页的内容 Doc_0\/Pages\/Page_0\/Content\.xml/);
  const encrypted = ofd({}, '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot><ofd:Encryptions>Encryptions.xml</ofd:Encryptions>');
  await rejectsWith(ingestBytes(encrypted, 'r.ofd'), 'encrypted', /OFD 文件已加密/);
});

test('a ZIP that is neither OFD nor Word is still named for what it is', async () => {
  await assert.rejects(
    ingestBytes(zipSync({ 'notes.txt': strToU8('hello') }), 'r.zip'),
    (error: unknown) => error instanceof GongkaiError && error.code === 'unsupported-type' && /ZIP 压缩包/.test(error.message),
  );
});
