/**
 * OFD adapter (GB/T 33190-2016, the national fixed-layout format some government sites publish in besides PDF). The
 * package is a ZIP: OFD.xml names the document (DocRoot), the document lists its pages, and each page's Content.xml
 * places text and paths in millimetres (page.ts). The pages then go through the PDF layout, which rebuilds
 * paragraphs and ruled tables from exactly such positioned text and lines.
 */
import { posix } from 'node:path';
import { GongkaiError } from '../../errors.js';
import type { Document, IngestNote } from '../document.js';
import type { ZipArchive } from '../docx/zip.js';
import { parseXmlPart, textOf, type XmlElement } from '../docx/xml.js';
import { layoutPages } from '../pdf/layout.js';
import type { PageContent } from '../pdf/read-pages.js';
import { A4_BOX, childNamed, childrenNamed, physicalBox, readPageContent } from './page.js';

/** Pages after this one are not read, as for a PDF. */
export const MAX_OFD_PAGES = 200;

/** True when the package is an OFD file: its entry point, OFD.xml, sits at the root. */
export function isOfdPackage(zip: ZipArchive): boolean {
  return zip.entries.has('OFD.xml');
}

/** Reads the first document of an OFD package into a Document; bad input throws a GongkaiError naming the problem. */
export function ingestOfd(zip: ZipArchive, bytes: Uint8Array, file: string | null): Document {
  const corrupt = (detail: string): never => {
    throw new GongkaiError('corrupt', `OFD 文件已损坏或不完整（${detail}），请重新下载`, file);
  };
  const read = (part: string): XmlElement | null => {
    const data = zip.read(part);
    return data ? parseXmlPart(data, part, file) : null;
  };
  const body = childNamed(read('OFD.xml') ?? corrupt('缺少 OFD.xml'), 'DocBody') ?? corrupt('OFD.xml 中没有 DocBody');
  if (childNamed(body, 'Encryptions')) {
    throw new GongkaiError('encrypted', 'OFD 文件已加密，无法读取；请先解除加密后再导入', file);
  }
  const rootElement = childNamed(body, 'DocRoot');
  const rootPart = rootElement ? resolve('', textOf(rootElement)) : corrupt('OFD.xml 中没有 DocRoot');
  const documentElement = read(rootPart) ?? corrupt(`缺少文档描述 ${rootPart}`);
  const pageList = childrenNamed(childNamed(documentElement, 'Pages') ?? corrupt(`${rootPart} 中没有 Pages`), 'Page');
  const defaultBox = physicalBox(childNamed(childNamed(documentElement, 'CommonData'), 'PageArea')) ?? A4_BOX;

  const pages: PageContent[] = [];
  const notes: IngestNote[] = [];
  for (const entry of pageList.slice(0, MAX_OFD_PAGES)) {
    const number = pages.length + 1;
    const location = entry.attrs.BaseLoc;
    const part = location ? resolve(rootPart, location) : corrupt(`第 ${number} 页没有 BaseLoc`);
    const page = read(part) ?? corrupt(`缺少第 ${number} 页的内容 ${part}`);
    const size = physicalBox(childNamed(page, 'Area')) ?? defaultBox;
    const content = readPageContent(page, number, size);
    if (content.runs.length === 0) {
      notes.push({ code: 'page-without-text', message: `第 ${number} 页没有文字（可能是扫描图片），该页内容未读取`, loc: { page: number } });
    }
    pages.push(content);
  }
  if (pageList.length > pages.length) {
    notes.push({ code: 'pages-truncated', message: `OFD 共 ${pageList.length} 页，只读取了前 ${pages.length} 页` });
  }
  const blocks = layoutPages(pages);
  if (blocks.length === 0) {
    throw new GongkaiError('needs-ocr', '无法读取文字：该 OFD 文件没有文字层（可能是扫描件），需要先进行 OCR 文字识别后再导入', file);
  }
  const document: Document = { source: { file, format: 'ofd', bytes: bytes.length }, blocks };
  if (notes.length > 0) document.notes = notes;
  return document;
}

/**
 * A location in the package as a part name: `/Doc_0/…` from the package root, anything else from the folder of the
 * part that names it. Some producers write Windows separators.
 */
function resolve(fromPart: string, location: string): string {
  const path = location.trim().replace(/\\/g, '/');
  if (path.startsWith('/')) return posix.normalize(path).slice(1);
  return posix.normalize(posix.join(posix.dirname(fromPart || 'OFD.xml'), path));
}
