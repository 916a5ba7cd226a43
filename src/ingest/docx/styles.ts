/**
 * Paragraph styles (word/styles.xml), read for the two things a report's structure hangs on: heading level and the
 * list a style attaches its paragraphs to.
 */
import { child, childElements, type PartVocabulary, type XmlElement } from './xml.js';

/** The elements of word/styles.xml the style sheet reads (see PartVocabulary); the rest is left unbuilt. */
export const STYLES_VOCABULARY: PartVocabulary = {
  read: new Set(['w:style', 'w:name', 'w:basedOn', 'w:pPr', 'w:outlineLvl', 'w:numPr', 'w:numId', 'w:ilvl']),
  searched: new Set(),
};

export interface NumberingRef {
  numId: string;
  /** Absent when a style names the list but not the level; the level is then found through `w:lvl/w:pStyle`. */
  ilvl?: number;
}

interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numbering?: NumberingRef;
}

/** Chinese Word names the built-in styles `heading 1`; WPS and localised templates write `标题 1`. */
const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;
/** `w:outlineLvl` 9 means body text. */
const BODY_TEXT_LEVEL = 9;
/** `basedOn` chains are short; a longer one is a cycle. */
const MAX_CHAIN = 32;

/**
 * The answer for a style id, worked out once: both questions are asked once per paragraph and answered from a handful
 * of styles. The memo holds null for "none", so one lookup tells a known none from an unasked id.
 */
function remembered<T>(
  memo: Map<string | undefined, T | null>,
  id: string | undefined,
  find: (id: string | undefined) => T | undefined,
): T | undefined {
  const known = memo.get(id);
  if (known !== undefined) return known ?? undefined;
  const answer = find(id);
  memo.set(id, answer ?? null);
  return answer;
}

export class StyleSheet {
  /** Paragraph style definitions by id; a report's body uses a handful of them, so each is read when first asked for. */
  private readonly definitions = new Map<string, XmlElement>();
  private readonly styles = new Map<string, StyleInfo>();
  private defaultParagraphStyle: string | undefined;
  /** Answers worked out so far, by style id; null where the answer is none (one lookup finds either). */
  private readonly headingLevels = new Map<string | undefined, number | null>();
  private readonly lists = new Map<string | undefined, NumberingRef | null>();

  constructor(root: XmlElement | null) {
    if (!root) return;
    for (const style of childElements(root, 'w:style')) {
      const id = style.attrs['w:styleId'];
      if (!id || (style.attrs['w:type'] ?? 'paragraph') !== 'paragraph') continue;
      this.definitions.set(id, style);
      if (style.attrs['w:default'] !== undefined && isOn(style.attrs['w:default'])) this.defaultParagraphStyle = id;
    }
  }

  /** Heading level 1–9 of a paragraph with this style (or the default style when none is named). */
  headingLevel(styleId: string | undefined): number | undefined {
    return remembered(this.headingLevels, this.resolveId(styleId), (id) => this.findHeadingLevel(id));
  }

  /** The list a paragraph style attaches its paragraphs to, through `basedOn` when the style itself names none. */
  numbering(styleId: string | undefined): NumberingRef | undefined {
    return remembered(this.lists, this.resolveId(styleId), (id) => this.findNumbering(id));
  }

  /** The style id a paragraph without `w:pStyle` has. */
  resolveId(styleId: string | undefined): string | undefined {
    return styleId ?? this.defaultParagraphStyle;
  }

  private findNumbering(id: string | undefined): NumberingRef | undefined {
    for (let style = this.first(id), i = 0; style && i < MAX_CHAIN; style = this.basedOn(style), i++) {
      if (style.numbering) return style.numbering;
    }
    return undefined;
  }

  private findHeadingLevel(id: string | undefined): number | undefined {
    for (let style = this.first(id), i = 0; style && i < MAX_CHAIN; style = this.basedOn(style), i++) {
      if (style.outlineLevel !== undefined) return headingFromOutline(style.outlineLevel);
      const named = HEADING_NAME.exec(style.name.trim());
      if (named?.[1]) return Number(named[1]);
    }
    return undefined;
  }

  /** The start of a `basedOn` chain (walked at most MAX_CHAIN long, as a longer one is a cycle). */
  private first(styleId: string | undefined): StyleInfo | undefined {
    const id = this.resolveId(styleId);
    return id === undefined ? undefined : this.info(id);
  }

  private basedOn(style: StyleInfo): StyleInfo | undefined {
    return style.basedOn === undefined ? undefined : this.info(style.basedOn);
  }

  /** What the style with this id says, read from its definition the first time it is asked for. */
  private info(id: string): StyleInfo | undefined {
    const known = this.styles.get(id);
    if (known) return known;
    const style = this.definitions.get(id);
    if (!style) return undefined;
    const pPr = child(style, 'w:pPr');
    const info: StyleInfo = { name: child(style, 'w:name')?.attrs['w:val'] ?? '' };
    const basedOn = child(style, 'w:basedOn')?.attrs['w:val'];
    if (basedOn) info.basedOn = basedOn;
    const outline = outlineLevelOf(pPr);
    if (outline !== undefined) info.outlineLevel = outline;
    const numbering = numberingOf(pPr);
    if (numbering) info.numbering = numbering;
    this.styles.set(id, info);
    return info;
  }
}

/** A paragraph's own `w:outlineLvl`, as a heading level; undefined when it has none, 0 for body text. */
export function outlineLevelOf(pPr: XmlElement | undefined): number | undefined {
  return outlineLevel(child(pPr, 'w:outlineLvl'));
}

/** The level a `w:outlineLvl` element states; undefined when there is none or it is out of range. */
export function outlineLevel(outlineLvl: XmlElement | undefined): number | undefined {
  const value = outlineLvl?.attrs['w:val'];
  if (value === undefined) return undefined;
  const level = Number.parseInt(value, 10);
  return Number.isInteger(level) && level >= 0 && level <= BODY_TEXT_LEVEL ? level : undefined;
}

export function headingFromOutline(outlineLevel: number): number | undefined {
  return outlineLevel < BODY_TEXT_LEVEL ? outlineLevel + 1 : undefined;
}

export function numberingOf(pPr: XmlElement | undefined): NumberingRef | undefined {
  return numberingRef(child(pPr, 'w:numPr'));
}

/** The list and level a `w:numPr` element names. */
export function numberingRef(numPr: XmlElement | undefined): NumberingRef | undefined {
  if (!numPr) return undefined;
  const numId = child(numPr, 'w:numId')?.attrs['w:val'];
  const ilvl = child(numPr, 'w:ilvl')?.attrs['w:val'];
  const ref: NumberingRef = { numId: numId ?? '' };
  if (ilvl !== undefined && /^\d+$/.test(ilvl)) ref.ilvl = Number(ilvl);
  return ref;
}

/** OOXML on/off values: an element without `w:val` is on; `0`, `false`, `off` mean off. */
export function isOn(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
