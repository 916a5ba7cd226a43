/**
 * Automatic list numbering (word/numbering.xml). Reports often number their six sections with a list (`一、`) rather
 * than typing the number, so the label must be computed as Word does: counters per list, `w:lvlText` templates,
 * start values, restarts of lower levels, start overrides.
 */
import { formatNumber } from './counting.js';
import { isOn, type NumberingRef } from './styles.js';
import { child, childElements, type PartVocabulary, type XmlElement } from './xml.js';

/** The elements of word/numbering.xml the list reader reads (see PartVocabulary); the rest is left unbuilt. */
export const NUMBERING_VOCABULARY: PartVocabulary = {
  read: new Set([
    'w:abstractNum', 'w:lvl', 'w:num', 'w:lvlOverride', 'w:startOverride', 'w:abstractNumId', 'w:start', 'w:numFmt',
    'w:lvlText', 'w:isLgl', 'w:suff', 'w:lvlRestart', 'w:pStyle',
  ]),
  searched: new Set(),
};

interface Level {
  start: number;
  format: string;
  text: string;
  /** `w:lvlRestart`: 1-based level whose use restarts this one; 0 = never. Default: any level above. */
  restart?: number;
  /** `w:isLgl`: every number in the label in decimal. */
  legal: boolean;
  /** What separates the label from the text: `tab` (Word's default) and `space` read as a space. */
  suffix: string;
  pStyle?: string;
}

interface NumInstance {
  abstractId: string;
  /** Levels with `w:lvlOverride`: a new start, a replacement definition, or both. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

const LEVELS = 9;

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, NumInstance>();
  /** Current counters per list instance; undefined means the level has not been used since its last restart. */
  private readonly counters = new Map<string, Array<number | undefined>>();
  /** The part, until a numbered paragraph first asks for a label: most reports number nothing through lists. */
  private unread: XmlElement | null;

  constructor(root: XmlElement | null) {
    this.unread = root;
  }

  private readDefinitions(root: XmlElement): void {
    for (const abstract of childElements(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childElements(abstract, 'w:lvl')) {
        const index = Number(lvl.attrs['w:ilvl']);
        if (Number.isInteger(index) && index >= 0 && index < LEVELS) levels.set(index, readLevel(lvl));
      }
      this.abstracts.set(abstract.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const num of childElements(root, 'w:num')) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const override of childElements(num, 'w:lvlOverride')) {
        const index = Number(override.attrs['w:ilvl']);
        if (!Number.isInteger(index) || index < 0 || index >= LEVELS) continue;
        const entry: { start?: number; level?: Level } = {};
        const start = integerAttr(child(override, 'w:startOverride'));
        if (start !== undefined) entry.start = start;
        const lvl = child(override, 'w:lvl');
        if (lvl) entry.level = readLevel(lvl);
        overrides.set(index, entry);
      }
      const abstractId = child(num, 'w:abstractNumId')?.attrs['w:val'] ?? '';
      this.nums.set(num.attrs['w:numId'] ?? '', { abstractId, overrides });
    }
  }

  /**
   * Advances the list counter for a numbered paragraph and returns its label with the separator that follows it
   * (`一、`, `（二）`, `1. `), or '' for bullets, unknown lists and `numId` 0 (numbering switched off).
   */
  next(ref: NumberingRef, styleId: string | undefined): string {
    if (this.unread) {
      this.readDefinitions(this.unread);
      this.unread = null;
    }
    const num = this.nums.get(ref.numId);
    if (!num || ref.numId === '0') return '';
    const ilvl = ref.ilvl ?? this.levelForStyle(num, styleId) ?? 0;
    const level = this.level(num, ilvl);
    if (!level) return '';
    // Word shares one counter between w:num instances of the same abstract list unless an instance overrides a
    // level, which makes it a list of its own.
    const key = num.overrides.size > 0 ? `num:${ref.numId}` : `abstract:${num.abstractId}`;
    const counters = this.counters.get(key) ?? [];
    this.counters.set(key, counters);
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? this.start(num, ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      const restart = this.level(num, deeper)?.restart ?? deeper;
      if (restart !== 0 && ilvl < restart) counters[deeper] = undefined;
    }
    if (level.format === 'bullet') return '';
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const value = counters[index] ?? this.start(num, index);
      const format = level.legal ? 'decimal' : (this.level(num, index)?.format ?? 'decimal');
      return formatNumber(value, format);
    });
    if (!label) return '';
    return level.suffix === 'nothing' ? label : `${label} `;
  }

  private level(num: NumInstance, ilvl: number): Level | undefined {
    return num.overrides.get(ilvl)?.level ?? this.abstracts.get(num.abstractId)?.get(ilvl);
  }

  private start(num: NumInstance, ilvl: number): number {
    return num.overrides.get(ilvl)?.start ?? this.level(num, ilvl)?.start ?? 1;
  }

  /** A style that names a list but not a level takes the level whose `w:pStyle` is that style. */
  private levelForStyle(num: NumInstance, styleId: string | undefined): number | undefined {
    if (!styleId) return undefined;
    for (const [index, level] of this.abstracts.get(num.abstractId) ?? []) if (level.pStyle === styleId) return index;
    return undefined;
  }
}

function readLevel(lvl: XmlElement): Level {
  const isLegal = child(lvl, 'w:isLgl');
  const level: Level = {
    start: integerAttr(child(lvl, 'w:start')) ?? 1,
    format: child(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
    text: child(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
    legal: isLegal !== undefined && isOn(isLegal.attrs['w:val']),
    suffix: child(lvl, 'w:suff')?.attrs['w:val'] ?? 'tab',
  };
  const restart = integerAttr(child(lvl, 'w:lvlRestart'));
  if (restart !== undefined) level.restart = restart;
  const pStyle = child(lvl, 'w:pStyle')?.attrs['w:val'];
  if (pStyle) level.pStyle = pStyle;
  return level;
}

function integerAttr(element: XmlElement | undefined): number | undefined {
  const value = element?.attrs['w:val'];
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number(value);
}
