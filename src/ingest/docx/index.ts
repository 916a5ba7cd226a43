/**
 * DOCX adapter: reads the OOXML package directly. The ZIP is opened with every size claim checked before anything is
 * inflated (zip.ts); the main document part is found through the package relationships; styles and numbering give
 * headings and computed list labels; the body is read in document order (body.ts). Headers, footers, footnotes and
 * comments are not part of the report's text and are not read.
 */
import { posix } from 'node:path';
import { GongkaiError } from '../../errors.js';
import type { Document, IngestNote } from '../document.js';
import { BODY_VOCABULARY, readBody } from './body.js';
import { Numbering, NUMBERING_VOCABULARY } from './numbering.js';
import { StyleSheet, STYLES_VOCABULARY } from './styles.js';
import { openZip, type ZipArchive } from './zip.js';
import { child, childElements, parseXmlPart, type PartVocabulary, type XmlElement } from './xml.js';

const DEFAULT_MAIN_PART = 'word/document.xml';
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_STYLES = /\/styles$/;
const REL_NUMBERING = /\/numbering$/;

/**
 * Reads a .docx (or .docm/.dotx) file into a Document; bad input throws a GongkaiError naming the problem. A caller
 * that has opened the package already (to tell an OFD from a Word file) hands it over rather than have it read twice.
 */
export async function ingestDocx(bytes: Uint8Array, file: string | null, opened?: ZipArchive): Promise<Document> {
  try {
    const zip = opened ?? openZip(bytes, file);
    const mainPart = findMainPart(zip, file);
    // Each part is built only as far as its reader looks (the vocabularies), and checked whole.
    const read = (part: string, vocabulary: PartVocabulary): XmlElement | null => {
      const data = zip.read(part);
      return data ? parseXmlPart(data, part, file, vocabulary) : null;
    };
    const main = read(mainPart, BODY_VOCABULARY);
    const body = main ? child(main, 'w:body') : undefined;
    if (!body) throw new GongkaiError('corrupt', `Word 文档的 ${mainPart} 中没有正文（w:body），文件可能已损坏`, file);
    const related = relationships(zip, mainPart, file);
    const notes: IngestNote[] = [];
    // Styles and numbering only add headings and list labels: when one is damaged the text is still worth reading.
    const readSupport = (pattern: RegExp, vocabulary: PartVocabulary): XmlElement | null => {
      const part = targetOf(related, pattern);
      if (!part) return null;
      try {
        return read(part, vocabulary);
      } catch (error) {
        if (!(error instanceof GongkaiError)) throw error;
        notes.push({ code: 'docx-part-unreadable', message: `${error.message}；已忽略该部分，标题级别和自动编号可能缺失` });
        return null;
      }
    };
    const styles = new StyleSheet(readSupport(REL_STYLES, STYLES_VOCABULARY));
    const numbering = new Numbering(readSupport(REL_NUMBERING, NUMBERING_VOCABULARY));
    const result = readBody(body, { part: mainPart, styles, numbering });
    notes.push(...result.notes);
    const document: Document = { source: { file, format: 'docx', bytes: bytes.length }, blocks: result.blocks };
    if (notes.length) document.notes = notes;
    return document;
  } catch (error) {
    if (error instanceof GongkaiError) throw error;
    // Whatever else a malformed package trips over, the user gets one line, not a stack trace.
    const detail = error instanceof Error ? error.message : String(error);
    throw new GongkaiError('corrupt', `无法读取 Word 文档（${detail}），文件可能已损坏`, file);
  }
}

interface Relationship {
  type: string;
  /** As written: relative to `base`, or package-absolute with a leading slash. */
  target: string;
  /** The folder of the part the relationship belongs to. */
  base: string;
}

/**
 * The part name (package-absolute, without the leading slash) the first relationship of a type points to. Only that
 * one target is resolved: a package relates its document to a dozen parts, and the reader follows two.
 */
function targetOf(related: Relationship[], type: RegExp): string | undefined {
  const rel = related.find((r) => type.test(r.type));
  if (!rel) return undefined;
  const resolved = rel.target.startsWith('/') ? posix.normalize(rel.target) : posix.join('/', rel.base, rel.target);
  return resolved.slice(1);
}

/** The part the package relationships name as the office document, checked to be a Word document. */
function findMainPart(zip: ZipArchive, file: string | null): string {
  const target = targetOf(relationships(zip, '', file), REL_OFFICE_DOCUMENT);
  const mainPart = target && zip.entries.has(target) ? target : DEFAULT_MAIN_PART;
  if (zip.entries.has(mainPart) && !/^(xl|ppt)\//.test(mainPart)) return mainPart;
  throw new GongkaiError('unsupported-type', `${describeZip(zip, target)}，不是 Word 文档（DOCX）`, file);
}

/** What a ZIP without a Word document is, so the message tells the user what they actually have. */
function describeZip(zip: ZipArchive, target: string | undefined): string {
  const has = (name: string): boolean => zip.entries.has(name);
  if (target?.startsWith('xl/') || has('xl/workbook.xml')) return '这是 Excel 工作簿（XLSX）';
  if (target?.startsWith('ppt/') || has('ppt/presentation.xml')) return '这是 PowerPoint 演示文稿（PPTX）';
  // Read by the OFD adapter when it comes through ingestBytes; here only when a caller hands it to this one.
  if (has('OFD.xml')) return '这是 OFD 版式文件';
  if (has('mimetype') && has('content.xml')) return '这是 OpenDocument 文件（ODT 等），请另存为 DOCX 后再试';
  return `这是 ZIP 压缩包，其中没有 ${DEFAULT_MAIN_PART}`;
}

/** Relationships of a part (`''` for the package itself) to other parts of the package. */
function relationships(zip: ZipArchive, part: string, file: string | null): Relationship[] {
  const base = part ? posix.dirname(part) : '.';
  const relsPart = posix.join(base, '_rels', `${posix.basename(part)}.rels`);
  const data = zip.read(relsPart);
  if (!data) return [];
  const root = parseXmlPart(data, relsPart, file);
  const out: Relationship[] = [];
  for (const rel of childElements(root, 'Relationship')) {
    const { Type: type, Target: target, TargetMode: mode } = rel.attrs;
    if (!type || !target || mode === 'External') continue;
    out.push({ type, target, base });
  }
  return out;
}
