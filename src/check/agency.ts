/** What a rule needs to know about the reporting body: its level and whether two names mean the same body. */
import type { CanonicalReport } from '../model/report.js';

/** 乡镇人民政府 or 街道办事处: no rule-making power, small fee amounts. Falls back on the name when the level is unknown. */
export function isGrassroots(report: CanonicalReport): boolean {
  const { level } = report.meta;
  if (level) return level === 'township' || level === 'subdistrict';
  const name = report.meta.agency ?? report.meta.agencyInSignature ?? report.meta.agencyInTitle ?? '';
  return /(镇|乡|街道)(人民政府|政府|办事处)?$/.test(name.replace(/\s+/g, ''));
}

/** The name without spaces and without a trailing 人民政府/政府/办事处, which short forms leave out. */
export function coreName(name: string): string {
  return name.replace(/\s+/g, '').replace(/(人民政府|政府|办事处)$/, '');
}

/**
 * Same body when one name is the other's short form: after the trailing 人民政府 is dropped, the longer name ends
 * with the shorter (沙泉镇 ~ 河曲县沙泉镇人民政府). 旧县镇 and 河曲县同县镇人民政府 are different bodies.
 */
export function sameBody(a: string, b: string): boolean {
  const x = coreName(a);
  const y = coreName(b);
  if (!x || !y) return true;
  return x.length >= y.length ? x.endsWith(y) : y.endsWith(x);
}
