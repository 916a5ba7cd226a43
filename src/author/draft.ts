/**
 * A Markdown draft of next year's report for a person to fill in with a text editor: title, the six official
 * headings with filling guidance, the three tables in the official layout with blank cells, the 落款. What last
 * year's report determines is prefilled: 上年结转 and, as a starting point, 现行有效件数.
 */
import { GongkaiError } from '../errors.js';
import { formatFor } from '../format/index.js';
import type { FormatVersion } from '../format/types.js';
import type { CanonicalReport } from '../model/report.js';
import { blankReport, getValue, setValue } from '../model/values.js';
import { paragraphsOf, reportContent } from '../render/content.js';
import { markdownDocument } from '../render/markdown.js';
import { preambleGuidance, sectionGuidance, signatureGuidance, type PreviousFacts } from './guidance.js';

export interface DraftOptions {
  agency: string;
  year: number;
  /** Last year's report, already read. */
  previous?: CanonicalReport | null;
}

export interface Draft {
  /** The Markdown text. */
  text: string;
  /** The report the draft's tables show (blank cells null), for tests and callers that want the prefill. */
  report: CanonicalReport;
  /** zh-CN notes about the previous report (another agency, another year), for stderr. */
  warnings: string[];
}

/** First year of the 2019 trial format; earlier reports used formats gongkai does not know. */
export const FIRST_YEAR = 2019;

/** The draft for an agency and year. */
export function draftReport(options: DraftOptions): Draft {
  const agency = options.agency.trim();
  if (!agency) throw new GongkaiError('bad-usage', '请用 --agency 给出发布机关全称');
  const { year } = options;
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > 2100) {
    throw new GongkaiError('bad-usage', `年度应为 ${FIRST_YEAR} 年及以后的四位年份，而不是 ${year}`);
  }
  const version: FormatVersion = year >= 2021 ? '2021' : '2019';
  const format = formatFor(version);
  const report = blankReport(version);
  report.meta.agency = agency;
  report.meta.year = year;
  report.meta.formatVersion = version;

  const previous = options.previous ?? null;
  const warnings = previous ? previousWarnings(previous, agency, year) : [];
  const facts = previous ? prefill(report, previous) : null;

  const text = markdownDocument(reportContent(report), {
    afterTitle: preambleGuidance(format.citation, format.name),
    afterHeading: sectionGuidance(year, facts),
    beforeSignature: signatureGuidance(year),
    datePlaceholder: `${year + 1}年__月__日`,
  });
  return { text, report, warnings };
}

/** Copies what last year's report determines into the draft and returns the facts the guidance quotes. */
function prefill(report: CanonicalReport, previous: CanonicalReport): PreviousFacts {
  const format = formatFor(report.meta.formatVersion ?? '2021');
  for (const column of format.requestColumns) {
    const value = getValue(previous, `requests.carriedForward.${column.key}`);
    if (value !== undefined && value !== null) setValue(report, `requests.carriedOver.${column.key}`, value);
  }
  // Only a 2021-format report has 现行有效件数; the 2019 对外公开总数量 counts something else.
  const inForce = (row: string): number | null => {
    const key = `active.${row}.inForce`;
    const value = getValue(previous, key);
    if (value === undefined || value === null || getValue(report, key) === undefined) return null;
    setValue(report, key, value);
    return value;
  };
  const problems = paragraphsOf(previous.sections.problems?.text ?? '').join(' ').replace(/\s+/g, ' ');
  return {
    year: previous.meta.year,
    regulationsInForce: inForce('regulations'),
    normativeDocsInForce: inForce('normativeDocs'),
    carriedForwardTotal: getValue(previous, 'requests.carriedForward.total') ?? null,
    problemsText: problems ? truncate(problems.replace(/[“”]/g, '"'), 200) : null,
  };
}

function previousWarnings(previous: CanonicalReport, agency: string, year: number): string[] {
  const warnings: string[] = [];
  const { year: lastYear, agency: lastAgency } = previous.meta;
  if (lastYear !== null && lastYear !== year - 1) {
    warnings.push(`上年报告的统计年度是 ${lastYear} 年，不是 ${year - 1} 年；预填的数字可能不对`);
  }
  if (lastAgency && lastAgency !== agency) warnings.push(`上年报告的发布机关是“${lastAgency}”，与“${agency}”不同`);
  return warnings;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}……`;
}
