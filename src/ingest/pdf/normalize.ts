/**
 * Text of a PDF's text layer made comparable: radicals and compatibility ideographs back to the ideographs printed
 * (src/format/ideographs.ts), invisible characters dropped and fixed-width spaces made plain.
 */
import { unifyIdeographs } from '../../format/ideographs.js';

/** Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, and they break label matching. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** No-break, ideographic and other fixed-width spaces become plain spaces. */
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** One text run from a PDF, with radicals, compatibility ideographs and invisible characters normalised. */
export function normalizePdfText(text: string): string {
  return unifyIdeographs(text.replace(INVISIBLE, '').replace(ODD_SPACE, ' '));
}
