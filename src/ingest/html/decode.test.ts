import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { GongkaiError } from '../../errors.js';
import { decodeHtml } from './decode.js';

const PAGE = '<html><head>{meta}</head><body><p>青川县白石镇人民政府信息公开年报</p></body></html>';

function page(meta: string): string {
  return PAGE.replace('{meta}', meta);
}

test('utf-8 BOM wins over a contrary declaration', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('<meta charset="gbk">'))]);
  const decoded = decodeHtml(bytes, null);
  assert.equal(decoded.encoding, 'utf-8');
  assert.ok(decoded.text.includes('白石镇'));
  assert.ok(!decoded.text.startsWith('\ufeff'));
});

test('UTF-16LE with a BOM', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(''), 'utf16le')]);
  const decoded = decodeHtml(bytes, null);
  assert.equal(decoded.encoding, 'utf-16le');
  assert.ok(decoded.text.includes('白石镇'));
});

test('<meta http-equiv content="…charset=gb2312"> and <meta charset=gbk> decode as GB18030', () => {
  for (const meta of [
    '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    '<META http-equiv=Content-Type content="text/html; charset=GB2312">',
    '<meta charset=gbk>',
    "<meta charset='GB18030'>",
  ]) {
    const decoded = decodeHtml(iconv.encode(page(meta), 'gbk'), null);
    assert.equal(decoded.encoding, 'gb18030', meta);
    assert.ok(decoded.text.includes('青川县白石镇人民政府信息公开年报'), meta);
    assert.deepEqual(decoded.notes, []);
  }
});

test('GB18030-only characters survive a gb2312 declaration', () => {
  // 㐀 (U+3400) is outside GB2312 and GBK; a page declared gb2312 that uses it is decoded as GB18030 anyway.
  const decoded = decodeHtml(iconv.encode(page('<meta charset="gb2312">').replace('年报', '年报㐀'), 'gb18030'), null);
  assert.ok(decoded.text.includes('年报㐀'));
});

test('no declaration: strict UTF-8, else GB18030', () => {
  assert.equal(decodeHtml(Buffer.from(page('')), null).encoding, 'utf-8');
  const gbk = decodeHtml(iconv.encode(page(''), 'gbk'), null);
  assert.equal(gbk.encoding, 'gb18030');
  assert.ok(gbk.text.includes('白石镇'));
});

test('a gb2312 declaration on UTF-8 bytes is overruled, with a note', () => {
  const decoded = decodeHtml(Buffer.from(page('<meta charset="gb2312">')), 'a.html');
  assert.equal(decoded.encoding, 'utf-8');
  assert.ok(decoded.text.includes('白石镇'));
  assert.equal(decoded.notes[0]?.code, 'charset-mismatch');
  assert.match(decoded.notes[0]?.message ?? '', /gb2312.*UTF-8/);
});

test('a utf-8 declaration on GBK bytes is overruled, with a note', () => {
  const decoded = decodeHtml(iconv.encode(page('<meta charset="utf-8">'), 'gbk'), null);
  assert.equal(decoded.encoding, 'gb18030');
  assert.ok(decoded.text.includes('白石镇'));
  assert.equal(decoded.notes[0]?.code, 'charset-mismatch');
});

test('a server-default iso-8859-1 declaration on GBK bytes reads as GB18030', () => {
  const decoded = decodeHtml(iconv.encode(page('<meta charset="iso-8859-1">'), 'gbk'), null);
  assert.equal(decoded.encoding, 'gb18030');
  assert.ok(decoded.text.includes('白石镇'));
});

test('an ASCII page declared windows-1252 keeps the declaration', () => {
  const decoded = decodeHtml(Buffer.from('<html><head><meta charset="windows-1252"></head><body>Report</body></html>'), null);
  assert.equal(decoded.encoding, 'windows-1252');
  assert.deepEqual(decoded.notes, []);
});

test('big5 declared: decoded as Big5', () => {
  const decoded = decodeHtml(iconv.encode(page('<meta charset="big5">').replace('信息公开', '資訊公開'), 'big5'), null);
  assert.equal(decoded.encoding, 'big5');
  assert.ok(decoded.text.includes('資訊公開'));
});

test('binary garbage is corrupt, named with its file, in Chinese', () => {
  let seed = 7;
  const bytes = new Uint8Array(4096).map(() => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed >> 16;
  });
  const withHead = Buffer.concat([Buffer.from('<html><body>'), bytes]);
  for (const input of [bytes, withHead]) {
    assert.throws(
      () => decodeHtml(input, 'x.html'),
      (e: unknown) => e instanceof GongkaiError && e.code === 'corrupt' && e.file === 'x.html' && /HTML/.test(e.message),
    );
  }
});

test('a few stray control bytes still make a page; more than 8 (or 1%) of them are binary', () => {
  const withControls = (controls: string): string => page('<meta charset="utf-8">').replace('<p>', `<p>${controls}`);
  const eight = '\u0000\u0001\u0007\u0008\u000b\u000e\u001a\u001f';
  assert.ok(decodeHtml(Buffer.from(withControls(eight)), null).text.includes('白石镇'));
  // Tab, line feed, form feed, carriage return and escape are not counted.
  assert.ok(decodeHtml(Buffer.from(withControls('\t\n\f\r\u001b'.repeat(10) + eight)), null).text.includes('白石镇'));
  const counted = [...Array(0x20).keys()].filter((b) => ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(b));
  for (const b of counted) {
    assert.throws(
      () => decodeHtml(Buffer.from(withControls(String.fromCharCode(b).repeat(9))), 'x.html'),
      (e: unknown) => e instanceof GongkaiError && e.code === 'corrupt',
      `byte ${b}`,
    );
  }
});
