/** DOCX adapter: reads the OOXML package directly. */
import { GongkaiError } from '../../errors.js';
import type { Document } from '../document.js';

export async function ingestDocx(_bytes: Uint8Array, file: string | null): Promise<Document> {
  throw new GongkaiError('unsupported-type', 'DOCX 输入尚未实现', file);
}
