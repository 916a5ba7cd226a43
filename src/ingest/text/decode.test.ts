import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText } from './decode.js';

const report = '一、总体情况\n本年度共收到政府信息公开申请18件。\n规章 0 0 0\n行政规范性文件 2 1 14\n';

test('UTF-8 with a character cut in half (html2text truncates cells by bytes) is still read as UTF-8', () => {
  const bytes = new TextEncoder().encode(report);
  // Drop the last byte of 信 (3 bytes): one broken character among dozens.
  const at = report.indexOf('信');
  const prefix = new TextEncoder().encode(report.slice(0, at)).length;
  const damaged = new Uint8Array([...bytes.subarray(0, prefix + 2), ...bytes.subarray(prefix + 3)]);
  const decoded = decodeText(damaged);
  assert.equal(decoded.encoding, 'utf-8');
  assert.ok(decoded.text.includes('一、总体情况'));
  assert.ok(decoded.text.includes('\ufffd'));
});

test('GBK text, which breaks as UTF-8 at nearly every character, is still read as GB18030', () => {
  // 一、总体情况 and 规章 in GBK.
  const gbk = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6, 0x0a, 0xb9, 0xe6, 0xd5, 0xc2]);
  const many = new Uint8Array(Array.from({ length: 10 }, () => [...gbk, 0x0a]).flat());
  const decoded = decodeText(many);
  assert.equal(decoded.encoding, 'gb18030');
  assert.ok(decoded.text.startsWith('一、总体情况\n规章'));
});
