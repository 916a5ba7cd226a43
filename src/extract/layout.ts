/** Where the parts of a report are: title and agency line, the six section headings, the 落款 (signature and date). */
import { SECTIONS_KEYS } from '../format/index.js';
import { normalizeLabel, trimmedStart } from '../format/normalize.js';
import type { SectionDef, SectionKey } from '../format/types.js';
import { agencyFromTitle, SPAM_WORDS } from './agency.js';
import { findDate, findYear, type FoundDate } from './dates.js';
import { NORM_PREFIX, unitPlainText, type Unit } from './units.js';

export interface HeadingFound {
  unit: number;
  heading: string;
  /** Text on the heading's own line after the heading words, which belongs to the section body. */
  rest: string;
}

export interface Layout {
  headings: Partial<Record<SectionKey, HeadingFound>>;
  /** `own`: a preamble's name for the report by its own body (现将我局2021年…报告): its year counts, not its text. */
  title: { text: string; units: number[]; own?: boolean } | null;
  headingAgency: { text: string; unit: number } | null;
  signatureAgency: { text: string; unit: number } | null;
  signatureDate: (FoundDate & { unit: number }) | null;
  /** First unit of the 落款, or units.length: section 六 ends here. */
  signatureStart: number;
}

const HEADING_MAX = 32;

/** 一 二 三 四 五 六 (第 is U+7B2C, ( and ) U+0028 and U+0029, 、 U+3001, 部分 U+90E8 U+5206 in headingCandidates). */
function isSectionOrdinal(code: number): boolean {
  return code === 0x4e00 || code === 0x4e8c || code === 0x4e09 || code === 0x56db || code === 0x4e94 || code === 0x516d;
}

const defCache = new Map<SectionDef, { official: string; anchors: string[] }>();
function normalizedDef(def: SectionDef): { official: string; anchors: string[] } {
  let cached = defCache.get(def);
  if (!cached) {
    cached = { official: normalizeLabel(def.heading), anchors: def.anchors.map(normalizeLabel) };
    defCache.set(def, cached);
  }
  return cached;
}

interface HeadingMatch {
  rank: number;
  heading: string;
  rest: string;
}

function filledCells(unit: Unit): number {
  let count = 0;
  for (const cell of unit.cells ?? []) if (cell.text) count++;
  return count;
}

/**
 * - 总体情况: a page's numbered list turned into bullets, the ordinal lost; ??一、总体情况: an indent lost to question
 * marks. Read by its first character, since every unit is asked.
 */
function unbulleted(norm: string): string {
  // Read by its code: charAt made a string of the first character, a new one for every ideograph.
  const first = norm.charCodeAt(0);
  // ??一、总体情况: the indent of full-width spaces a page's wrong encoding turned into question marks.
  if (first === 0x3f) return norm.replace(/^\?+/, '');
  // - • ·
  return first === 0x2d || first === 0x2022 || first === 0xb7 ? norm.slice(1) : norm;
}

/**
 * 1、总体情况 / 2、主动公开政府信息情况: a report that numbers its sections in Arabic digits (a digit 1 to 6, then . 、 or
 * ．, then any spaces; read code by code in headingCandidates). Taken only with the section's official words whole and
 * its own number, since such a report numbers its overview's parts the same way (1、主动公开。…). The ordinal each digit
 * stands for:
 */
const ORDINAL_OF_DIGIT = '一二三四五六';

/**
 * A unit that may be a heading, read once for all six sections: its numbering does not depend on the section, so
 * what is left per section is a comparison of one ordinal (or of the official words), which turns down nearly all.
 */
interface HeadingCandidate {
  unit: Unit;
  /** Its position in the unit list. */
  index: number;
  /** The norm without a bullet. */
  norm: string;
  /** The code of the ordinal its 一、/第一/（一） numbering names; 0 without one. */
  ordinal: number;
  /** Numbered （一） like a sub-heading: a weaker form, taken only when no 一、-style heading is found for the section. */
  bracket: boolean;
  /** The norm after its numbering (the whole norm without one). */
  body: string;
  /** The code of the ordinal its 1、 numbering stands for, 0 without one; and the words after that numbering. */
  arabicOrdinal: number;
  arabicBody: string;
  /** Already some section's heading. */
  taken: boolean;
}

/** Rank 0: official words; 1: an anchor word, or the official words numbered 1、; 2: either, but numbered （一） like a sub-heading. */
function headingMatch(candidate: HeadingCandidate, def: SectionDef, official: string, anchors: string[]): HeadingMatch | null {
  const unit = candidate.unit;
  const ordinal = def.ordinal.charCodeAt(0);
  if (candidate.arabicOrdinal === ordinal && candidate.arabicBody === official) {
    return { rank: 1, heading: unitPlainText(unit).trim(), rest: '' };
  }
  // Numbered, its ordinal must be the section's; unnumbered, it must be the official words.
  if (candidate.ordinal !== 0 ? candidate.ordinal !== ordinal : candidate.norm !== official) return null;
  const text = unitPlainText(unit);
  const body = candidate.body;
  const weak = candidate.bracket ? 2 : 0;
  // A long paragraph's norm is only its opening words: short as it reads, the line is not (一、规范年报内容。要认真撰写
  // 年度报告中的总体情况…, a notice's point that names a heading's words; （二）加大主动公开力度，…, an overview's part).
  // 六、其他需要报告的事项 本年度未收取信息处理费。: a short first sentence after the official words is no heading's.
  const sentenceAfter = body.length > official.length && body.startsWith(official) && body.endsWith('。');
  if (body.length <= HEADING_MAX && text.length <= NORM_PREFIX && !sentenceAfter) {
    if (!anchors.some((a) => body.includes(a))) return null;
    const exact = body === official || body.endsWith(official);
    return { rank: weak || (exact ? 0 : 1), heading: text.trim().replace(/^[?？]+/, ''), rest: '' };
  }
  // Heading and first sentence on one line: accept only when the official words open the line.
  if (!body.startsWith(official)) return null;
  const cut = text.indexOf(def.heading.slice(-2)) + 2;
  return { rank: weak, heading: text.slice(0, cut).trim(), rest: text.slice(cut).replace(/^[。:：\s]+/, '') };
}

export function findHeadings(units: Unit[], sections: SectionDef[]): Partial<Record<SectionKey, HeadingFound>> {
  const found: Partial<Record<SectionKey, HeadingFound>> = {};
  const candidates = headingCandidates(units, sections);
  let from = 0;
  for (const def of sections) {
    const pick = bestHeading(candidates, def, from) ?? bestHeading(candidates, def, 0);
    if (!pick) continue;
    found[def.key] = { unit: pick.unit, heading: pick.heading, rest: pick.rest };
    pick.candidate.taken = true;
    if (pick.unit >= from) from = pick.unit + 1;
  }
  return found;
}

/**
 * The units headingMatch can accept for some section, in order: a heading is short, numbered or exactly the official
 * words. Sifted once rather than once per section, since most units are prose and table rows.
 */
function headingCandidates(units: Unit[], sections: SectionDef[]): HeadingCandidate[] {
  // A list, not a Set: comparing with six headings turns most norms down by their length, where a Set would hash
  // (and first join up) every row's norm. Their first codes turn down most norms before that.
  const officials = sections.map((def) => normalizedDef(def).official);
  const officialFirsts = officials.map((official) => official.charCodeAt(0));
  const candidates: HeadingCandidate[] = [];
  for (let index = 0; index < units.length; index++) {
    const unit = units[index];
    if (!unit) continue;
    // A row of three or more filled cells is no heading: turned down before its norm is read, since a row's norm is
    // joined from its cells' and the first read of it would copy them into one string.
    if (unit.cells && filledCells(unit) > 2) continue;
    const norm = unbulleted(unit.norm);
    // An empty norm's code is NaN, which no test below takes.
    const first = norm.charCodeAt(0);
    // /^(?:第|\()?[一二三四五六]/, read code by code.
    const numbered = isSectionOrdinal(first) || ((first === 0x7b2c || first === 0x28) && isSectionOrdinal(norm.charCodeAt(1)));
    // Where the words after a 1、 numbering start (the spaces after its mark counted by code), 0 without one. Most
    // norms open with no digit 1–6, and most that do are bare numbers (cells on lines of their own): the first two
    // codes turn them down.
    const arabic = first >= 0x31 && first <= 0x36 && isArabicMark(norm.charCodeAt(1)) ? trimmedStart(norm, 2, norm.length) : 0;
    if (!numbered && (arabic ? !officials.includes(norm.slice(arabic)) : !(hasCode(officialFirsts, first) && officials.includes(norm)))) {
      continue;
    }
    let ordinal = 0;
    let bracket = false;
    let cut = 0;
    if (numbered) {
      // （一）, or 第一 / 一 with 、 部分 . : after it, read code by code rather than by /^\(([一二三四五六])\)/ and
      // /^(?:第)?([一二三四五六])(?:、|部分|\.|:)?/: a pattern's call and match cost more, for every numbered line.
      if (first === 0x28 && norm.charCodeAt(2) === 0x29) {
        ordinal = norm.charCodeAt(1);
        bracket = true;
        cut = 3;
      } else {
        const at = first === 0x7b2c && isSectionOrdinal(norm.charCodeAt(1)) ? 1 : 0;
        const code = norm.charCodeAt(at);
        if (isSectionOrdinal(code)) {
          const mark = norm.charCodeAt(at + 1);
          ordinal = code;
          cut = at + (mark === 0x3001 || mark === 0x2e || mark === 0x3a ? 2 : mark === 0x90e8 && norm.charCodeAt(at + 2) === 0x5206 ? 3 : 1);
        }
      }
    }
    candidates.push({
      unit,
      index,
      norm,
      ordinal,
      bracket,
      body: cut > 0 ? norm.slice(cut) : norm,
      arabicOrdinal: arabic ? ORDINAL_OF_DIGIT.charCodeAt(first - 0x31) : 0,
      arabicBody: arabic ? norm.slice(arabic) : '',
      taken: false,
    });
  }
  return candidates;
}

/** A loop rather than includes: the builtin's call costs more than six comparisons, asked of every unit. */
function hasCode(codes: number[], code: number): boolean {
  for (const c of codes) if (c === code) return true;
  return false;
}

/** . 、 ．: the marks a 1、 numbering takes after its digit. */
function isArabicMark(code: number): boolean {
  return code === 0x2e || code === 0x3001 || code === 0xff0e;
}

function bestHeading(candidates: HeadingCandidate[], def: SectionDef, from: number) {
  const { official, anchors } = normalizedDef(def);
  let best: (HeadingMatch & { unit: number; candidate: HeadingCandidate }) | null = null;
  for (const candidate of candidates) {
    if (candidate.index < from || candidate.taken) continue;
    const match = headingMatch(candidate, def, official, anchors);
    if (!match) continue;
    // Built field by field: an object spread is slow here, in a loop over every candidate of six sections.
    const found = { rank: match.rank, heading: match.heading, rest: match.rest, unit: candidate.index, candidate };
    if (match.rank === 0) return found;
    if (!best || match.rank < best.rank) best = found;
  }
  return best;
}

const AGENCY_SUFFIX =
  /(人民政府|政府|办事处|街道|委员会|管委会|局|办公室|办公厅|厅|部|署|委|院|中心|镇|乡|苏木|所|站|队|处|会|公司|馆|社|机关|开发区|管理区|工业园区)$/;

/** A line that is only an agency's name: ends like one, no sentence punctuation, no digits. */
export function isAgencyName(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t.length < 3 || t.length > 40) return false;
  // | : a table row's cells (信息内容 | 本年处…), not a name however it ends.
  if (/[。，；：,;:！？!?“”"《》()（）|｜\d]/.test(t)) return false;
  // 依托区门户网站: a sentence cut before its verb, its last word a website (站), never a body.
  if (/网站$/.test(t) || SPAM_WORDS.test(t)) return false;
  return AGENCY_SUFFIX.test(t);
}

function isTitleText(norm: string): boolean {
  // 年度报: a title whose last words a web page scrambled (…工作告年度报).
  return /(报告|年报|年度报)/.test(norm) && /(信息公开|政务公开)/.test(norm);
}

/** A line with a comma, full stop or semicolon (either width) is prose, never a title. */
const PROSE = /[，。；,;]/;

/** Any sentence punctuation: a title-like line that has some (现将2024年…报告公布如下：) is not preferred. */
const SENTENCE = /[，。；：,;:]/;

/**
 * A web page's navigation path (首页 > 政务公开 > 政府信息公开年报, 首页/ 政务公开/ …/ 正文), whole or one step a line:
 * never the title.
 */
const BREADCRUMB = /[>›»]|^\s*(?:您?当前(?:所在)?(?:的)?位置|您的位置|当前页面|(?:网站)?首页\s*[/／])/;

export function findLayout(units: Unit[], sections: SectionDef[]): Layout {
  const headings = findHeadings(units, sections);
  // Loops over the six keys, here and in findSignature: Object.values, map and a spread into Math.min build three
  // arrays for one number.
  let firstHeading = units.length;
  for (const key of SECTIONS_KEYS) firstHeading = Math.min(firstHeading, headings[key]?.unit ?? firstHeading);
  if (firstHeading === units.length) {
    const inline = inlineOverview(units);
    // The preamble (and maybe the title) runs on the heading's own line, which is searched with those above it.
    if (inline) [headings.overview, firstHeading] = [inline, inline.unit + 1];
  }
  const layout: Layout = {
    headings,
    title: null,
    headingAgency: null,
    signatureAgency: null,
    signatureDate: null,
    signatureStart: units.length,
  };
  findTitle(units, Math.min(firstHeading, 12), layout);
  if (!layout.title) findPublishedTitle(units, Math.min(firstHeading, 40), layout);
  // A text that opens at 一、总体情况, with the preamble's sentence in the overview's first paragraph.
  const overview = headings.overview?.unit;
  if (!layout.title && overview === 0) {
    findPublishedTitle(units.slice(overview + 1), 1, layout, true);
  }
  // A title from the preamble may name no body (及时发布2024年度政府信息公开工作报告): who compiled it may.
  if (!layout.title || (layout.title.units[0] !== undefined && !agencyFromTitle(layout.title.text) && !layout.headingAgency)) {
    findCompilingAgency(units, Math.min(firstHeading, 40), layout);
  }
  findSignature(units, headings, layout);
  if (!layout.signatureDate) findPageDate(units, Math.min(firstHeading, 12), layout);
  return layout;
}

/**
 * …现将我厅2024年度政府信息公开工作报告公开如下。 一、总体情况 2024年，…: a page that ran its preamble and the
 * overview into one paragraph, the heading after the preamble's last sentence (or ending the paragraph, its body on
 * the next lines). Looked for only when no heading stands on a line of its own, among a page's first lines.
 */
const INLINE_OVERVIEW = /[。：:]\s*(一、\s*总体情况)(?:\s+(?=\S)|\s*$)/;

function inlineOverview(units: Unit[]): HeadingFound | null {
  for (const unit of units.slice(0, 12)) {
    if (unit.cells) continue;
    const text = unitPlainText(unit);
    const m = INLINE_OVERVIEW.exec(text);
    if (m?.[1]) return { unit: unit.index, heading: m[1], rest: text.slice(m.index + m[0].length).trim() };
  }
  return null;
}

/**
 * 发布时间：2024-01-31 08:51 above the report (生成日期 in some index grids): the page's own date of publishing, when no 落款 dates it. A line that
 * opens with a bare 日期： or 时间： is the same field (更新时间 and the like do not open the line), and so is one after
 * the page's other fields (作者: 来自:某局 时间:2026-01-16) or before them (某网站 时间:2021-1-26 来源:某部).
 */
const PAGE_DATE_FIELD =
  /(?:发布|成文|发文|发表|添加|生成)(?:时间|日期)[\s:：|]*|^\s*(?:日期|时间)\s*[:：]\s*|(?<=(?:作者|来自|来源)\s*[:：].*\s)(?:日期|时间)\s*[:：]\s*|(?<=\s)(?:日期|时间)\s*[:：]\s*(?=\S+\s+(?:来源|作者|来自)\s*[:：])/;

/** 来源:某局 浏览次数: after a date: the page's other fields, from the first to the line's end. */
const PAGE_FIELDS_AFTER = /(?<=[\d日])\s*(?:来源|作者|来自|浏览(?:次数|量)?|点击(?:数|量)?|阅读(?:数|量)?)\s*[:：].*$/;

/** 撰写时间 on a line of its own, the date on the next: a page's fields printed one a line. */
const DATE_FIELD_LINE = /^\s*(?:发布|成文|发文|撰写)(?:时间|日期)\s*[:：]?\s*$/;

/** A date with the unit it stands on, built field by field: an object spread takes V8's slow, generic path. */
function datedAt(date: FoundDate, unit: number): FoundDate & { unit: number } {
  return { iso: date.iso, raw: date.raw, index: date.index, unit };
}

function findPageDate(units: Unit[], end: number, layout: Layout): void {
  for (let i = 0; i < end; i++) {
    const unit = units[i];
    if (!unit) continue;
    const next = units[i + 1];
    if (!unit.cells && DATE_FIELD_LINE.test(unit.text) && next && !next.cells) {
      const date = findDate(next.text.trim());
      if (date?.index === 0) {
        layout.signatureDate = datedAt(date, i + 1);
        return;
      }
    }
    // 某局2021年…报告 2022-01-29: the date a page prints after the title, on its line.
    const afterTitle = unit.cells ? null : DATE_AFTER_TITLE.exec(unitPlainText(unit).trim());
    const dated = afterTitle?.[1] ? findDate(afterTitle[1]) : null;
    if (dated) {
      layout.signatureDate = datedAt(dated, i);
      return;
    }
    // A row of the page's index grid (| 生成日期 | 2026-01-23 16:24:38 |) is read for its field only.
    const field = PAGE_DATE_FIELD.exec(unit.text);
    if (unit.cells && !field) continue;
    // （2024年3月26日） alone on a line under the title, or a list item's bullet before it (• 2024-03-08): the date
    // of the report, printed at its head; a page's clock time may follow it (• 2025-02-10 15:59), and the page's
    // other fields after that (2022年01月18日来源:某街道, 2024-01-10 15:59 浏览次数:).
    const alone = field
      ? null
      : unit.text
          .trim()
          .replace(/^[•·]\s*/, '')
          .replace(/^[(（]\s*|\s*[)）]$/g, '')
          .replace(PAGE_FIELDS_AFTER, '')
          .replace(/(?<=[\d日])\s+\d{1,2}:\d{2}(?::\d{2})?$/, '');
    const rest = field ? unit.text.slice(field.index + field[0].length) : alone;
    const date = rest === null ? null : findDate(rest);
    if (!date || date.index !== 0 || (alone !== null && date.raw.length !== alone.length)) continue;
    layout.signatureDate = datedAt(date, i);
    return;
  }
}

/**
 * The first title-like line that names a year; without one, the first title-like line. An index block above the
 * title (组配分类：政府信息公开年报) looks like a title but names no year; a preamble sentence that names the year
 * (现将2024年政府信息公开工作年度报告公布如下：) is not preferred to a title without one.
 */
function findTitle(units: Unit[], limit: number, layout: Layout): void {
  let yearless: { title: NonNullable<Layout['title']>; at: number } | null = null;
  for (let i = 0; i < limit; i++) {
    const found = titleAt(units, i);
    if (!found) continue;
    const title = wrappedTitle(units, i, found);
    if (findYear(title.text) && !SENTENCE.test(title.text)) {
      // 2020年信息公开年报 (a site's column) over 某园区2020年政府信息公开工作年度报告: the next line names the body.
      const next = agencyFromTitle(title.text) ? null : titleAt(units, i + 1);
      if (next && i + 1 < limit && findYear(next.text) && !SENTENCE.test(next.text) && agencyFromTitle(next.text)) {
        return placeTitle(units, i + 1, next, layout);
      }
      return placeTitle(units, i, title, layout);
    }
    yearless ??= { title, at: i };
  }
  if (yearless) placeTitle(units, yearless.at, yearless.title, layout);
}

const PAGE_CAPTION = /^(?:page|p\.)\s*\d{1,3}\s*[-–—:：]\s*/i;

/** `- 标题：` / `名 称:` before a title: the page's index field that holds it (a list item's bullet may open it). */
const TITLE_FIELD = /^(?:[-•·]\s*)?(?:标\s*题|名\s*称|题\s*名)\s*[:：]\s*/;

/** `…年度报告 发布日期: 2026年01月21日`: the index's next field printed on the title's line. */
const FIELD_AFTER_TITLE = /(?<=报告|年报)\s+(?:发布|成文|发文|印发)(?:日期|时间)\s*[:：].*$/;

/** `…年度报告 2022-01-29`: the page's date of publication printed on the title's line, after it. */
const DATE_AFTER_TITLE = /(?<=报告|年报)\s+((?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))$/;

/** `…年度报告 | |||||…`: the empty cells of a page's layout table after the title. */
const TRAILING_PIPES = /(?<=\S)[\s|｜]*[|｜][\s|｜]*$/;

function titleAt(units: Unit[], i: number): Layout['title'] {
  const unit = units[i];
  if (!unit) return null;
  const norm = unit.norm;
  // Only a norm that names 信息公开 or 政务公开 can be taken below: any other line is turned down before its text is
  // cleaned and tested, by a dozen patterns.
  if (!norm.includes('信息公开') && !norm.includes('政务公开')) return null;
  if (unit.text.length > 64 && unit.text.replace(TRAILING_PIPES, '').length > 64) return null;
  // Page 8 - 文登区信访局2022年…: a page viewer's caption before the title it repeats on every page.
  const plain = unitPlainText(unit).trim().replace(PAGE_CAPTION, '');
  const field = TITLE_FIELD.exec(plain);
  const text = (field ? plain.slice(field[0].length).replace(FIELD_AFTER_TITLE, '') : plain).replace(TRAILING_PIPES, '').replace(DATE_AFTER_TITLE, '');
  if (BREADCRUMB.test(text) || PROSE.test(text) || OF_THE_REPORT.test(text) || isNoticeTitle(text, units[i + 1])) return null;
  if (isTitleText(norm)) {
    // 标 题 | 连云区教育局政府信息公开工作2024年度报告 |: a page's index row, the title one of its cells.
    const cell = text.includes('|') ? text.split('|').find((c) => isTitleText(normalizeLabel(c))) : text;
    return { text: withoutSiteName((cell ?? text).trim().replace(/\s+/g, ' ')), units: [i] };
  }
  if (!/(报告|年报)/.test(norm)) {
    const next = units[i + 1];
    const nextText = next ? unitPlainText(next).trim() : '';
    if (next && nextText.length <= 20 && /(报告|年报)/.test(nextText)) {
      return { text: `${text}${nextText}`.replace(/\s+/g, ' '), units: [i, i + 1] };
    }
  }
  return null;
}

/** 本报告的电子版可在…门户网站某街道政府信息公开专栏: a preamble sentence about the report, broken at a line's end. */
const OF_THE_REPORT = /^本(?:年度)?(?:报告|年报)/;

/**
 * 某局关于印发2025年政府信息公开工作年度报告的通知, or 关于做好2025年…年度报告 over 编制和发布工作的通知: the title of a
 * notice that issues a report or asks for reports, not the report's own; its issuer is not read from it.
 */
function isNoticeTitle(text: string, next: Unit | undefined): boolean {
  if (/通知[》」]?$/.test(text)) return true;
  const nextText = next && !next.cells ? unitPlainText(next).trim() : '';
  return /关于/.test(text) && nextText.length <= 30 && /通知[》」]?$/.test(nextText);
}

/** …年度报告-某某娱乐登录: the page's own name after the report's, joined by a dash. */
const SITE_SUFFIX = /(?<=报告|年报)\s*[-_–—]\s*([^-_–—\d]{1,30})$/;

/** The title without a site's name after it; a body's name there (…年度报告-临江市人民政府) is kept. */
function withoutSiteName(title: string): string {
  const m = SITE_SUFFIX.exec(title);
  return m?.[1] && !isAgencyName(m[1]) ? title.slice(0, m.index) : title;
}

const YEAR_AND_NAME = /^(?:19|20)\d{2}年度?(.+)$/;
const TITLE_OPENING_WORDS = /^(?:政府信息公开|政务公开)/;

/** Title words a line break can cut in two: the break falls inside one of them. */
const TITLE_PHRASE = /政府信息公开|政务公开|信息公开工作|公开工作年度报告|工作年度报告/g;

/**
 * 西咸新区底张街道办事处2024年度政府 / 信息公开工作年度报告: a title wrapped inside its title words, the line above
 * holding its first part (agency and year). A line above that ends where a title word does not go on (兴庆区某街道办事处
 * over 2024年政府信息公开…) is an agency line, and stays one.
 */
function wrappedTitle(units: Unit[], i: number, title: NonNullable<Layout['title']>): NonNullable<Layout['title']> {
  const prev = i > 0 ? units[i - 1] : undefined;
  if (!prev || prev.cells || title.units[0] !== i) return title;
  const head = unitPlainText(prev).trim();
  if (head.length === 0 || head.length > 40 || SENTENCE.test(head) || BREADCRUMB.test(head) || isTitleText(prev.norm)) return title;
  const joined = `${head}${title.text}`;
  // 2024年南关区某街道办事处 over 政府信息公开工作年度报告: year and name above, the title words below.
  const yearFirst = YEAR_AND_NAME.exec(head.replace(/\s+/g, ''));
  if (yearFirst?.[1] && isAgencyName(yearFirst[1]) && TITLE_OPENING_WORDS.test(title.text)) {
    return { text: joined.replace(/\s+/g, ' '), units: [i - 1, ...title.units] };
  }
  // exec in a loop rather than matchAll, which makes a new pattern object each call; left to right, so a match that
  // starts on the title's own line ends the search.
  TITLE_PHRASE.lastIndex = 0;
  for (let m = TITLE_PHRASE.exec(joined); m !== null && m.index < head.length; m = TITLE_PHRASE.exec(joined)) {
    if (m.index + m[0].length > head.length) return { text: joined.replace(/\s+/g, ' '), units: [i - 1, ...title.units] };
  }
  return title;
}

/** The title found at unit i, and the agency named on a line just above it or right after it. */
function placeTitle(units: Unit[], i: number, title: NonNullable<Layout['title']>, layout: Layout): void {
  layout.title = title;
  const first = title.units[0] ?? i;
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const candidate = units[k];
    const candidateText = candidate ? unitPlainText(candidate).trim() : '';
    if (candidate && isAgencyName(candidateText) && !isSiteLinks(candidateText)) {
      layout.headingAgency = { text: candidateText.replace(/\s+/g, ''), unit: k };
      return;
    }
  }
  const after = units[(title.units.at(-1) ?? i) + 1];
  const afterText = after ? unitPlainText(after).trim() : '';
  if (after && isAgencyName(afterText) && !headingsInclude(after.index, layout)) {
    layout.headingAgency = { text: afterText.replace(/\s+/g, ''), unit: after.index };
  }
}

/**
 * 中国政府网 山西省政府 某市政府: a page's bar of links to other sites, two or more names side by side; one name spaced
 * out (临 江 县 水 务 局) is not.
 */
function isSiteLinks(text: string): boolean {
  const names = text.split(/\s+/).filter((part) => part.length >= 3 && (isAgencyName(part) || /网$/.test(part)));
  return names.length >= 2;
}

/**
 * The report a preamble publishes by name (现公布青川县石门镇人民政府2023年政府信息公开工作年度报告。), taken for the
 * title when the page prints none. A notice it cites (《关于做好2023年政府信息公开工作年度报告编制发布工作的通知》)
 * follows no verb of publishing and is not taken; only the preamble is read, since the overview may tell of last
 * year's report (按时公开2022年政府信息公开工作年度报告). 特编制并向社会公布…报告: both verbs, the title after them.
 */
const PUBLISHED_TITLE =
  /(?:公布|公开|发布|编制|现将|形成)(?:并(?:向社会)?(?:公布|公开|发布))?[了的]?\s*《?([^，。；：:,;《》“”"（）()\s]{0,40}?(?:19|20)\d{2}\s*年度?[^，。；：:,;《》“”"]{0,30}?(?:政府信息公开|政务公开|政府信息|信息公开)(?:工作)?(?:年度)?(?:工作)?(?:报告|年报))/;

/**
 * 盐亭县某局2022年政府信息公开工作年度报告（以下简称年报）是根据…: a title the page ran into the preamble's first
 * sentence, which goes on to say what the report is based on; or into the first heading (…年度报告 一、总体情况 …),
 * a page flattened to one line.
 */
const TITLE_OPENING_SENTENCE =
  /^《?([^，。；：:,;《》“”"（）()\s]{0,40}?(?:19|20)\d{2}\s*年度?[^，。；：:,;《》“”"（）()]{0,30}?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报))》?\s*(?=[(（]以下简称|是?根据|依据|按照|一、\s*总体情况)/;

function findPublishedTitle(units: Unit[], end: number, layout: Layout, presentOnly = false): void {
  for (const unit of units.slice(0, end)) {
    if (unit.cells || !unit.text.includes('信息')) continue;
    // 现将某某局（以下简称某局）2025年度…报告: the short name between name and year is left out.
    // （以下简称“某市税务局”，下文类同）: a longer note of the same kind.
    const text = unit.text.replace(/[(（]以下简称[^()（）]{1,20}[)）]/g, '');
    const m = presentOnly ? presentlyPublished(text) : (publishedTitleIn(text) ?? TITLE_OPENING_SENTENCE.exec(text));
    if (!m?.[1]) continue;
    layout.title = { text: m[1].replace(/\s+/g, ''), units: [unit.index] };
    // 现将我局2021年…报告如下 / 现公布2022年度本单位…报告: the preamble's own body, not the report's name.
    if (OWN_BODY_TITLE.test(m[1])) layout.title.own = true;
    return;
  }
}

/**
 * 现编制《某街道办事处2025年…报告》 / 特向社会公布某局2025年…报告: the report published now, in the overview's first
 * paragraph of a text that opens at 一、总体情况. Only a verb said to act now (现, 特向社会) is taken there, since an
 * overview also tells of last year's report (按时公开2022年…报告).
 */
function presentlyPublished(text: string): RegExpExecArray | null {
  const m = publishedTitleIn(text);
  return m && /(?:现|特向社会)$/.test(text.slice(0, m.index)) ? m : null;
}

/**
 * The first report the text publishes by name. 《关于编制公布2022年政府信息公开工作年度报告有关事项的通知》: a verb
 * inside a cited notice's own title is passed over, and the search goes on after it (…的通知》，现公布某局2020年…报告).
 */
export function publishedTitleIn(text: string): RegExpExecArray | null {
  for (let from = 0; from < text.length; ) {
    const m = PUBLISHED_TITLE.exec(text.slice(from));
    if (!m) return null;
    const at = from + m.index;
    const inNotice = /^[^《》]*》/.test(text.slice(at + m[0].length)) && /《[^《》]*$/.test(text.slice(0, at));
    if (!inNotice) {
      m.index = at;
      return m;
    }
    from = at + m[0].length;
  }
  return null;
}

const OWN_BODY_TITLE = /^(?:(?:19|20)\d{2}\s*年度?)?[我本](?:单位|机关|部门|街道|[局委办镇乡厅署院所站区县市])/;

/** 由闽清县人民政府办公室编制本报告 / 某县人民政府办公室编制了本报告: the preamble names who wrote the report. */
const COMPILED_BY = /由?([^，。；：:,;《》“”"（）()\s]{3,30}?)编制了?本(?:年度)?(?:报告|年报)/;

/**
 * 本报告由东亭街道综合办公室编制 / 本年度报告由某局根据《条例》…要求编制而成: the report first, then who wrote it. A township's or bureau's 综合办公室 is its own
 * office, left off; a government's 办公室 keeps its name (a body of its own).
 */
const REPORT_COMPILED_BY =
  /本(?:年度)?(?:报告|年报)由([^，。；：:,;《》“”"（）()\s]{3,30}?)(?:(?:根据|按照|依据)[^。；]{0,160}?)?编制/;
// 某镇人民政府党政办公室 (or a street's) is the township's own office too.
// So is a bureau's 办公室 (由某区教育局办公室编制的…报告), written 局办公室 after the bureau's name as well
// (某区教育局局办公室); and a section of any of them (由某街道党政办公室综合科编制).
const OWN_OFFICE =
  /(?:(?<=(?:街道|镇|乡|局|办事处|[镇乡]人民政府))(?:党政)?综合办公室|(?<=(?:[镇乡]人民政府|街道|办事处))党政办公室|(?<=局)局?(?:党政)?办公室)(?:[^局办]{1,4}[科股])?$/;
/**
 * …要求，某县某局结合单位实际，编制本单位2022年度…报告: the body opens its clause and compiles its own (本单位, 本局)
 * report of the year.
 */
const NAMED_COMPILING_OWN =
  /(?:^|[，,。；;])\s*([^，。；：:,;《》“”"（）()\s]{3,30}?)(?:结合[^，。；,;]{1,20}[，,]\s*)?编制本(?:单位|机关|部门|[局委办])\s*(?:19|20)\d{2}\s*年度?[^，。；：:,;《》]{0,30}?(?:报告|年报)/;
/**
 * …要求，某市人民政府根据全市工作情况，编制本报告 / 某市某局以服务群众为宗旨…，结合实际工作形成此报告: the body opens its
 * clause, then 根据… (or 以…), then 编制本报告 (or 形成此报告).
 */
const NAMED_THEN_COMPILED =
  /(?:^|[，,。；;])\s*([^，。；：:,;《》“”"（）()\s]{3,30}?)(?:根据|按照|依据|以)[^。；]{0,160}?(?:编制|形成)了?[本此](?:年度)?(?:报告|年报)/;

/** 本年度报告根据《条例》（…）要求，由国家税务总局某区税务局编制: the basis first, then 由 who compiled it. */
const REPORT_BASIS_THEN_COMPILER =
  /本(?:年度)?(?:报告|年报)[^。]{0,200}?[，,]\s*由([^，。；：:,;《》“”"（）()\s]{3,30}?)编制/;

/**
 * …要求，结合工作实际，某区水务局编制了2024年度…报告: the body opens its clause and compiles the report by its year.
 * Without 了 (某镇政府编制2020年…报告) the clause is left to the contact line, which may name the body in full.
 */
const NAMED_COMPILING_TITLE =
  /(?:^|[，,。；;])\s*([^，。；：:,;《》“”"（）()\s]{3,30}?)编制了\s*《?(?:19|20)\d{2}\s*年度?[^，。；：:,;《》]{0,30}?(?:报告|年报)/;

/** …要求编制，全面总结某街道办事处2025年政府信息公开工作情况: the body whose year of work the report sums up. */
const SUMS_UP_BODY = /总结([^，。；：:,;《》“”"（）()\s]{3,40}?)(?:19|20)\d{2}\s*年度?(?:政府信息公开|政务公开)工作/;

/**
 * 本年度报告由某开发区政务服务局依据…以及全区各部门信息公开工作编制而成: a department that compiles the whole area's
 * report; the report is the area's, not the department's own.
 */
const FOR_WHOLE_AREA = /全[省市县区]各(?:部门|单位)/;

function findCompilingAgency(units: Unit[], end: number, layout: Layout): void {
  for (const unit of units.slice(0, end)) {
    if (unit.cells || !/编制|形成/.test(unit.text)) continue;
    const compiled = REPORT_COMPILED_BY.exec(unit.text);
    const forArea = compiled?.[1] !== undefined && FOR_WHOLE_AREA.test(compiled[0]) && !/政府|管委会|管理委员会/.test(compiled[1]);
    const name = (
      COMPILED_BY.exec(unit.text)?.[1] ??
      (forArea ? undefined : compiled?.[1]) ??
      NAMED_THEN_COMPILED.exec(unit.text)?.[1] ??
      REPORT_BASIS_THEN_COMPILER.exec(unit.text)?.[1] ??
      NAMED_COMPILING_TITLE.exec(unit.text)?.[1] ??
      NAMED_COMPILING_OWN.exec(unit.text)?.[1] ??
      SUMS_UP_BODY.exec(unit.text)?.[1]
    )?.replace(OWN_OFFICE, '');
    // 由我局办公室编制: the report's own body, not a name.
    if (!name || !isAgencyName(name) || /^[我本该]/.test(name)) continue;
    layout.headingAgency = { text: name, unit: unit.index };
    return;
  }
}

function headingsInclude(unit: number, layout: Layout): boolean {
  return Object.values(layout.headings).some((h) => h.unit === unit);
}

const SIGNATURE_WINDOW = 8;

function findSignature(units: Unit[], headings: Layout['headings'], layout: Layout): void {
  let lastHeading = -1;
  for (const key of SECTIONS_KEYS) lastHeading = Math.max(lastHeading, headings[key]?.unit ?? -1);
  // Usually among the last lines; but statistical tables printed as an appendix can follow the 落款.
  const from = lastHeading + 1;
  for (let i = units.length - 1; i >= from; i--) {
    const unit = units[i];
    if (!unit) continue;
    const text = unitPlainText(unit).trim();
    const date = findDate(text);
    if (!date) continue;
    // 日期：2025年1月20日, or the agency with its （盖章） mark, still make a 落款.
    const before = text
      .slice(0, date.index)
      .replace(/[(（]盖章[)）]/g, '')
      .replace(/(发布|成文|印发)?(日期|时间)\s*[:：]?\s*$/, '')
      .trim();
    const leftover = text.slice(date.index + date.raw.length).replace(/[。.\s）)]/g, '');
    if (leftover.length > 4) continue;
    if (before && !isAgencyName(before)) continue;
    layout.signatureDate = datedAt(date, i);
    layout.signatureStart = i;
    if (before) {
      layout.signatureAgency = { text: before.replace(/\s+/g, ''), unit: i };
      return;
    }
    for (let k = i - 1; k >= from && k >= i - 2; k--) {
      const candidate = units[k];
      const candidateText = candidate ? stripSeal(unitPlainText(candidate)) : '';
      if (candidate && isAgencyName(candidateText)) {
        layout.signatureAgency = { text: candidateText.replace(/\s+/g, ''), unit: k };
        layout.signatureStart = k;
        break;
      }
    }
    return;
  }
  // No date: an agency name alone on one of the last lines is still a signature.
  for (let i = units.length - 1; i >= Math.max(from, units.length - SIGNATURE_WINDOW) && i >= units.length - 3; i--) {
    const unit = units[i];
    const text = unit ? stripSeal(unitPlainText(unit)) : '';
    if (unit && isAgencyName(text)) {
      layout.signatureAgency = { text: text.replace(/\s+/g, ''), unit: i };
      layout.signatureStart = i;
      return;
    }
  }
}

/** The agency line of a 落款 without its （盖章） mark. */
function stripSeal(text: string): string {
  return text.replace(/[(（]盖章[)）]/g, '').trim();
}
