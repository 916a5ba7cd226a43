/** PDF adapter: the text layer with positions, rebuilt into paragraphs and tables. */
import { GongkaiError } from '../../errors.js';
import type { Document } from '../document.js';

export async function ingestPdf(_bytes: Uint8Array, file: string | null): Promise<Document> {
  throw new GongkaiError('unsupported-type', 'PDF 输入尚未实现', file);
}
