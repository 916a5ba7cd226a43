/**
 * Legacy binary office files (.doc, .wps, .et, .xls: OLE compound files), RTF and OpenDocument text through
 * LibreOffice, when it is installed:
 * `soffice --headless --convert-to` in a private temporary directory and profile, then the DOCX adapter (text
 * documents) or the HTML adapter (spreadsheets) reads the result. The Document keeps `format: 'legacy'`.
 */
import { GongkaiError } from '../../errors.js';
import type { Document } from '../document.js';
import { ingestDocx } from '../docx/index.js';
import { ingestHtml } from '../html/index.js';
import { convertWithSoffice, findSoffice } from './soffice.js';

export interface LegacyOptions {
  /** Directories searched for `soffice`, in PATH syntax. Default: the PATH environment variable. */
  searchPath?: string;
  /** Time allowed for the conversion, in milliseconds. Default 120 000. */
  timeoutMs?: number;
}

export const LEGACY_TIMEOUT_MS = 120_000;

/** Reads a legacy office file. Throws GongkaiError `needs-libreoffice` when LibreOffice is not installed. */
export async function ingestLegacy(bytes: Uint8Array, file: string | null, options: LegacyOptions = {}): Promise<Document> {
  const kind = oleKind(bytes);
  if (kind === 'unknown') {
    throw new GongkaiError(
      'corrupt',
      '无法识别的旧版 Office 文件：不是有效的 Word/WPS 文档或表格（文件可能已损坏、被截断，或是演示文稿等其他类型）',
      file,
    );
  }
  const soffice = requireSoffice('旧版 Office/WPS 文件（.doc、.wps、.et 等）', file, options);
  const spreadsheet = kind === 'spreadsheet';
  const converted = await convertWithSoffice(soffice, bytes, {
    inputExtension: spreadsheet ? 'xls' : 'doc',
    target: spreadsheet ? 'html' : 'docx',
    timeoutMs: options.timeoutMs ?? LEGACY_TIMEOUT_MS,
    file,
  });
  const document = spreadsheet ? await ingestHtml(converted, file) : await ingestDocx(converted, file);
  return { ...document, source: { file, format: 'legacy', bytes: bytes.length } };
}

const OTHER_TEXT_FORMATS = { rtf: 'RTF 文档（.rtf）', odt: 'OpenDocument 文本（.odt）' } as const;

/** RTF and OpenDocument text, which LibreOffice opens directly: converted to DOCX and read like a .doc. */
export async function ingestOtherText(
  bytes: Uint8Array,
  file: string | null,
  kind: keyof typeof OTHER_TEXT_FORMATS,
  options: LegacyOptions = {},
): Promise<Document> {
  const soffice = requireSoffice(OTHER_TEXT_FORMATS[kind], file, options);
  const converted = await convertWithSoffice(soffice, bytes, {
    inputExtension: kind,
    target: 'docx',
    timeoutMs: options.timeoutMs ?? LEGACY_TIMEOUT_MS,
    file,
  });
  const document = await ingestDocx(converted, file);
  return { ...document, source: { file, format: 'legacy', bytes: bytes.length } };
}

/** The soffice to convert with, or needs-libreoffice naming what the file is and how to enable reading it. */
function requireSoffice(what: string, file: string | null, options: LegacyOptions): string {
  const soffice = findSoffice(options.searchPath ?? process.env.PATH ?? '');
  if (soffice) return soffice;
  throw new GongkaiError(
    'needs-libreoffice',
    `这是${what}，读取它需要安装 LibreOffice（soffice），例如 apt-get install libreoffice-writer；也可以先另存为 .docx 或 PDF 再导入`,
    file,
  );
}

/**
 * What an OLE compound file holds, from its header and the names in its directory (UTF-16LE): Word and WPS text
 * documents have a `WordDocument` stream, Excel and WPS spreadsheets a `Workbook` (or older `Book`) stream.
 * Anything else, or a damaged header, is `unknown`: LibreOffice would import such bytes as plain text and return
 * garbage instead of failing.
 */
export function oleKind(bytes: Uint8Array): 'text' | 'spreadsheet' | 'unknown' {
  if (!validHeader(bytes)) return 'unknown';
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (name: string) => data.includes(Buffer.from(`${name}\u0000`, 'utf16le'));
  if (has('WordDocument')) return 'text';
  if (has('Workbook') || has('Book')) return 'spreadsheet';
  return 'unknown';
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Compound File header: magic, little-endian byte order mark, 512- or 4096-byte sectors, and a first directory
 * sector that lies inside the file (a file cut short usually loses its directory, which writers put last).
 */
function validHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 1024 || !OLE_MAGIC.every((b, i) => bytes[i] === b)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const byteOrder = view.getUint16(0x1c, true);
  const sectorShift = view.getUint16(0x1e, true);
  if (byteOrder !== 0xfffe || (sectorShift !== 9 && sectorShift !== 12)) return false;
  const directoryStart = view.getUint32(0x30, true);
  return (directoryStart + 1) * 2 ** sectorShift + 128 <= bytes.length;
}
