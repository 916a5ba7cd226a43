/**
 * Two changes to pdf.js's worker code, made to its source text when the reader thread loads it. Both skip work that
 * only rendering needs: the reader never draws a page, it takes the text content and the page's ruling lines.
 *
 * 1. Type 3 fonts are loaded without turning their glyph programs into operator lists. A Type 3 glyph is a small
 *    content stream that draws the glyph, and pdf.js parses every one of them when it loads the font. Chromium
 *    prints CJK text with Type 3 fonts (140 subset fonts and 550 glyph programs in a four-page report), and parsing
 *    them was a third of the time spent reading such a file. Text content takes each glyph's code, Unicode value and
 *    width from the font dictionary. The one thing pdf.js takes from the glyph programs for text is a substitute font
 *    box, when the font declares none (FontBBox all zeros) or when a glyph's box is ten times larger than the declared
 *    one, so fonts without a FontBBox are still loaded in full. A font whose glyphs break its own declared FontBBox
 *    tenfold breaks PDF 32000-1 §9.6.5 ("if any element is nonzero, the font bounding box shall be accurate"); the
 *    item heights of its text then follow the declared box instead of pdf.js's guess.
 *
 * 2. Operator lists leave out the operators that set fonts and show text. The reader asks for a page's operator list
 *    only for its ruling lines, and mapping every character to a glyph (and, for embedded fonts, compiling glyph
 *    outlines into paths) was a tenth of the time.
 *
 * If pdf.js changes: each anchor is matched exactly, once. A patch whose anchor is not found is not applied, and if
 * the patched code does not load, pdf.js is loaded unchanged; either way reading stays correct and only gets slower.
 * A test (worker-patch.test.ts) fails when a patch no longer applies, so that it is brought up to date.
 */

interface Patch {
  name: string;
  /** Source text after which `insert` goes, exactly as pdf.js 5 writes it. */
  anchor: string;
  /** Source text that must follow the anchor: it shows that the names the insertion uses mean what they meant. */
  followedBy: string;
  insert: string;
}

// The start of `TranslatedFont.loadType3Data`, up to the declared font box's size. The inserted code uses only names
// declared in the anchor and the private field the method caches its result in. Every glyph gets the empty operator
// list pdf.js itself gives a glyph it cannot read, so a renderer would draw nothing rather than fail.
const TYPE3_GLYPHS: Patch = {
  name: 'type3-glyphs',
  anchor: `    const charProcs = this.dict.get("CharProcs");
    const fontResources = this.dict.get("Resources") || resources;
    const charProcOperatorList = Object.create(null);
    const [x0, y0, x1, y1] = font.bbox,
      width = x1 - x0,
      height = y1 - y0;
    const fontBBoxSize = Math.hypot(width, height);
`,
  followedBy: `    for (const key of charProcs.getKeys()) {
`,
  insert: `    if (fontBBoxSize > 0) {
      for (const key of charProcs.getKeys()) {
        charProcOperatorList[key] = { fnArray: [], argsArray: [], length: 0 };
      }
      font.charProcOperatorList = charProcOperatorList;
      this.#type3Loaded = Promise.resolve();
      return this.#type3Loaded;
    }
`,
};

// The head of the operator loop in `PartialEvaluator.getOperatorList` (getTextContent has its own loop).
const TEXT_OPERATORS: Patch = {
  name: 'text-operators',
  anchor: `      let stop, i, ii, cs, name, isValidName;
      while (!(stop = timeSlotManager.check())) {
        operation.args = null;
        if (!preprocessor.read(operation)) {
          break;
        }
        let args = operation.args;
        let fn = operation.fn;
`,
  followedBy: `        switch (fn | 0) {
          case OPS.paintXObject:
`,
  insert: `        if (fn === OPS.setFont || fn === OPS.showText || fn === OPS.showSpacedText || fn === OPS.nextLineShowText || fn === OPS.nextLineSetSpacingShowText) {
          continue;
        }
`,
};

const PATCHES: readonly Patch[] = [TYPE3_GLYPHS, TEXT_OPERATORS];

/** The worker source with every patch whose anchor it holds exactly once, and the names of the patches applied. */
export function patchWorkerSource(source: string): { source: string; applied: string[] } {
  let patched = source;
  const applied: string[] = [];
  for (const patch of PATCHES) {
    const at = patched.indexOf(patch.anchor);
    if (at < 0 || patched.indexOf(patch.anchor, at + 1) >= 0) continue;
    const end = at + patch.anchor.length;
    if (!patched.startsWith(patch.followedBy, end)) continue;
    patched = patched.slice(0, end) + patch.insert + patched.slice(end);
    applied.push(patch.name);
  }
  return { source: patched, applied };
}

/** Every patch there is, by name. */
export const WORKER_PATCHES: readonly string[] = PATCHES.map((patch) => patch.name);
