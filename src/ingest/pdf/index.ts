/**
 * PDF adapter: the text layer with positions, rebuilt into paragraphs and tables (see layout.ts). pdf.js runs in a
 * worker thread, reused from file to file (reader.ts), with a page cap, a heap cap and a time limit, so no PDF can hang
 * the process or exhaust its memory.
 */
import { GongkaiError } from '../../errors.js';
import type { Document, IngestNote } from '../document.js';
import { layoutPages } from './layout.js';
import { readInWorker, type ReaderOutcome } from './reader.js';

export interface PdfOptions {
  /** Pages after this one are ignored (with a note). Default 200. */
  maxPages?: number;
  /** Time allowed for reading the whole file once the reader thread takes it, in milliseconds. Default 60 000. */
  timeoutMs?: number;
}

export const PDF_DEFAULTS = { maxPages: 200, timeoutMs: 60_000 } as const;

/** Reads a PDF into a Document. Throws GongkaiError `needs-ocr`, `encrypted`, `corrupt` or `too-large`. */
export async function ingestPdf(bytes: Uint8Array, file: string | null, options: PdfOptions = {}): Promise<Document> {
  const maxPages = options.maxPages ?? PDF_DEFAULTS.maxPages;
  const timeoutMs = options.timeoutMs ?? PDF_DEFAULTS.timeoutMs;
  if (!hasEndMarker(bytes)) {
    throw new GongkaiError('corrupt', 'PDF 文件不完整：缺少文件结束标记 %%EOF，可能下载中断或文件被截断，请重新获取原文件', file);
  }
  const outcome = await readInWorker(bytes, maxPages, timeoutMs);
  if (!outcome.ok) throw readerError(outcome, file, timeoutMs);
  const { pages, pageCount } = outcome.content;
  const blocks = layoutPages(pages);
  if (blocks.length === 0) {
    throw new GongkaiError('needs-ocr', '无法读取文字：该 PDF 没有文本层（可能是扫描件），需要先进行 OCR 文字识别后再导入', file);
  }
  const notes: IngestNote[] = [];
  for (const page of pages) {
    if (page.runs.length === 0) {
      notes.push({ code: 'page-without-text', message: `第 ${page.number} 页没有文本层（可能是扫描图片），该页内容未读取`, loc: { page: page.number } });
    }
  }
  if (pageCount > pages.length) {
    notes.push({ code: 'pages-truncated', message: `PDF 共 ${pageCount} 页，只读取了前 ${pages.length} 页` });
  }
  const document: Document = { source: { file, format: 'pdf', bytes: bytes.length }, blocks };
  if (notes.length > 0) document.notes = notes;
  return document;
}

/**
 * A complete PDF ends with `%%EOF` (possibly followed by a line break or padding); a file cut off in transfer does
 * not. pdf.js would often still recover the first pages, which would hand a report with missing tables onwards.
 */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 4096))).toString('latin1');
  return tail.includes('%%EOF');
}

function readerError(outcome: Extract<ReaderOutcome, { ok: false }>, file: string | null, timeoutMs: number): GongkaiError {
  const { name, message } = outcome.failure;
  switch (name) {
    case 'PasswordException':
      return new GongkaiError('encrypted', 'PDF 文件设有打开密码（已加密），无法读取；请先解除密码保护后再导入', file);
    case 'Timeout':
      return new GongkaiError('too-large', `读取 PDF 超时（超过 ${Math.round(timeoutMs / 1000)} 秒），文件可能过大或结构异常`, file);
    case 'OutOfMemory':
      return new GongkaiError('too-large', '读取 PDF 时内存不足，文件过大或结构异常', file);
    case 'InvalidPDFException':
      return new GongkaiError('corrupt', 'PDF 文件结构无效或已损坏，无法读取', file);
    default:
      return new GongkaiError('corrupt', `PDF 文件已损坏，无法读取（${message}）`, file);
  }
}
