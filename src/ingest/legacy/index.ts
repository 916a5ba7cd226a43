/** Legacy binary office files (.doc, .wps, .et) through LibreOffice, when it is installed. */
import { GongkaiError } from '../../errors.js';
import type { Document } from '../document.js';

export async function ingestLegacy(_bytes: Uint8Array, file: string | null): Promise<Document> {
  throw new GongkaiError('needs-libreoffice', '旧版 Office 文件需要安装 LibreOffice（soffice）后才能读取', file);
}
