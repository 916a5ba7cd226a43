/**
 * Bytes of a saved page → text. The charset comes from a BOM, then from `<meta charset>` or
 * `<meta http-equiv content="…charset=…">`, then from the bytes (strict UTF-8, else GB18030). Declarations that
 * contradict the bytes are common on old sites (a page re-saved as UTF-8 keeps its gb2312 meta), so a declaration
 * is checked against the bytes before it is believed.
 */
import { GongkaiError } from '../../errors.js';
import type { IngestNote } from '../document.js';

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used: utf-8, gb18030, utf-16le, utf-16be, big5, … */
  encoding: string;
  notes: IngestNote[];
}

/** How far into the file a charset declaration is looked for; Word puts long style sheets before the body. */
const PRESCAN_BYTES = 64 * 1024;

const GB_FAMILY = new Set([
  'gb2312',
  'gbk',
  'gb18030',
  'x-gbk',
  'cp936',
  'ms936',
  'windows-936',
  'gb_2312',
  'gb_2312-80',
  'csgb2312',
  'csgb231280',
  'chinese',
  'iso-ir-58',
  'euc-cn',
]);

/** Decodes a page, or throws GongkaiError `corrupt` for binary data and for bytes no encoding reads cleanly. */
export function decodeHtml(bytes: Uint8Array, file: string | null): DecodedHtml {
  const decoded = decodeBytes(bytes, file);
  rejectUndecodable(decoded, file);
  return decoded;
}

function decodeBytes(bytes: Uint8Array, file: string | null): DecodedHtml {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return plain(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return plain(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return plain(bytes.subarray(2), 'utf-16be');
  rejectBinary(bytes, file);

  const declared = declaredCharset(bytes);
  const utf8 = strictUtf8(bytes);
  const notes: IngestNote[] = [];
  let result: DecodedHtml;
  if (declared === null) {
    result = utf8 !== null ? { text: utf8, encoding: 'utf-8', notes } : plain(bytes, 'gb18030');
  } else if (declared.encoding === 'utf-8') {
    if (utf8 !== null) result = { text: utf8, encoding: 'utf-8', notes };
    else {
      result = plain(bytes, 'gb18030');
      notes.push(mismatch(declared.label, 'GB18030'));
    }
  } else if (utf8 !== null && hasNonAscii(bytes)) {
    // Legacy multi-byte text is practically never valid UTF-8 by accident, so valid UTF-8 wins over the label.
    result = { text: utf8, encoding: 'utf-8', notes };
    notes.push(mismatch(declared.label, 'UTF-8'));
  } else if (isSingleByteLatin(declared.encoding) && hasNonAscii(bytes)) {
    // Chinese pages mislabelled iso-8859-1 or windows-1252 by a server default are GBK underneath.
    result = plain(bytes, 'gb18030');
    notes.push(mismatch(declared.label, 'GB18030'));
  } else {
    result = plain(bytes, declared.encoding);
  }
  result.notes = notes;
  return result;
}

function plain(bytes: Uint8Array, encoding: string): DecodedHtml {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, notes: [] };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

function isSingleByteLatin(encoding: string): boolean {
  return encoding === 'windows-1252' || encoding.startsWith('iso-8859-');
}

function mismatch(label: string, used: string): IngestNote {
  return {
    code: 'charset-mismatch',
    message: `页面声明的字符编码为 ${label}，但内容不符，已按 ${used} 解码`,
  };
}

/** The first charset declared in a `<meta>` or the XML declaration, mapped to a decoder TextDecoder knows. */
function declaredCharset(bytes: Uint8Array): { label: string; encoding: string } | null {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const match =
    /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head) ??
    /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([a-z0-9_:.-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (!label) return null;
  if (GB_FAMILY.has(label)) return { label, encoding: 'gb18030' };
  // The HTML standard reads a utf-16 meta as utf-8: without a BOM the bytes cannot be UTF-16 text with ASCII tags.
  if (label.startsWith('utf-16') || label === 'utf8' || label === 'utf-8') return { label, encoding: 'utf-8' };
  try {
    return { label, encoding: new TextDecoder(label).encoding };
  } catch {
    return null;
  }
}

/** One character per byte (ISO-8859-1), so the regexes see the ASCII of the tags whatever the real encoding. */
function latin1(bytes: Uint8Array): string {
  // Buffer's native latin1 decoding: building the string from char codes in JS took a tenth of the HTML ingest.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

/** Control bytes other than tab, line feed, form feed, carriage return and escape do not occur in a real page. */
function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

const CONTROL_BYTES = Array.from({ length: 0x20 }, (_, b) => b).filter(isControl);

/** Many control bytes mean binary data, not a page. */
function rejectBinary(bytes: Uint8Array, file: string | null): void {
  const sample = bytes.subarray(0, PRESCAN_BYTES);
  // A real page holds none: Buffer's native search for each control byte settles that five times faster than a
  // loop over every byte, which is left for the rare page that holds one.
  const view = Buffer.from(sample.buffer, sample.byteOffset, sample.length);
  if (!CONTROL_BYTES.some((b) => view.includes(b))) return;
  let control = 0;
  for (let i = 0; i < sample.length; i++) if (isControl(sample[i] as number)) control++;
  if (control > Math.max(8, sample.length * 0.01)) {
    throw new GongkaiError('corrupt', '文件不是有效的 HTML：内容含有大量二进制数据，可能已损坏或并非网页', file);
  }
}

/** Many replacement characters mean the bytes are in no encoding we know: the result would be garbage. */
function rejectUndecodable(decoded: DecodedHtml, file: string | null): void {
  let bad = 0;
  let wide = 0;
  const { text } = decoded;
  // Almost every page has no replacement character at all: one native search settles it.
  if (!text.includes('\ufffd')) return;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    if (c >= 0x80) wide++;
  }
  if (bad >= 16 && bad > wide * 0.05) {
    throw new GongkaiError('corrupt', `无法按 ${decoded.encoding} 解码该 HTML 文件：乱码过多，文件可能已损坏`, file);
  }
}
