/** The agency: named in the title (or a line above it) and in the 落款; which one is the full name; its level. */
import type { AdminLevel } from '../model/report.js';
import { agencyCore, sameAgency } from '../model/agency.js';
import { findYear } from './dates.js';

export { agencyCore, sameAgency };

/** The agency a title names before (or right after) the year: 沙泉镇 2024 年政府信息公开工作年报 → 沙泉镇. */
export function agencyFromTitle(title: string): string | null {
  const text = title.replace(/[《》“”"\s]/g, '');
  const year = findYear(text);
  if (!year) return null;
  const before = text.slice(0, year.index).replace(/^关于/, '').replace(/关于$/, '');
  // 政府信息公开工作年度报告（2024年）: the words before the year are the title itself, not an agency.
  if (/报告|信息公开|政务公开|年报/.test(before)) return null;
  if (before.length >= 2) return before;
  const after = text.slice(year.index + year.length).replace(/^度/, '');
  if (/^(政府信息公开|政务公开|信息公开)/.test(after)) return null;
  const m = /^(.{2,30}?)(政府信息公开|政务公开|信息公开)/.exec(after);
  return m?.[1] ?? null;
}

/** The most complete consistent name: the 落款 when it agrees with the title, else the title's. */
export function fullAgencyName(inTitle: string | null, inSignature: string | null): string | null {
  if (inTitle && inSignature) {
    if (!sameAgency(inTitle, inSignature)) return inTitle;
    return agencyCore(inSignature).length >= agencyCore(inTitle).length ? inSignature : inTitle;
  }
  return inTitle ?? inSignature;
}

/** Administrative level from the name alone; null when the name does not tell. */
export function levelOf(name: string | null): AdminLevel | null {
  if (!name) return null;
  const n = name.replace(/\s+/g, '');
  if (/街道(办事处)?$/.test(n)) return 'subdistrict';
  if (/(镇|乡|苏木)(人民政府|政府)?$/.test(n)) return 'township';
  if (/^国务院|^(中华人民共和国|国家)/.test(n) && !/(省|自治区|市|县|区)/.test(n.replace(/^中华人民共和国/, ''))) {
    return 'central-department';
  }
  if (/(省|自治区)人民政府(办公厅)?$/.test(n) && !/(市|县|区|州|盟)人民政府/.test(n)) return 'province-government';
  if (/(县|区|旗)人民政府$/.test(n)) return 'county-government';
  if (/(市|州|盟)人民政府$/.test(n)) return 'city-government';
  if (/(县|区|旗)[^县区旗]*(局|委员会|委|办公室|中心|院|所|站|队|部)$/.test(n)) return 'county-department';
  if (/(市|州|盟)[^市州盟]*(局|委员会|委|办公室|中心|院|所|部)$/.test(n)) return 'city-department';
  if (/(省|自治区)[^省]*(厅|局|委员会|委|办公室)$/.test(n)) return 'province-department';
  return null;
}
