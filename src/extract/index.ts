/**
 * Extract: Document → CanonicalReport. Units (paragraphs and rows) → layout (title, headings, 落款) → the three
 * tables read by their labels → sections' prose → metadata. Works the same for every layout and every adapter.
 */
import { GongkaiError } from '../errors.js';
import { formatFor, SECTIONS_KEYS } from '../format/index.js';
import type { FormatDef, SectionKey } from '../format/types.js';
import type { Document } from '../ingest/document.js';
import type { Anomaly, CanonicalReport, Provenance, SectionText, TextLine } from '../model/report.js';
import { provenanceRecord, reportWithCells } from '../model/values.js';
import { readActive } from './active.js';
import { agencyFromTitle, fullAgencyName, levelOf } from './agency.js';
import { readAppeals } from './appeals.js';
import { findPeriodYear, findYear } from './dates.js';
import { findLayout, isAgencyName, publishedTitleIn, type HeadingFound, type Layout } from './layout.js';
import { readRequests } from './requests.js';
import { emptyTableRead, type TableRead } from './table-read.js';
import { toUnits, unitPlainText, type Unit } from './units.js';
import { detectVersion } from './version.js';

export function extractReport(doc: Document): CanonicalReport {
  const units = toUnits(doc);
  const sectionsDef = formatFor('2021').sections;
  const layout = findLayout(units, sectionsDef);
  const titleYear = layout.title ? findYear(layout.title.text)?.year ?? null : null;
  // Without tables to tell the format, the year does: the title's, else the statistics period's (a 2020 report with
  // no title still follows the 2019 format).
  // The statistics period is looked for only when the title does not settle the year or the frame, and then once.
  let period: ReturnType<typeof statisticsPeriod> | undefined;
  const periodOnce = () => (period === undefined ? (period = statisticsPeriod(units, layout)) : period);
  // With neither, the year the metadata takes from a sentence (2020年，我委…) or the 落款, so that a 2020 report cut
  // before its tables is not called a 2021-format one. It is the report's year, found once for both.
  const year = reportYear(units, layout, titleYear, periodOnce);
  const version = detectVersion(tableSectionUnits(units, layout), year?.year ?? null) ?? '2021';
  const format = formatFor(version);
  const tables = readTables(units, layout, format);

  const headingCount = Object.keys(layout.headings).length;
  const anyTable = tables.active.found || tables.requests.found || tables.appeals.found;
  // A title, or a statistics period of one calendar year, makes a report of a text cut after its first section; so
  // do the official headings of sections 一 and 二 together, for a text cut before its first table has a value.
  const opening = layout.headings.overview !== undefined && layout.headings.activeDisclosure !== undefined;
  const framed =
    (headingCount >= 1 && (layout.title !== null || opening || periodOnce() !== null || overviewOutline(units, layout))) ||
    (namesReport(layout) && (periodOnce() !== null || runIntoOverview(units, layout) || outlineAfterTitle(units, layout)));
  if (headingCount < 3 && !anyTable && !framed) {
    throw new GongkaiError(
      'not-a-report',
      '不是政府信息公开工作年度报告：未找到年报标题、“一、总体情况”等章节标题或统计表',
      doc.source.file,
    );
  }

  const report = reportWithCells(version, [tables.active.cells, tables.requests.cells, tables.appeals.cells]);
  report.source = { ...doc.source };
  // The cells' sources by slot, while the tables give them in template order (they read rows in that order), each
  // once; else (a key the format lacks, say) straight into the record, in the order read.
  const cellSources: Array<Provenance | undefined> = [];
  let inSlotOrder = true;
  for (const table of [tables.active, tables.requests, tables.appeals]) {
    for (const cell of table.cells) {
      if (!cell.prov) continue;
      if (inSlotOrder && cell.slot < cellSources.length) {
        report.provenance = provenanceRecord(version, cellSources, {});
        inSlotOrder = false;
      }
      if (inSlotOrder) cellSources[cell.slot] = cell.prov;
      else report.provenance[cell.key] = cell.prov;
      if (cell.prov.derivation === 'lookalike-zero') report.anomalies.push(lookalikeZero(cell.key, cell.prov));
    }
    report.labels.push(...table.labels);
    report.anomalies.push(...table.anomalies);
  }
  for (const [key, table] of [['active', tables.active], ['requests', tables.requests], ['appeals', tables.appeals]] as const) {
    if (!table.found) {
      const name = { active: '二、主动公开政府信息情况', requests: '三、收到和处理政府信息公开申请情况', appeals: '四、政府信息公开行政复议、行政诉讼情况' }[key];
      report.anomalies.push({ code: 'missing-table', key, text: `未找到“${name}”的统计表` });
    }
  }
  report.deviations = report.anomalies.map((a) => a.text);
  const tableUnits = [tables.active.tableUnits, tables.requests.tableUnits, tables.appeals.tableUnits];
  const lines = units.map((u): TextLine => ({ text: unitPlainText(u), loc: u.loc }));
  report.sections = readSections(units, layout, tableUnits, lines);
  fillMeta(report, units, layout, year);
  // fillMeta put only the metadata's sources in the record: the cells' go before them.
  if (inSlotOrder) report.provenance = provenanceRecord(version, cellSources, report.provenance);
  report.lines = lines;
  return report;
}

/**
 * A title that is a report's own name (…2023年政府信息公开工作年度报告), not a notice about reports (…报告编制发布工作的
 * 通知): with a statistics period of one year it makes a report even when its sections carry headings of their own
 * (一、政府信息公开工作的基本情况) and none of the official ones.
 */
function namesReport(layout: Layout): boolean {
  const title = layout.title?.text.replace(/[\s》」』"”]+$/, '');
  return title !== undefined && /(?:19|20)\d{2}\s*年/.test(title) && /(?:报告|年报)$/.test(title);
}

/** 某县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年，…: a page flattened to one line, title first. */
function runIntoOverview(units: Unit[], layout: Layout): boolean {
  const unit = units[layout.title?.units[0] ?? -1];
  return unit !== undefined && /^[^。]{0,80}?(?:报告|年报)》?\s*一、\s*总体情况/.test(unit.text);
}

/**
 * 某街道办事处 2024年…报告 over （一）主动公开 / （二）依申请公开 / （三）政府信息管理: the overview's parts right
 * under the title, its heading 一、总体情况 left out by the page.
 */
function outlineAfterTitle(units: Unit[], layout: Layout): boolean {
  const start = layout.title?.units.at(-1);
  if (start === undefined) return false;
  let parts = 0;
  for (const unit of units.slice(start + 1, start + 40)) {
    if (!unit.cells && OVERVIEW_PART.test(unit.text.trim())) parts++;
  }
  return parts >= 2;
}

/** A cell that reads 0 only because O, 〇 or 零 was typed for it. */
function lookalikeZero(key: string, prov: Provenance): Anomaly {
  const { raw, derivation: _, ...loc } = prov;
  return { code: 'lookalike-zero', key, text: `单元格写作“${raw}”，按数字 0 读取`, raw, loc, values: [0] };
}

/**
 * Sections 二 and 三, where the version markers are; from section 二 on when no later heading is found (a text cut
 * inside its tables: the overview may name 其他对外管理服务事项 in prose); the whole document without section 二.
 */
function tableSectionUnits(units: Unit[], layout: Layout): Unit[] {
  const start = layout.headings.activeDisclosure?.unit;
  const end = layout.headings.appeals?.unit ?? layout.headings.problems?.unit;
  if (start === undefined || (end !== undefined && end <= start)) return units;
  return units.slice(start, end);
}

interface Tables {
  active: TableRead;
  requests: TableRead;
  appeals: TableRead;
}

const TABLE_STARTS: Record<'activeDisclosure' | 'requests' | 'appeals', RegExp> = {
  activeDisclosure: /第二十条/,
  requests: /勾稽|申请人情况|本年新收/,
  appeals: /行政复议.{0,12}行政诉讼|结果维持/,
};

/** Each table is read from its section heading (or, without one, from its first label) to the next boundary. */
function readTables(units: Unit[], layout: Layout, format: FormatDef): Tables {
  const starts: Partial<Record<SectionKey, number>> = {};
  for (const key of SECTIONS_KEYS) {
    const heading = layout.headings[key];
    if (heading) starts[key] = heading.unit;
  }
  let searchFrom = 0;
  for (const key of ['activeDisclosure', 'requests', 'appeals'] as const) {
    if (starts[key] === undefined) {
      const found = units.findIndex((u, i) => i >= searchFrom && TABLE_STARTS[key].test(u.text.replace(/\s+/g, '')));
      if (found >= 0) starts[key] = found;
    }
    searchFrom = starts[key] ?? searchFrom;
  }
  const boundaries = [...Object.values(starts), layout.signatureStart, units.length].sort((a, b) => a - b);
  const region = (key: SectionKey): Unit[] => {
    const start = starts[key];
    if (start === undefined) return [];
    const end = boundaries.find((b) => b > start) ?? units.length;
    return units.slice(start, end);
  };
  const read = (key: 'activeDisclosure' | 'requests' | 'appeals', units: Unit[]): TableRead => {
    if (units.length === 0) return emptyTableRead();
    if (key === 'activeDisclosure') return readActive(units, format);
    return key === 'requests' ? readRequests(units, format) : readAppeals(units, format);
  };
  const tables: Tables = {
    active: read('activeDisclosure', region('activeDisclosure')),
    requests: read('requests', region('requests')),
    appeals: read('appeals', region('appeals')),
  };
  readAppendixTables(units, layout, tables, read);
  return tables;
}

/**
 * Tables printed as an appendix (附表) after the 落款, with the sections only saying 详见附表: a table not found in its
 * section is looked for after the last section, from its first label to the next table's.
 */
function readAppendixTables(
  units: Unit[],
  layout: Layout,
  tables: Tables,
  read: (key: 'activeDisclosure' | 'requests' | 'appeals', units: Unit[]) => TableRead,
): void {
  const missing = (['activeDisclosure', 'requests', 'appeals'] as const).filter((k) => !tables[tableField[k]].found);
  if (missing.length === 0) return;
  const after = Math.max(-1, ...Object.values(layout.headings).map((h) => h.unit)) + 1;
  const starts = (['activeDisclosure', 'requests', 'appeals'] as const).flatMap((key) => {
    const at = units.findIndex((u, i) => i >= after && TABLE_STARTS[key].test(u.text.replace(/\s+/g, '')));
    return at >= 0 ? [{ key, at }] : [];
  });
  for (const { key, at } of starts) {
    if (!missing.includes(key)) continue;
    const end = Math.min(...starts.filter((s) => s.at > at).map((s) => s.at), units.length);
    const table = read(key, units.slice(at, end));
    if (table.found) tables[tableField[key]] = table;
  }
}

const tableField = { activeDisclosure: 'active', requests: 'requests', appeals: 'appeals' } as const;

/** A report's sections before any is read, every key null in the keys' order: copied whole, which costs less than built. */
const NO_SECTIONS = Object.fromEntries(SECTIONS_KEYS.map((k) => [k, null])) as CanonicalReport['sections'];

/** `documentLines` holds each unit's line, by its index: a section lists the same line objects, made once. */
function readSections(
  units: Unit[],
  layout: Layout,
  tableUnits: number[][],
  documentLines: TextLine[],
): CanonicalReport['sections'] {
  // The headings found, in the order they stand: each put in its place as it comes (six at most, nearly always in
  // order already), where flatMap and a sort with a comparator cost more than a section's lines.
  const found: Array<{ key: SectionKey; ordinal: string; heading: HeadingFound }> = [];
  for (const { key, ordinal } of formatFor('2021').sections) {
    const heading = layout.headings[key];
    if (!heading) continue;
    let at = found.length;
    while (at > 0 && (found[at - 1]?.heading.unit ?? -1) > heading.unit) at--;
    found.splice(at, 0, { key, ordinal, heading });
  }
  const sections = { ...NO_SECTIONS };
  // One lookup per unit instead of one per table.
  const inTable: boolean[] = [];
  for (const list of tableUnits) for (const index of list) inTable[index] = true;
  found.forEach(({ key, ordinal, heading }, position) => {
    const next = found[position + 1]?.heading.unit ?? layout.signatureStart;
    const end = Math.max(heading.unit + 1, Math.min(next, heading.unit < layout.signatureStart ? layout.signatureStart : units.length));
    const lines: TextLine[] = [];
    const headingUnit = units[heading.unit];
    if (heading.rest && headingUnit) lines.push({ text: heading.rest, loc: headingUnit.loc });
    for (let index = heading.unit + 1; index < end && index < units.length; index++) {
      const line = documentLines[index];
      if (!inTable[index] && line) lines.push(line);
    }
    const section: SectionText = {
      ordinal,
      heading: heading.heading,
      text: lines.map((l) => l.text).join('\n'),
      loc: headingUnit?.loc ?? {},
      position,
      lines,
    };
    sections[key] = section;
  });
  return sections;
}

function provenance(unit: Unit | undefined, raw: string): Provenance {
  // The place's fields, then raw. Not `{ ...loc, raw }`: V8's optimised code gives each object spread with a field
  // added a map of its own, made at run time (ten times the cost of a copy and a store), and every later read of such
  // an object misses its inline cache.
  const source = Object.assign({}, unit?.loc) as Provenance;
  source.raw = raw;
  return source;
}

function fillMeta(
  report: CanonicalReport,
  units: Unit[],
  layout: Layout,
  year: YearFound | null,
): void {
  const meta = report.meta;
  if (layout.title && !layout.title.own) {
    meta.title = layout.title.text;
    report.provenance['meta.title'] = provenance(units[layout.title.units[0] ?? 0], layout.title.text);
  }
  const titleAgency = layout.title ? agencyFromTitle(layout.title.text) : null;
  // 正阳街道 on a line above 正阳街道办事处2023年…报告: the title's fuller name of the same body.
  const line = layout.headingAgency;
  const fuller = line !== null && titleAgency !== null && titleAgency.length > line.text.length && titleAgency.startsWith(line.text);
  meta.agencyInTitle = fuller ? titleAgency : (line?.text ?? titleAgency);
  meta.agencyInSignature = layout.signatureAgency?.text ?? null;
  if (meta.agencyInTitle) {
    const unit = fuller ? layout.title?.units[0] : (line?.unit ?? layout.title?.units[0]);
    report.provenance['meta.agencyInTitle'] = provenance(units[unit ?? 0], meta.agencyInTitle);
  }
  if (layout.signatureAgency) {
    report.provenance['meta.agencyInSignature'] = provenance(units[layout.signatureAgency.unit], layout.signatureAgency.text);
  }
  meta.agency = fullAgencyName(meta.agencyInTitle, meta.agencyInSignature);
  if (meta.agency) {
    const source =
      meta.agency === meta.agencyInSignature && layout.signatureAgency
        ? layout.signatureAgency.unit
        : fuller
          ? layout.title?.units[0]
          : (line?.unit ?? layout.title?.units[0]);
    report.provenance['meta.agency'] = provenance(units[source ?? 0], meta.agency);
  }
  if (!meta.agency) {
    const subject = sentenceSubject(units, layout);
    if (subject) {
      // 区商务局 in the overview, 广元市某区商务局 in the contact line: the same body, named with its place.
      const full = /^[省市县区]/.test(subject.name) || SHORT_TOWN.test(subject.name) ? contactWithPlace(units, layout, subject.name) : null;
      meta.agency = full?.name ?? subject.name;
      report.provenance['meta.agency'] = provenance(full?.unit ?? subject.unit, meta.agency);
    }
  }
  if (!meta.agency) {
    const contact = contactAgency(units, layout);
    if (contact) {
      meta.agency = contact.name;
      report.provenance['meta.agency'] = provenance(contact.unit, contact.name);
    }
  }
  if (!meta.agency) {
    const field = indexFieldAgency(units, layout);
    if (field) {
      meta.agency = field.name;
      report.provenance['meta.agency'] = provenance(field.unit, field.name);
    }
  }
  // 应急管理局2025年…报告 over 2025年，梅河口市应急管理局深入贯彻…: the title's bare name, with its place in the overview.
  if (meta.agency && meta.agency === meta.agencyInTitle && !meta.agencyInSignature) {
    const subject = sentenceSubject(units, layout);
    if (subject && subject.name.length > meta.agency.length && subject.name.endsWith(meta.agency)) {
      meta.agency = subject.name;
      report.provenance['meta.agency'] = provenance(subject.unit, subject.name);
    }
  }
  // 杨浦区某局 in the title, 由上海市杨浦区某局编制 in the preamble: the same body with its higher place before it.
  if (meta.agency && (/^[省市县区]/.test(meta.agency) || !meta.agencyInSignature)) {
    const relative = /^[省市县区]/.test(meta.agency);
    const full = namedInFull(units, layout, meta.agency);
    const placed = full !== null && (relative || /(?:省|市|州|盟|县|区)$/.test(full.name.slice(0, full.name.length - meta.agency.length)));
    if (full && placed) {
      meta.agency = full.name;
      report.provenance['meta.agency'] = provenance(full.unit, full.name);
    }
  }
  // 建章路街道 in the overview, 建章路街道办事处未接收到… a few lines on: the same body's full name, taken when nothing
  // fuller named it. So is 某市卫生健康委 in the title, 某市卫生健康委员会 in the contact line.
  if (meta.agency && !meta.agencyInSignature && SHORT_FORM.test(meta.agency)) {
    const full = writtenInFull(units, layout, meta.agency);
    if (full) {
      meta.agency = full.name;
      report.provenance['meta.agency'] = provenance(full.unit, full.name);
    }
  }
  // 镜湖区税务局 in the overview, 国家税务总局芜湖市镜湖区税务局（以下简称“镜湖区税务局”） in the preamble: the name the
  // report itself says it shortens.
  if (meta.agency) {
    const full = declaredFullName(units, layout, meta.agency);
    if (full) {
      meta.agency = full.name;
      report.provenance['meta.agency'] = provenance(full.unit, full.name);
    }
  }
  meta.level = levelOf(meta.agency) ?? (meta.agency ? null : levelSaidOfItself(units, layout));

  if (layout.signatureDate) {
    meta.publishedDate = layout.signatureDate.iso;
    report.provenance['meta.publishedDate'] = provenance(units[layout.signatureDate.unit], layout.signatureDate.raw);
  }
  meta.year = year?.year ?? null;
  if (year) report.provenance['meta.year'] = provenance(year.unit, year.raw);
}

/** A report's year and the text it was read from. */
interface YearFound {
  year: number;
  raw: string;
  unit: Unit | undefined;
}

/** The year in the title, else the statistics period's, else a sentence's before section 二, else the 落款's less one. */
function reportYear(
  units: Unit[],
  layout: Layout,
  titleYear: number | null,
  periodOnce: () => ReturnType<typeof statisticsPeriod>,
): YearFound | null {
  if (titleYear !== null && layout.title) return { year: titleYear, raw: String(titleYear), unit: units[layout.title.units[0] ?? 0] };
  const found = periodOnce() ?? sentenceYear(units, layout);
  if (found) return found;
  const signed = layout.signatureDate;
  return signed ? { year: Number(signed.iso.slice(0, 4)) - 1, raw: signed.iso, unit: units[signed.unit] } : null;
}

/**
 * 2024年，我局…: a sentence before section 二 that opens with a year, as overviews tell of the year they report. A
 * year inside a sentence (按时公开2022年政府信息公开工作年度报告) may be last year's, and is not taken.
 */
const SENTENCE_YEAR =
  /(?:^[?？]*|[。；;]|^[(（][一二三四五六七八九十][)）][^。]{0,20}[。.])\s*((?:截[至止])?\s*((?:19|20)\d{2})\s*年度?(?:\s*12\s*月\s*31\s*日)?)\s*(?:[，,]|以来|我|全)/;

/** Before the first heading after 一: later sections tell of next year's plans (2025年，我局将…). */
function beforeSectionTwo(units: Unit[], layout: Layout): Unit[] {
  // A loop over the keys: entries, flatMap and a spread into Math.min build four arrays for one number.
  let end = Infinity;
  for (const key of SECTIONS_KEYS) {
    const heading = key === 'overview' ? undefined : layout.headings[key];
    if (heading) end = Math.min(end, heading.unit);
  }
  return units.slice(0, end !== Infinity ? end : Math.min(units.length, 40));
}

function sentenceYear(units: Unit[], layout: Layout): { year: number; raw: string; unit: Unit } | null {
  for (const unit of beforeSectionTwo(units, layout)) {
    if (unit.cells) continue;
    const m = SENTENCE_YEAR.exec(unit.text);
    if (m?.[1] && m[2]) return { year: Number(m[2]), raw: m[1], unit };
  }
  // 2025年中仓街道积极推动…: the year opens a sentence about the body itself, with no comma after it.
  const subject = sentenceSubject(units, layout);
  if (subject) return { year: subject.year, raw: `${subject.year}年`, unit: subject.unit };
  // 现将我局2020年度政府信息公开情况报告如下: the year the preamble says it reports on.
  for (const unit of beforeSectionTwo(units, layout)) {
    const m = unit.cells ? null : REPORTED_YEAR.exec(unit.text);
    // …汇报我镇2023年政府信息公开工作: the same, said as what the report tells.
    const raw = m?.[1] ?? m?.[3];
    const year = m?.[2] ?? m?.[4];
    if (raw && year) return { year: Number(year), raw, unit };
  }
  return null;
}

/** 某某（以下简称“某某”）: a full name and the short name a report says it will use for it. */
const SHORTENED_AS = /([^，。；：:,;《》“”"（）()\s]{4,40}?)[(（]以下简称[“"‘]?([^()（）“”"’]{2,20}?)[”"’]?[)）]/g;

/** The full name before section 二 that the report says `short` stands for, when it is a fuller name of that body. */
function declaredFullName(units: Unit[], layout: Layout, short: string): { name: string; unit: Unit } | null {
  for (const unit of beforeSectionTwo(units, layout)) {
    if (unit.cells || !unit.text.includes('以下简称')) continue;
    for (const m of unit.text.matchAll(SHORTENED_AS)) {
      // 本报告结合国家税务总局某区税务局（以下简称…）: the name starts after the clause's verb.
      const name = (m[1] ?? '').replace(/^.*(?:结合|根据|依据|按照|由)/, '');
      if (m[2] === short && name.length > short.length && name.endsWith(short) && isAgencyName(name)) return { name, unit };
    }
  }
  return null;
}

const REPORTED_YEAR =
  /现将[^。，；,;]{0,20}?(((?:19|20)\d{2})\s*年度?)[^。，；,;]{0,30}?情况报告如下|汇报[^。，；,;]{0,20}?(((?:19|20)\d{2})\s*年度?)(?:政府信息公开|政务公开)工作/;

/**
 * 2024年，临江市某局认真贯彻…: the body an overview's year-opening sentence is about, for a report that names itself
 * nowhere else; on a page flattened to one line, the sentence right after 一、总体情况 opens one too. Taken only when it reads as a name (isAgencyName); 全区、我局、本镇 are not names.
 */
const SENTENCE_SUBJECT =
  /(?:^[?？]*|[。；;]|一、\s*总体情况)\s*(?:截[至止]\s*)?((?:19|20)\d{2})\s*年度?(?:\s*12\s*月\s*31\s*日)?(?:以来)?[，,]?\s*(?:在[^，。；;]{2,30}?(?:领导|指导)下[，,]\s*)?([^，。；：:,;《》“”"（）()\s\d]{2,20}?[(（][^，。；()（）\s\d]{1,10}[)）][^，。；：:,;《》“”"（）()\s\d]{2,30}?|[^，。；：:,;《》“”"（）()\s\d]{4,30}?)(?:[(（][^()（）]{1,20}[)）])?(?:认真|深入|坚持|严格|紧紧|始终|积极|高度|全面|围绕|持续|不断|进一步|在|按照|通过|依法|着力|立足|(?:的)?政府信息公开工作(?:在|坚持|认真|深入|按照|围绕))/;

/** 某开发区(某区)某局: a zone's body with the district it is merged with in brackets, read as a name without them. */
const MERGED_DISTRICT = /[(（][^()（）]{1,10}[)）]/;

/** 街道办事处、镇人民政府: what the body is, with no place to say which one. */
const GENERIC_NAME = /^(?:[省市县区乡镇]|街道)?(?:人民政府|政府|街道办事处|办事处|管委会|管理委员会)$/;

function sentenceSubject(units: Unit[], layout: Layout): { name: string; year: number; unit: Unit } | null {
  for (const unit of beforeSectionTwo(units, layout)) {
    if (unit.cells) continue;
    const m = SENTENCE_SUBJECT.exec(unit.text);
    const name = m?.[2];
    if (m?.[1] && name && !/^[全我本各该]/.test(name) && !GENERIC_NAME.test(name) && isAgencyName(name.replace(MERGED_DISTRICT, ''))) {
      return { name, year: Number(m[1]), unit };
    }
  }
  return null;
}

/**
 * 如对本报告有疑问，请与临江市某局办公室联系 / 请联系某局办公室: the body a preamble gives for questions, its 办公室 left
 * off. A contact may be another body (the county's disclosure office), so it is taken only when the name is written
 * again before section 二 outside the contact clause (由…编制, an overview sentence, the address).
 */
const CONTACT = /(?:请|可)(?:与|向)([^，。；：:,;《》“”"（）()\s]{3,40}?)(?:[(（][^()（）]{0,80}[)）])?联系|请联系[:：]?\s*([^，。；：:,;《》“”"（）()\s]{3,40}?)(?=[，,。；;(（]|联系电话|电话)/;
// 某区教育局局党政办公室: the bureau's own office written 局…办公室 after its name; only the office is left off.
const CONTACT_OFFICE = /(?<=局)局(?:党政)?(?:综合)?办公室$|(?:党政)?(?:综合)?办公室$|党[政建](?:综合)?办$/;
const NOT_THE_BODY = /信息公开|政务公开|政务服务|数据|档案|党政/;
/** A body's own office for disclosure or its general office, after the body's name in a contact clause. */
const OWN_DISCLOSURE_OFFICE = /(?:(?:政务|政府)?信息公开(?:工作)?(?:领导小组)?办公室|(?:党政)?(?:综合)?办公室)$/;

/** Each contact clause before section 二, with the body it names (spaces dropped). */
function contactClauses(units: Unit[], layout: Layout): Array<{ raw: string; match: RegExpExecArray; unit: Unit }> {
  const clauses: Array<{ raw: string; match: RegExpExecArray; unit: Unit }> = [];
  for (const unit of beforeSectionTwo(units, layout)) {
    if (unit.cells) continue;
    const match = CONTACT.exec(unit.text);
    const raw = (match?.[1] ?? match?.[2])?.replace(/\s+/g, '');
    if (match && raw) clauses.push({ raw, match, unit });
  }
  return clauses;
}

function contactAgency(units: Unit[], layout: Layout): { name: string; unit: Unit } | null {
  const clause = contactClauses(units, layout)[0];
  if (!clause) return null;
  const { raw, match: m, unit } = clause;
  const before = beforeSectionTwo(units, layout).filter((u) => !u.cells);
  // 某局办公室 is the bureau's own office; 某县人民政府办公室 is a body of its own and keeps its name.
  const trimmed = raw.replace(CONTACT_OFFICE, '');
  // So is a township's or street's 党政综合办公室 (某镇人民政府党政综合办公室).
  // 大演乡党政办, 某乡人民政府党建办: a township's own office named short, left off its name.
  const partyOffice = /党[政建](?:综合)?办(?:公室)?$/.test(raw) && /(?:[镇乡]|街道)$/.test(trimmed);
  const name =
    trimmed !== raw && (partyOffice || /(?:局|委员会|委|厅|署|管委会|中心|[镇乡]人民政府|街道办事处)$/.test(trimmed)) ? trimmed : raw;
  // 县人民政府办公室 without its place: a relative name, maybe the county's office a township report points to.
  if (!isAgencyName(name) || NOT_THE_BODY.test(name) || /^[我本该省市县区]/.test(name)) return null;
  // 唐村镇人民政府 is written again as 唐村镇政府 (唐村镇政府编制…).
  const short = name.replace(/人民政府$/, '政府');
  const elsewhere = before.some((u) => {
    const text = u === unit ? u.text.slice(0, m.index) + u.text.slice(m.index + m[0].length) : u.text;
    const flat = text.replace(/\s+/g, '');
    return flat.includes(name) || (short !== name && flat.includes(short));
  });
  // 某局办公室 named once, in a report that speaks of itself as 我局/本局: the bureau's own office, not another body.
  // So is 某局 itself, named with its address in brackets (请与平度市某局（地址：…）联系) by a report that says 我局; and
  // a township or street that says 我镇, 本街道 of itself.
  const own = OWN_BODY.find(([kind]) => kind.test(name));
  const ownBody = own !== undefined && before.some((u) => own[1].test(u.text));
  return elsewhere || ownBody ? { name, unit } : null;
}

/**
 * 结合我镇实际 / 本街道: a report that names itself nowhere still says what kind of body it is, when that kind is a
 * township or a street (我局 could be any level's bureau, and is not read).
 */
function levelSaidOfItself(units: Unit[], layout: Layout): 'township' | 'subdistrict' | null {
  const before = beforeSectionTwo(units, layout).filter((u) => !u.cells);
  const said = (pattern: RegExp) => before.some((u) => pattern.test(u.text));
  const township = said(/[我本][镇乡](?![长村])/);
  const street = said(/[我本]街/);
  return township === street ? null : township ? 'township' : 'subdistrict';
}

/** What a body is, and how a report speaks of itself when it is that body. */
const OWN_BODY: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/局$/, /[我本]局/],
  // 2021年度镇信息公开年度报告: a title that names only the kind of body it is speaks of itself too.
  [/镇(?:人民政府)?$/, /[我本]镇|(?:19|20)\d{2}\s*年度?镇(?:政府)?信息公开/],
  [/乡(?:人民政府)?$/, /[我本]乡|(?:19|20)\d{2}\s*年度?乡(?:政府)?信息公开/],
  // 我街: a street's short word for itself.
  [/街道(?:办事处)?$/, /[我本]街|(?:19|20)\d{2}\s*年度?街道(?:政府)?信息公开/],
];

/**
 * The contact line's body when its name is `relative` with a place before it (临江市东城区商务局 for 区商务局), or
 * `short`'s full name (某区人民政府白石街道办事处 for 白石街道, 某县白石镇人民政府 for 白石镇).
 */
function contactWithPlace(units: Unit[], layout: Layout, relative: string): { name: string; unit: Unit } | null {
  const full = SHORT_TOWN.test(relative) ? [relative, `${relative}办事处`, `${relative}人民政府`] : [relative];
  for (const { raw, unit } of contactClauses(units, layout)) {
    const name = raw.replace(CONTACT_OFFICE, '');
    if (name.length > relative.length && full.some((f) => name.endsWith(f)) && isAgencyName(name)) return { name, unit };
  }
  return null;
}

/**
 * `来 源: | 汉中市某局 | 发布机构: | 汉中市某局 |`: a page's index block above the report names who published it. Taken
 * only as the last resort and only a full name: 市审计局 (relative to a city the page does not name) is not.
 */
const INDEX_FIELD = /^(?:发布机构|发文机关|发布单位|来源)[:：]?$/;

function indexFieldAgency(units: Unit[], layout: Layout): { name: string; unit: Unit } | null {
  const firstHeading = Math.min(units.length, 12, ...Object.values(layout.headings).map((h) => h.unit));
  for (const unit of units.slice(0, firstHeading)) {
    // A row of a grid, or a line the text adapter kept as a paragraph with its pipes.
    const texts = unit.cells ? unit.cells.map((c) => c.text) : unit.text.includes('|') ? unit.text.split('|') : [];
    const cells = texts.map((t) => t.replace(/\s+/g, '')).filter((t) => t !== '');
    for (let i = 0; i + 1 < cells.length; i++) {
      const name = cells[i + 1] ?? '';
      if (!INDEX_FIELD.test(cells[i] ?? '') || !isAgencyName(name) || /^[省市县区乡镇]/.test(name)) continue;
      return { name, unit };
    }
  }
  return null;
}

/**
 * 市人民政府办公室 (a title's relative name) written in full where the page names who publishes the report: 现公开天门市
 * 人民政府办公室2021年…报告, 来源：铜陵市人民政府研究室, 由某市某局编制. 市政府 and 市人民政府 are the same words.
 */
function namedInFull(units: Unit[], layout: Layout, relative: string): { name: string; unit: Unit } | null {
  const core = (name: string) => name.replace(/人民政府/g, '政府');
  const want = core(relative);
  for (const unit of beforeSectionTwo(units, layout)) {
    if (unit.cells) continue;
    const published = publishedTitleIn(unit.text)?.[1];
    const contact = CONTACT.exec(unit.text);
    const names = [
      published ? agencyFromTitle(published) : null,
      /(?:^|\s)来源\s*[:：]\s*([^\s|，。；：:,;]{3,40})/.exec(unit.text)?.[1],
      /由([^，。；：:,;《》“”"（）()\s]{3,30}?)编制/.exec(unit.text)?.[1],
      // 请与高平市某街道办事处政务信息公开办公室联系: the body whose own office the contact is.
      (contact?.[1] ?? contact?.[2])?.replace(/\s+/g, '').replace(OWN_DISCLOSURE_OFFICE, ''),
    ];
    for (const name of names) {
      // Ending as the relative name does, it is a name of the same kind (研究室 as well as 局).
      if (name && !/[\d、，,（）()]/.test(name) && core(name).length > want.length && core(name).endsWith(want)) return { name, unit };
    }
  }
  return null;
}

/** A street or township named short (白石街道, 白石镇): its full name adds 办事处 or 人民政府. */
const SHORT_TOWN = /(?:街道|[镇乡])$/;
/** …and a commission named short (某市卫生健康委): its full name adds 员会. */
const SHORT_FORM = /(?:街道|[镇乡委])$/;

/** `short` followed by 办事处 (a street), 人民政府 (a township) or 员会 (a commission) in a sentence before section 二. */
function writtenInFull(units: Unit[], layout: Layout, short: string): { name: string; unit: Unit } | null {
  const name = short.endsWith('街道') ? `${short}办事处` : short.endsWith('委') ? `${short}员会` : `${short}人民政府`;
  for (const unit of beforeSectionTwo(units, layout)) {
    if (!unit.cells && unit.text.replace(/\s+/g, '').includes(name)) return { name, unit };
  }
  return null;
}

/** The statistics period stated before section 二 (in the preamble or the overview), when the title names no year. */
function statisticsPeriod(units: Unit[], layout: Layout): { year: number; raw: string; unit: Unit } | null {
  for (const unit of beforeSectionTwo(units, layout)) {
    if (unit.cells) continue;
    const found = findPeriodYear(unit.text);
    if (found) return { ...found, unit };
  }
  return null;
}

/**
 * （一）主动公开情况 / （二）依申请公开情况 under 一、总体情况: the overview's own sub-headings, which only an annual report
 * has. Two of them make a report of a text cut before section 二, with no title and no statistics period.
 */
const OVERVIEW_PART = /^[(（][一二三四五][)）]\s*(?:政府信息)?(?:主动公开|依申请公开|政府信息管理|(?:政府信息公开)?平台建设|监督保障)/;

function overviewOutline(units: Unit[], layout: Layout): boolean {
  const start = layout.headings.overview?.unit;
  if (start === undefined) return false;
  let parts = 0;
  for (const unit of units.slice(start + 1, start + 40)) {
    if (!unit.cells && OVERVIEW_PART.test(unit.text.trim())) parts++;
  }
  return parts >= 2;
}
