/** The canonical report as JSON, and reading one back (the output of `gongkai parse` or `render --to json`). */
import { GongkaiError } from '../errors.js';
import { SECTIONS_KEYS } from '../format/index.js';
import type { CanonicalReport, ReportMeta, Sections, ValueTree } from '../model/report.js';

/** The whole canonical report, indented, with a final newline. */
export function renderJson(report: CanonicalReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** True when the text is a JSON object or array, which no report document is. */
export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*[{[]/.test(text);
}

/**
 * A canonical report from JSON text: a report itself, an array of one, or an object holding one under `report`. Values are checked
 * leaf by leaf, because a report file is untrusted input; optional parts missing from it are filled in empty.
 */
export function readReportJson(text: string, file: string | null): CanonicalReport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new GongkaiError('corrupt', `JSON 格式错误：${(error as Error).message}`, file);
  }
  // `gongkai parse` of several files writes an array; one report in it is fine.
  if (Array.isArray(data)) {
    if (data.length !== 1) throw new GongkaiError('not-a-report', `JSON 中有 ${data.length} 份报告，请只给一份`, file);
    data = data[0];
  }
  if (isObject(data) && isObject(data.report) && !isObject(data.meta)) data = data.report;
  if (!isObject(data) || !isObject(data.meta)) {
    throw new GongkaiError('not-a-report', '不是 gongkai 报告 JSON：缺少 meta（请用 gongkai parse 生成）', file);
  }
  const fail = (what: string): never => {
    throw new GongkaiError('not-a-report', `报告 JSON 无效：${what}`, file);
  };
  const report: CanonicalReport = {
    source: isObject(data.source) ? (data.source as unknown as CanonicalReport['source']) : { file, format: 'text' },
    meta: readMeta(data.meta, fail),
    sections: readSections(data.sections, fail),
    active: readTree(data.active, 'active', fail),
    requests: readTree(data.requests, 'requests', fail),
    appeals: readTree(data.appeals, 'appeals', fail),
    provenance: isObject(data.provenance) ? (data.provenance as CanonicalReport['provenance']) : {},
    labels: Array.isArray(data.labels) ? (data.labels as CanonicalReport['labels']) : [],
    anomalies: Array.isArray(data.anomalies) ? (data.anomalies as CanonicalReport['anomalies']) : [],
    deviations: Array.isArray(data.deviations) ? data.deviations.filter((d): d is string => typeof d === 'string') : [],
  };
  if (Array.isArray(data.lines)) report.lines = data.lines as CanonicalReport['lines'];
  return report;
}

type Fail = (what: string) => never;

function readMeta(meta: Record<string, unknown>, fail: Fail): ReportMeta {
  const text = (key: string): string | null => {
    const value = meta[key];
    if (value === undefined || value === null) return null;
    return typeof value === 'string' ? value : fail(`meta.${key} 应为字符串`);
  };
  const year = meta.year ?? null;
  if (year !== null && !(typeof year === 'number' && Number.isInteger(year))) fail('meta.year 应为整数');
  const version = meta.formatVersion ?? null;
  if (version !== null && version !== '2019' && version !== '2021') fail('meta.formatVersion 应为 "2019" 或 "2021"');
  return {
    agency: text('agency'),
    year: year as number | null,
    publishedDate: text('publishedDate'),
    formatVersion: version as ReportMeta['formatVersion'],
    title: text('title'),
    level: text('level') as ReportMeta['level'],
    agencyInTitle: text('agencyInTitle'),
    agencyInSignature: text('agencyInSignature'),
  };
}

function readSections(sections: unknown, fail: Fail): Sections {
  const out = Object.fromEntries(SECTIONS_KEYS.map((k) => [k, null])) as Sections;
  if (sections === undefined || sections === null) return out;
  if (!isObject(sections)) return fail('sections 应为对象');
  for (const key of SECTIONS_KEYS) {
    const section = sections[key];
    if (section === undefined || section === null) continue;
    if (!isObject(section) || typeof section.text !== 'string') return fail(`sections.${key}.text 应为字符串`);
    out[key] = {
      ordinal: typeof section.ordinal === 'string' ? section.ordinal : '',
      heading: typeof section.heading === 'string' ? section.heading : '',
      text: section.text,
      loc: isObject(section.loc) ? section.loc : {},
      position: typeof section.position === 'number' ? section.position : 0,
      lines: Array.isArray(section.lines) ? (section.lines as never[]) : [],
    };
  }
  return out;
}

function readTree(tree: unknown, path: string, fail: Fail): ValueTree {
  if (tree === undefined || tree === null) return {};
  if (!isObject(tree)) return fail(`${path} 应为对象`);
  const out: ValueTree = {};
  for (const [key, value] of Object.entries(tree)) {
    if (value === null || (typeof value === 'number' && Number.isFinite(value))) out[key] = value;
    else if (isObject(value)) out[key] = readTree(value, `${path}.${key}`, fail);
    else fail(`${path}.${key} 应为数字或 null`);
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
