/** What a rule needs to know about the reporting body: its level and whether two names mean the same body. */
import type { CanonicalReport } from '../model/report.js';

/** 乡镇人民政府 or 街道办事处: no rule-making power, small fee amounts. Falls back on the name when the level is unknown. */
export function isGrassroots(report: CanonicalReport): boolean {
  const { level } = report.meta;
  if (level) return level === 'township' || level === 'subdistrict';
  const name = report.meta.agency ?? report.meta.agencyInSignature ?? report.meta.agencyInTitle ?? '';
  return /(镇|乡|街道)(人民政府|政府|办事处)?$/.test(name.replace(/\s+/g, ''));
}

export { agencyCore as coreName, sameAgency as sameBody } from '../model/agency.js';
