/**
 * Byte-stable Office files: the docx and exceljs libraries stamp the zip entries and the document properties with
 * the current time, so the same report would give a different file every run. This rewrites both with one date.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** The date written when a report has no 落款 date; zip times cannot go before 1980. */
const FALLBACK = '2000-01-01';

/** The same package with every timestamp set to `date` (YYYY-MM-DD, e.g. the report's 落款 date). */
export function stableOoxml(bytes: Uint8Array, date: string | null): Uint8Array {
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= '1980-01-02' ? date : FALLBACK;
  const stamp = `${day}T00:00:00Z`;
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = strFromU8(core).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, `$1${stamp}`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  return zipSync(files, { mtime: new Date(stamp), level: 6 });
}
