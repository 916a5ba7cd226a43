/**
 * Random valid reports for property tests and the benchmark. Every report satisfies the identities of format-spec §4
 * (B1 balance per column, B2 outcome sum, B3 row totals, C1 appeal totals) and looks like a real one: mostly zeros,
 * a township with a handful of applications, now and then a department with hundreds.
 */
import { formatFor, SECTIONS_KEYS } from '../format/index.js';
import type { FormatDef, FormatVersion } from '../format/types.js';
import type { CanonicalReport, SectionText } from '../model/report.js';
import { blankReport, getValue, setValue } from '../model/values.js';
import { randomAgency, type RandomLevel } from './names.js';
import { sectionProse } from './prose.js';
import { Rng } from './rng.js';

export interface RandomReportOptions {
  /** Default: 2021 for most seeds, 2019 for about one in seven. */
  version?: FormatVersion;
  /** Default: 2021–2025 for the 2021 format, 2019–2020 for the 2019 format. */
  year?: number;
  level?: RandomLevel;
}

interface Profile {
  /** Typical number of new applications from natural persons in a year with any. */
  scale: number;
  /** Chance that the agency received no application at all. */
  quiet: number;
  /** Scale of 行政许可 / 行政处罚 decisions. */
  decisions: number;
  /** Largest fee in 分 of 万元 (hundredths), so 5000 = 50.00 万元. */
  maxFee: number;
}

const PROFILES: Record<RandomLevel, Profile> = {
  township: { scale: 3, quiet: 0.5, decisions: 20, maxFee: 5000 },
  subdistrict: { scale: 5, quiet: 0.4, decisions: 15, maxFee: 3000 },
  'county-department': { scale: 12, quiet: 0.3, decisions: 150, maxFee: 500000 },
  'county-government': { scale: 50, quiet: 0.05, decisions: 30, maxFee: 20000 },
  'city-department': { scale: 35, quiet: 0.1, decisions: 400, maxFee: 2000000 },
  'city-government': { scale: 250, quiet: 0.02, decisions: 50, maxFee: 50000 },
};

const LEVEL_WEIGHTS: Array<[RandomLevel, number]> = [
  ['township', 5],
  ['subdistrict', 2],
  ['county-department', 4],
  ['county-government', 1],
  ['city-department', 2],
  ['city-government', 1],
];

/** How often each applicant type files, relative to natural persons. */
const APPLICANTS: Array<[string, number, number]> = [
  // column, chance of any, share of the natural-person scale
  ['naturalPerson', 1, 1],
  ['commercial', 0.3, 0.3],
  ['research', 0.03, 0.1],
  ['socialWelfare', 0.03, 0.1],
  ['legalService', 0.08, 0.2],
  ['other', 0.1, 0.2],
];

/** Relative frequency of each outcome row; rows not listed weigh 1. */
const OUTCOME_WEIGHTS: Record<string, number> = {
  granted: 40,
  partiallyGranted: 8,
  'withheld.stateSecret': 0.5,
  'withheld.threeSecurityOneStability': 0.5,
  'withheld.thirdPartyRights': 2,
  'withheld.internalAffairs': 2,
  'withheld.processInfo': 3,
  'withheld.adminQuery': 2,
  'unavailable.notHeld': 20,
  'unavailable.needsCreation': 4,
  'unavailable.unclearAfterCorrection': 2,
  'notProcessed.complaint': 4,
  'notProcessed.duplicate': 3,
  'otherDisposal.overdueCorrection': 3,
  'otherDisposal.overdueFee': 0.5,
  'otherDisposal.other': 4,
  otherDisposal: 7,
};

/** A valid report of a fictional agency, the same for the same seed and options. */
export function randomReport(seed: number, options: RandomReportOptions = {}): CanonicalReport {
  const rng = new Rng(seed);
  const version: FormatVersion =
    options.version ?? (options.year !== undefined ? (options.year >= 2021 ? '2021' : '2019') : rng.chance(6 / 7) ? '2021' : '2019');
  const year = options.year ?? (version === '2021' ? rng.int(2021, 2025) : rng.int(2019, 2020));
  const level = options.level ?? rng.weighted(LEVEL_WEIGHTS);
  const agency = randomAgency(rng.fork(), level);
  const format = formatFor(version);
  const profile = PROFILES[level];

  const report = blankReport(version, 0);
  fillRequests(report, format, rng.fork(), profile);
  fillAppeals(report, format, rng.fork());
  if (version === '2021') fillActive2021(report, rng.fork(), level, profile);
  else fillActive2019(report, rng.fork(), level, profile);

  const title = `${agency.full}${year}年政府信息公开工作年度报告`;
  const day = rng.int(5, 31);
  report.meta = {
    agency: agency.full,
    year,
    publishedDate: `${year + 1}-01-${String(day).padStart(2, '0')}`,
    formatVersion: version,
    title,
    level,
    agencyInTitle: agency.full,
    agencyInSignature: agency.full,
  };
  const total = (key: string): number => getValue(report, key) ?? 0;
  const prose = sectionProse(rng.fork(), agency, {
    year,
    newReceived: total('requests.newReceived.total'),
    carriedOver: total('requests.carriedOver.total'),
    reviews: total('appeals.review.total'),
    lawsuits: total('appeals.litigationDirect.total') + total('appeals.litigationAfterReview.total'),
    overdueFee: version === '2021' ? total('requests.otherDisposal.overdueFee.total') : 0,
    proactiveItems: rng.int(12, 640),
  });
  SECTIONS_KEYS.forEach((key, position) => {
    const def = format.sections[position];
    if (!def) return;
    const section: SectionText = {
      ordinal: def.ordinal,
      heading: `${def.ordinal}、${def.heading}`,
      text: prose[key],
      loc: {},
      position,
      lines: [],
    };
    report.sections[key] = section;
  });
  return report;
}

/** A count with an exponential tail: mostly small, now and then large. */
function count(rng: Rng, scale: number): number {
  const spike = rng.chance(0.03) ? 20 : 1;
  return 1 + Math.floor(scale * spike * -Math.log(1 - rng.float()));
}

function fillRequests(report: CanonicalReport, format: FormatDef, rng: Rng, profile: Profile): void {
  const quiet = rng.chance(profile.quiet);
  const outcomes = format.requestRows.filter((r) => r.outcome).map((r) => r.key);
  const weighted = outcomes.map((key) => [key, OUTCOME_WEIGHTS[key] ?? 1] as const);
  for (const [column, any, share] of APPLICANTS) {
    const received = !quiet && rng.chance(any) ? count(rng, profile.scale * share) : 0;
    const carriedOver = !quiet && rng.chance(0.2) ? rng.int(1, Math.max(1, Math.floor(received / 5) + 1)) : 0;
    const open = received + carriedOver;
    const carriedForward = open > 0 && rng.chance(0.25) ? rng.int(0, Math.min(open, Math.ceil(open * 0.2) + 1)) : 0;
    const processed = open - carriedForward;
    setValue(report, `requests.newReceived.${column}`, received);
    setValue(report, `requests.carriedOver.${column}`, carriedOver);
    setValue(report, `requests.totalProcessed.${column}`, processed);
    setValue(report, `requests.carriedForward.${column}`, carriedForward);
    // Split the closed applications over a few outcome rows, as real agencies' tables do.
    const rows = new Set<string>();
    const parts = Math.min(processed, rng.int(1, 4));
    while (rows.size < parts) rows.add(rng.weighted(weighted));
    const cuts = [...rows].map(() => rng.float()).sort((a, b) => a - b);
    let given = 0;
    [...rows].forEach((row, i) => {
      const upTo = i === rows.size - 1 ? processed : Math.max(given + 1, Math.round(processed * (cuts[i + 1] ?? 1)));
      const share = Math.min(upTo, processed - (rows.size - 1 - i)) - given;
      setValue(report, `requests.${row}.${column}`, share);
      given += share;
    });
  }
  for (const row of format.requestRows) {
    let sum = 0;
    for (const [column] of APPLICANTS) sum += getValue(report, `requests.${row.key}.${column}`) ?? 0;
    setValue(report, `requests.${row.key}.total`, sum);
  }
}

function fillAppeals(report: CanonicalReport, format: FormatDef, rng: Rng): void {
  const busy = (getValue(report, 'requests.newReceived.total') ?? 0) > 0 ? 0.3 : 0.03;
  for (const group of format.appealGroups) {
    let sum = 0;
    for (const column of format.appealColumns) {
      if (column.key === 'total') continue;
      const n = rng.chance(busy) ? rng.weighted([[1, 6], [2, 3], [rng.int(3, 12), 1]] as const) : 0;
      setValue(report, `appeals.${group.key}.${column.key}`, n);
      sum += n;
    }
    setValue(report, `appeals.${group.key}.total`, sum);
  }
}

/** A fee in 万元 with at most two decimals, built from hundredths so no float noise gets printed. */
function fee(rng: Rng, profile: Profile, chargeChance: number): number {
  if (!rng.chance(chargeChance)) return 0;
  let hundredths = rng.int(1, profile.maxFee);
  if (rng.chance(0.3)) hundredths = Math.max(10, Math.round(hundredths / 10) * 10);
  return hundredths / 100;
}

function fillActive2021(report: CanonicalReport, rng: Rng, level: RandomLevel, profile: Profile): void {
  const set = (key: string, n: number) => setValue(report, `active.${key}`, n);
  // Only 设区的市 governments (and above) make 规章; townships and departments never do (XSEC-5).
  if (level === 'city-government') {
    const issued = rng.int(0, 3);
    set('regulations.issued', issued);
    set('regulations.repealed', rng.int(0, 2));
    set('regulations.inForce', issued + rng.int(5, 60));
  }
  const small = level === 'township' || level === 'subdistrict';
  const issued = rng.chance(small ? 0.3 : 0.6) ? rng.int(1, small ? 3 : 12) : 0;
  set('normativeDocs.issued', issued);
  set('normativeDocs.repealed', rng.chance(0.3) ? rng.int(1, 4) : 0);
  set('normativeDocs.inForce', issued + (rng.chance(small ? 0.5 : 0.9) ? rng.int(0, small ? 8 : 80) : 0));
  set('licensing.decisions', rng.chance(small ? 0.5 : 0.8) ? count(rng, profile.decisions) : 0);
  set('penalty.decisions', rng.chance(small ? 0.4 : 0.7) ? count(rng, profile.decisions / 2) : 0);
  set('coercion.decisions', rng.chance(0.15) ? rng.int(1, 9) : 0);
  set('fees.amount', fee(rng, profile, small ? 0.2 : 0.6));
}

function fillActive2019(report: CanonicalReport, rng: Rng, level: RandomLevel, profile: Profile): void {
  const set = (key: string, n: number) => setValue(report, `active.${key}`, n);
  const small = level === 'township' || level === 'subdistrict';
  for (const row of ['regulations', 'normativeDocs']) {
    const makes = row === 'normativeDocs' || level === 'city-government';
    const made = makes && rng.chance(0.5) ? rng.int(1, small ? 3 : 10) : 0;
    const published = Math.min(made, rng.int(0, made));
    set(`${row}.made`, made);
    set(`${row}.published`, published);
    set(`${row}.totalPublished`, published + (makes ? rng.int(0, 40) : 0));
  }
  for (const row of ['licensing', 'otherServices', 'penalty', 'coercion']) {
    const items = rng.chance(small ? 0.5 : 0.9) ? rng.int(1, small ? 30 : 200) : 0;
    set(`${row}.previousItems`, items);
    // 本年增/减 is signed and cannot remove more items than existed.
    set(`${row}.change`, items > 0 && rng.chance(0.4) ? rng.int(-Math.min(items, 5), 8) : 0);
    set(`${row}.decisions`, items > 0 && rng.chance(0.7) ? count(rng, profile.decisions / (row === 'coercion' ? 10 : 1)) : 0);
  }
  const feeItems = rng.chance(small ? 0.2 : 0.7) ? rng.int(1, 12) : 0;
  set('fees.previousItems', feeItems);
  set('fees.change', feeItems > 0 && rng.chance(0.3) ? rng.int(-1, 2) : 0);
  const procured = rng.chance(small ? 0.2 : 0.6) ? rng.int(1, 30) : 0;
  set('procurement.items', procured);
  set('procurement.amount', procured > 0 ? fee(rng, profile, 1) : 0);
}
