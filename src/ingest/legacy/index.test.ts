import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { test } from 'node:test';
import { GongkaiError } from '../../errors.js';
import { extractReport } from '../../extract/index.js';
import { flattenValues } from '../../model/values.js';
import type { Table } from '../document.js';
import * as legacy from './index.js';
import { ingestLegacy, ingestOtherText, oleKind } from './index.js';
import { detectType } from '../detect.js';
import { findSoffice } from './soffice.js';

const fixture = (name: string) => new URL(`../../../fixtures/legacy/${name}`, import.meta.url);
const doc = new Uint8Array(readFileSync(fixture('report.doc')));
const soffice = findSoffice(process.env.PATH ?? '');
const needsSoffice = soffice ? {} : { skip: 'LibreOffice (soffice) is not installed' };

test('public API', () => {
  assert.deepEqual(Object.keys(legacy).sort(), ['LEGACY_TIMEOUT_MS', 'ingestLegacy', 'ingestOtherText', 'oleKind']);
});

test('without soffice on the search path: needs-libreoffice, naming the file and how to install it', async () => {
  await assert.rejects(ingestLegacy(doc, '报告.doc', { searchPath: '' }), (error: unknown) => {
    assert.ok(error instanceof GongkaiError);
    assert.equal(error.code, 'needs-libreoffice');
    assert.equal(error.file, '报告.doc');
    assert.match(error.message, /需要安装 LibreOffice（soffice）/);
    assert.match(error.message, /apt-get install libreoffice-writer/);
    return true;
  });
});

test('the OLE header and directory tell a Word document from a spreadsheet and from junk', () => {
  assert.equal(oleKind(doc), 'text');
  // A minimal compound-file header (512-byte sectors, directory in sector 0) followed by one directory entry name.
  const withEntry = (name: string) => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set([0xfe, 0xff, 0x09, 0x00], 0x1c);
    bytes.set(Buffer.from(`${name}\u0000`, 'utf16le'), 512);
    return bytes;
  };
  assert.equal(oleKind(withEntry('Workbook')), 'spreadsheet');
  assert.equal(oleKind(withEntry('PowerPoint Document')), 'unknown');
  const junk = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(2000).fill(0x41)]);
  assert.equal(oleKind(junk), 'unknown');
});

test('a .doc converted by LibreOffice reads as a legacy document with its tables', needsSoffice, async () => {
  const before = new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('gongkai-soffice-')));
  const result = await ingestLegacy(doc, 'fixtures/legacy/report.doc');
  assert.deepEqual(result.source, { file: 'fixtures/legacy/report.doc', format: 'legacy', bytes: doc.length });
  const first = result.blocks[0];
  assert.equal(first?.kind === 'paragraph' ? first.text : null, '青岚县石泉乡人民政府2023年政府信息公开工作年度报告');
  const tables = result.blocks.filter((b): b is Table => b.kind === 'table');
  assert.equal(tables.length, 3);
  const newReceived = tables[1]?.rows.find((r) => r.cells[0]?.text === '一、本年新收政府信息公开申请数量');
  assert.deepEqual(
    newReceived?.cells.map((c) => c.text),
    ['一、本年新收政府信息公开申请数量', '6', '1', '0', '0', '0', '0', '7'],
  );
  // The temporary directory and private profile are gone.
  const after = readdirSync(tmpdir()).filter((n) => n.startsWith('gongkai-soffice-') && !before.has(n));
  assert.deepEqual(after, []);

  const expected = JSON.parse(readFileSync(fixture('report.json'), 'utf8')) as { values: Record<string, number> };
  assert.deepEqual(Object.fromEntries(flattenValues(extractReport(result), '2021')), expected.values);
});

test('a spreadsheet (.xls/.et) is converted to HTML and read as a table', needsSoffice, async () => {
  const sheet = new Uint8Array(readFileSync(fixture('table-a.xls')));
  assert.equal(oleKind(sheet), 'spreadsheet');
  const result = await ingestLegacy(sheet, 'table-a.xls');
  assert.equal(result.source.format, 'legacy');
  const table = result.blocks.find((b): b is Table => b.kind === 'table');
  assert.deepEqual(
    table?.rows.map((r) => r.cells.map((c) => c.text)),
    [['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '0'], ['行政规范性文件', '1', '0', '4']],
  );
});

test('junk behind the OLE magic, a truncated .doc, or another OLE type: corrupt, before any conversion', async () => {
  const junk = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(2000).fill(0x41)]);
  const truncated = doc.subarray(0, Math.floor(doc.length * 0.3));
  for (const [name, bytes] of [
    ['junk.doc', junk],
    ['cut.doc', truncated],
  ] as const) {
    // With no soffice to be found, the error still says what is wrong with the file: the check comes first.
    await assert.rejects(ingestLegacy(bytes, name, { searchPath: '' }), (error: unknown) => {
      assert.ok(error instanceof GongkaiError);
      assert.equal(error.code, 'corrupt', name);
      assert.equal(error.file, name);
      assert.match(error.message, /无法识别的旧版 Office 文件/);
      return true;
    });
  }
});

const rtf = new Uint8Array(readFileSync(fixture('report.rtf')));
const odt = new Uint8Array(readFileSync(fixture('report.odt')));

test('RTF and OpenDocument text are told from other files by their content', () => {
  assert.equal(detectType(rtf), 'rtf');
  assert.equal(detectType(odt), 'odt');
  assert.equal(detectType(doc), 'ole');
  // A DOCX is a zip too, but its first entry is not an OpenDocument mimetype.
  assert.equal(detectType(new Uint8Array(readFileSync(new URL('../../../fixtures/same-report/report.docx', import.meta.url)))), 'zip');
});

test('RTF and ODT without soffice: needs-libreoffice, naming what the file is', async () => {
  for (const [kind, bytes, what] of [['rtf', rtf, /RTF 文档/], ['odt', odt, /OpenDocument 文本/]] as const) {
    await assert.rejects(ingestOtherText(bytes, `报告.${kind}`, kind, { searchPath: '' }), (error: unknown) => {
      assert.ok(error instanceof GongkaiError);
      assert.equal(error.code, 'needs-libreoffice');
      assert.equal(error.file, `报告.${kind}`);
      assert.match(error.message, what);
      return true;
    });
  }
});

test('RTF and ODT converted by LibreOffice read back to the same values as the .doc', needsSoffice, async () => {
  const expected = JSON.parse(readFileSync(fixture('report.json'), 'utf8')) as { meta: { agency: string }; values: Record<string, number> };
  for (const [kind, bytes] of [['rtf', rtf], ['odt', odt]] as const) {
    const document = await ingestOtherText(bytes, `report.${kind}`, kind);
    assert.deepEqual(document.source, { file: `report.${kind}`, format: 'legacy', bytes: bytes.length });
    const report = extractReport(document);
    assert.deepEqual(Object.fromEntries(flattenValues(report, '2021')), expected.values, kind);
    assert.equal(report.meta.agency, expected.meta.agency, kind);
  }
});
