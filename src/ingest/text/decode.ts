/** Turns the bytes of a text file into a string: BOM, then strict UTF-8, then UTF-16 by its zero bytes, then GB18030. */

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), 'utf-16be');
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decode(bytes, utf16);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    if (fewBroken(lenient)) return { text: lenient, encoding: 'utf-8' };
    // GB18030 is a superset of GBK and GB2312, so it reads all three.
    return decode(bytes, 'gb18030');
  }
}

/**
 * UTF-8 with a few characters cut in the middle (html2text 1.3 truncates table cells by bytes, leaving half a
 * character): read as UTF-8, each broken character a U+FFFD, rather than as GB18030, which would garble all of it.
 * GBK read as UTF-8 breaks at nearly every Chinese character; this allows one broken in four non-ASCII characters
 * (html2text breaks about one in nine).
 */
function fewBroken(text: string): boolean {
  let nonAscii = 0;
  let broken = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    if (code === 0xfffd) broken++;
  }
  return nonAscii >= 20 && broken * 4 < nonAscii;
}

function decode(bytes: Uint8Array, encoding: Decoded['encoding']): Decoded {
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** UTF-16 without a BOM: ASCII characters leave a zero byte on one side; CJK text rarely does on both. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.2 && zeroEven < pairs * 0.02) return 'utf-16le';
  if (zeroEven > pairs * 0.2 && zeroOdd < pairs * 0.02) return 'utf-16be';
  return null;
}
