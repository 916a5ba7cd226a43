/**
 * Searching the report's text the way a reader would: across line breaks, ignoring spaces and full-/half-width
 * differences, and answering with the line where the phrase starts so a finding can point at it.
 */
import { foldWidth } from '../format/normalize.js';
import type { SectionKey } from '../format/types.js';
import type { CanonicalReport, TextLine } from '../model/report.js';
import type { FindingLocation, RuleContext } from './types.js';

/** Text prepared for matching: width-folded, spaces removed, each character knowing its line. */
export interface SearchText {
  text: string;
  lines: TextLine[];
  /** Index into `lines` for each character of `text`. */
  lineOf: number[];
}

export interface TextMatch {
  match: RegExpExecArray;
  line: TextLine;
}

/** Lines of one section, or none when the section is absent. */
export function sectionLines(report: CanonicalReport, key: SectionKey): TextLine[] {
  const section = report.sections[key];
  if (!section) return [];
  if (section.lines.length > 0) return section.lines;
  return section.text
    .split(/\r\n|\r|\n/)
    .filter((text) => text.trim() !== '')
    .map((text) => ({ text, loc: section.loc }));
}

/** Every line of the document: `report.lines` when extraction kept them, else the sections' lines in order. */
export function documentLines(report: CanonicalReport): TextLine[] {
  if (report.lines && report.lines.length > 0) return report.lines;
  const sections = Object.values(report.sections).filter((s) => s !== null);
  sections.sort((a, b) => a.position - b.position);
  return sections.flatMap((s) => [{ text: s.heading, loc: s.loc }, ...(s.lines.length ? s.lines : [])]);
}

const searchCache = new WeakMap<TextLine[], SearchText>();

/** Built once per list of lines: several rules search the same section. */
export function searchText(lines: TextLine[]): SearchText {
  const cached = searchCache.get(lines);
  if (cached) return cached;
  const parts: string[] = [];
  const lineOf: number[] = [];
  lines.forEach((line, index) => {
    const folded = foldWidth(line.text);
    let kept = '';
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      // Whitespace as \s knows it: ASCII space and controls, NBSP, ideographic space and the Unicode spaces.
      if (code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x1680 || code === 0x85) continue;
      kept += folded[i];
      lineOf.push(index);
    }
    parts.push(kept);
  });
  const search = { text: parts.join(''), lines, lineOf };
  searchCache.set(lines, search);
  return search;
}

/** Every match of `pattern` (made global here) with the line where it starts. */
export function findAll(search: SearchText, pattern: RegExp): TextMatch[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const global = new RegExp(pattern.source, flags);
  const out: TextMatch[] = [];
  for (let m = global.exec(search.text); m !== null; m = global.exec(search.text)) {
    const line = search.lines[search.lineOf[m.index] ?? 0];
    if (line) out.push({ match: m, line });
    if (m[0] === '') global.lastIndex++;
  }
  return out;
}

export function findFirst(search: SearchText, pattern: RegExp): TextMatch | undefined {
  return findAll(search, pattern)[0];
}

/** Location of a line, tagged with the section or field it belongs to. */
export function lineLocation(line: TextLine, key?: string): FindingLocation {
  return { ...line.loc, ...(key ? { key } : {}) };
}

/** Where a section starts (its heading), or nothing when the section is absent. */
export function sectionLocation(report: CanonicalReport, key: SectionKey): FindingLocation {
  const section = report.sections[key];
  return section ? { ...section.loc, key: `sections.${key}` } : { key: `sections.${key}` };
}

/** A line quoted in a message: trimmed and cut to a readable length. */
export function quote(text: string, max = 40): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > max ? `${trimmed.slice(0, max)}…` : trimmed;
}

/** The last line that contains `text` (spaces ignored): where a name stands when extraction kept no provenance. */
export function lastLineWith(lines: TextLine[], text: string): TextLine | undefined {
  const wanted = text.replace(/\s+/g, '');
  if (!wanted) return undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (line && line.text.replace(/\s+/g, '').includes(wanted)) return line;
  }
  return undefined;
}

/** Where the 落款 is: the signing body's provenance, else the last line naming it; tagged with `key`. */
export function signatureLocation(context: RuleContext, key: string): FindingLocation {
  const located = context.locate('meta.agencyInSignature');
  const name = context.report.meta.agencyInSignature;
  if (Object.keys(located).length > 1 || !name) return { ...located, key };
  const line = lastLineWith(documentLines(context.report), name);
  return line ? lineLocation(line, key) : { key };
}
