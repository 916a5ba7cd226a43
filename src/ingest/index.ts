/** Ingest: bytes of any supported file → Document. The type is detected from content (see detect.ts). */
import { readFile, stat } from 'node:fs/promises';
import { GongkaiError } from '../errors.js';
import { detectType } from './detect.js';
import type { Document } from './document.js';
import { ingestDocx } from './docx/index.js';
import { openZip } from './docx/zip.js';
import { ingestHtml } from './html/index.js';
import { ingestLegacy, ingestOtherText } from './legacy/index.js';
import { ingestOfd, isOfdPackage } from './ofd/index.js';
import { ingestPdf } from './pdf/index.js';
import { ingestText } from './text/index.js';

export type { Document } from './document.js';
export { detectType } from './detect.js';
export { textToDocument } from './text/index.js';

export interface IngestOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export async function ingestFile(path: string, options: IngestOptions = {}): Promise<Document> {
  return ingestBytes(await readFileBytes(path, options.maxBytes), path, options);
}

/** The bytes of a file the user named, refused with a clear error when missing, not a file, or over the limit. */
export async function readFileBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new GongkaiError('unreadable', '不是普通文件', path);
    size = info.size;
  } catch (error) {
    if (error instanceof GongkaiError) throw error;
    throw new GongkaiError('not-found', '文件不存在或无法访问', path);
  }
  if (size > maxBytes) {
    throw new GongkaiError('too-large', `文件过大（${formatMiB(size)}，上限 ${formatMiB(maxBytes)}）`, path);
  }
  return new Uint8Array(await readFile(path));
}

export async function ingestBytes(bytes: Uint8Array, file: string | null, options: IngestOptions = {}): Promise<Document> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new GongkaiError('too-large', `文件过大（${formatMiB(bytes.length)}，上限 ${formatMiB(maxBytes)}）`, file);
  }
  const type = detectType(bytes);
  switch (type) {
    case 'empty':
      throw new GongkaiError('empty', '文件为空', file);
    case 'pdf':
      return ingestPdf(bytes, file);
    case 'zip':
      return ingestPackage(bytes, file);
    case 'ole':
      return ingestLegacy(bytes, file);
    case 'rtf':
    case 'odt':
      return ingestOtherText(bytes, file, type);
    case 'html':
      return ingestHtml(bytes, file);
    case 'text':
      return ingestText(bytes, file);
    case 'binary':
      throw new GongkaiError('unsupported-type', '无法识别的二进制文件，不是文本、HTML、DOCX、PDF 或 OFD', file);
  }
}

/** A ZIP package: an OFD file when OFD.xml is at its root, else read as a Word document (which names what else it is). */
function ingestPackage(bytes: Uint8Array, file: string | null): Promise<Document> | Document {
  const zip = openZip(bytes, file);
  return isOfdPackage(zip) ? ingestOfd(zip, bytes, file) : ingestDocx(bytes, file, zip);
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
