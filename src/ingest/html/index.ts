/** HTML adapter: whole saved pages, CMS fragments and Word-exported HTML. */
import { GongkaiError } from '../../errors.js';
import type { Document } from '../document.js';

export async function ingestHtml(_bytes: Uint8Array, file: string | null): Promise<Document> {
  throw new GongkaiError('unsupported-type', 'HTML 输入尚未实现', file);
}
