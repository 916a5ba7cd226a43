/** What a rule needs to know about the reporting body: its level and whether two names mean the same body. */
import { levelOf } from '../model/agency.js';
import type { AdminLevel, CanonicalReport } from '../model/report.js';

/** The body's level as extracted, else as its name tells. */
function levelOfBody(report: CanonicalReport): AdminLevel | null {
  const { meta } = report;
  return meta.level ?? levelOf(meta.agency ?? meta.agencyInSignature ?? meta.agencyInTitle);
}

/** 乡镇人民政府 or 街道办事处: no rule-making power, small fee amounts. Falls back on the name when the level is unknown. */
export function isGrassroots(report: CanonicalReport): boolean {
  const level = levelOfBody(report);
  return level === 'township' || level === 'subdistrict';
}

/**
 * A body that cannot make 规章: a township or street, and a county-level government or department. Only State Council
 * departments and provincial and districted-city governments make them (立法法 art. 91, 93).
 */
export function cannotMakeRegulations(report: CanonicalReport): 'grassroots' | 'county' | null {
  const level = levelOfBody(report);
  if (level === 'township' || level === 'subdistrict') return 'grassroots';
  return level === 'county-government' || level === 'county-department' ? 'county' : null;
}
