/** The agency: named in the title (or a line above it) and in the 落款; which one is the full name; its level. */
import { agencyCore, levelOf, sameAgency } from '../model/agency.js';
import { findYear } from './dates.js';

export { agencyCore, levelOf, sameAgency };

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
