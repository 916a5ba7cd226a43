/** The agency: named in the title (or a line above it) and in the 落款; which one is the full name; its level. */
import { agencyCore, levelOf, sameAgency } from '../model/agency.js';
import { findYear } from './dates.js';

export { agencyCore, levelOf, sameAgency };

/** The last title asked and its agency: findTitle, findLayout and fillMeta each ask it of the same title. */
let lastTitle: string | null = null;
let lastAgency: string | null = null;

/** The agency a title names before (or right after) the year: 沙泉镇 2024 年政府信息公开工作年报 → 沙泉镇. */
export function agencyFromTitle(title: string): string | null {
  if (title !== lastTitle) {
    lastAgency = readAgencyFromTitle(title);
    lastTitle = title;
  }
  return lastAgency;
}

function readAgencyFromTitle(title: string): string | null {
  const named = namedInTitle(title.replace(/[《》“”"\s]/g, ''));
  // 洪山区人民政府信息公开…: the 政府 of the name is also the first word of the title words.
  // 上海市政府信息公开…: a bare place before 政府信息公开 is that place's government (人民政府 written 政府), whose
  // report the title names either way it is read.
  const placeGovernment = named !== null && BARE_PLACE.test(named) && title.replace(/[《》“”"\s]/g, '').includes(`${named}政府信息公开`);
  const agency = named?.endsWith('人民') || placeGovernment ? `${named}${placeGovernment ? '人民' : ''}政府` : named;
  // 现公布我局2022年…: the preamble's own body, not a name.
  // beat365官方网站…365051人民政府: a mirror site wrote its own words over the place name; no agency is written in Latin.
  if (agency && (/[A-Za-z_]/.test(agency) || SPAM_WORDS.test(agency))) return null;
  // 政府政务公开年报: a site's column over the report, 政府 no body's name.
  if (agency && /^(?:人民)?政府$/.test(agency)) return null;
  // 2021年度街道信息公开年度报告: what kind of body, with no place to say which one.
  if (agency && /^(?:街道|[镇乡])$/.test(agency)) return null;
  return agency && !/^[我本](?:单位|机关|部门|[局委办镇乡厅院所站])$/.test(agency) ? agency : null;
}

/**
 * 新葡京博彩官网区人民政府北京街道办事处: a mirror site's words written over a place name, in Chinese this time. No
 * body's name holds them.
 */
export const SPAM_WORDS = /博彩|娱乐|官网|赌|彩票|棋牌|葡京|真人|投注|下注|登录|注册/;

const TITLE_WORDS = /(政府信息公开|政务公开|信息公开)/;

/** 上海市, 云溪区, 某某自治州: a place's name and nothing more. */
const BARE_PLACE = /^(?![全本我各该])[^\s\d]{1,15}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区)$/;

/** 2024年沙泉镇政府信息公开…: a name of 2 to 30 characters right after the year, before the title words. */
const NAME_BEFORE_TITLE_WORDS = new RegExp(`^(.{2,30}?)${TITLE_WORDS.source}`);

function namedInTitle(text: string): string | null {
  const year = findYear(text);
  // 沙泉镇政府信息公开工作年度报告, or 沙泉镇政府信息公开工作2024年度报告: the words before the title words.
  if (!year || TITLE_WORDS.test(text.slice(0, year.index))) {
    const words = TITLE_WORDS.exec(text);
    const before = words ? text.slice(0, words.index).replace(/^关于/, '') : '';
    return before.length >= 2 && !/\d/.test(before) ? before : null;
  }
  const before = text.slice(0, year.index).replace(/^关于/, '').replace(/关于$/, '');
  // 政府信息公开工作年度报告（2024年）: the words before the year are the title itself, not an agency.
  if (/报告|年报/.test(before)) return null;
  if (before.length >= 2) return before;
  const after = text.slice(year.index + year.length).replace(/^度/, '');
  if (TITLE_WORDS.exec(after)?.index === 0) return null;
  const m = NAME_BEFORE_TITLE_WORDS.exec(after);
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
