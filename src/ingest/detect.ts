/** File type from the content's first bytes, never from the extension: sites serve .doc files that are HTML. */

export type DetectedType = 'pdf' | 'zip' | 'odt' | 'ole' | 'rtf' | 'html' | 'text' | 'binary' | 'empty';

export function detectType(bytes: Uint8Array): DetectedType {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return isOpenDocumentText(bytes) ? 'odt' : 'zip';
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'; // .doc .wps .et .xls
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf'; // {\rtf
  const head = asciiHead(bytes, 2048);
  if (/^\s*(<!doctype\s+html|<html|<head|<body|<meta|<table|<div|<p[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return 'html';
  if (/<(html|body|table|p|div)[\s>]/i.test(head) && /<\/(p|div|td|table|body|html)>/i.test(head)) return 'html';
  if (looksBinary(bytes)) return 'binary';
  return 'text';
}

const ODF_TEXT = 'application/vnd.oasis.opendocument.text';

/**
 * An OpenDocument text (.odt, and WPS or LibreOffice's own saves): ODF puts an uncompressed `mimetype` entry first
 * in the zip, so its media type can be read at a fixed place in the first local file header.
 */
function isOpenDocumentText(bytes: Uint8Array): boolean {
  if (bytes.length < 30) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const name = Buffer.from(bytes.subarray(30, 30 + nameLength)).toString('latin1');
  const dataStart = 30 + nameLength + extraLength;
  const media = Buffer.from(bytes.subarray(dataStart, dataStart + ODF_TEXT.length)).toString('latin1');
  return name === 'mimetype' && media === ODF_TEXT;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The first bytes with non-ASCII dropped and a UTF-16 BOM'd head folded to ASCII, enough to spot markup. */
function asciiHead(bytes: Uint8Array, length: number): string {
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  let out = '';
  for (let i = 0; i < Math.min(bytes.length, length); i++) {
    const b = bytes[i] ?? 0;
    if (isUtf16 && b === 0) continue;
    if (b < 0x80 && b !== 0) out += String.fromCharCode(b);
  }
  return out.replace(/^\uFEFF/, '');
}

/** Control bytes other than tab, newline, carriage return, form feed and escape mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let zero = 0;
  let control = 0;
  for (const b of sample) {
    if (b === 0) zero++;
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  // UTF-16 text has many zeros but in a regular pattern; decodeText handles it, so only count it binary if the
  // zeros are neither on mostly-even nor mostly-odd positions.
  if (zero > 0 && !looksUtf16(sample)) return true;
  return control > sample.length * 0.05;
}

function looksUtf16(sample: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  return (even === 0 && odd > 0) || (odd === 0 && even > 0) || (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
}
