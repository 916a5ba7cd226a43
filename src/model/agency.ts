/** What an agency's name tells: whether two names denote the same body, and its level. Shared by extraction and checks. */
import type { AdminLevel } from './report.js';

const GOVERNMENT_SUFFIX = /(人民政府|政府|办事处)$/;

/** The body a name stands for, without the 人民政府/办事处 ending: 河曲县沙泉镇人民政府 → 河曲县沙泉镇. */
export function agencyCore(name: string): string {
  return name.replace(/\s+/g, '').replace(GOVERNMENT_SUFFIX, '');
}

/**
 * Whether two names can denote the same agency: one is the other's short form (沙泉镇 / 河曲县沙泉镇人民政府).
 * 旧县镇 and 同县镇 are different bodies even inside the same county.
 */
export function sameAgency(a: string, b: string): boolean {
  const x = commissionShort(agencyCore(a));
  const y = commissionShort(agencyCore(b));
  if (!x || !y) return false;
  return x === y || x.endsWith(y) || y.endsWith(x);
}

/** 某市卫生健康委员会 written short as 某市卫生健康委 (a title, a 落款): the same commission. */
function commissionShort(core: string): string {
  return core.replace(/委员会$/, '委');
}

/** Administrative level from the name alone; null when the name does not tell. */
export function levelOf(name: string | null): AdminLevel | null {
  if (!name) return null;
  // 自治区 is a province: read as 省, so that its 区 is not taken for a district's (西藏自治区统计局).
  const n = name.replace(/\s+/g, '').replace(/自治区/g, '省');
  if (/街道(办事处)?$/.test(n)) return 'subdistrict';
  if (/(镇|乡|苏木)(人民政府|政府)?$/.test(n)) return 'township';
  if (/^国务院|^(中华人民共和国|国家)/.test(n) && !/(省|自治区|市|县|区)/.test(n.replace(/^中华人民共和国/, ''))) {
    return 'central-department';
  }
  if (/(省|自治区)人民政府(办公厅)?$/.test(n) && !/(市|县|区|州|盟)人民政府/.test(n)) return 'province-government';
  // The four municipalities are provinces' peers: their governments report by the provincial deadline too.
  if (/^(北京|天津|上海|重庆)市人民政府$/.test(n)) return 'province-government';
  if (/(县|区|旗)人民政府$/.test(n)) return 'county-government';
  if (/(市|州|盟)人民政府$/.test(n)) return 'city-government';
  if (/(县|区|旗)[^县区旗]*(局|委员会|委|办公室|中心|院|所|站|队|部)$/.test(n)) return 'county-department';
  if (/(市|州|盟)[^市州盟]*(局|委员会|委|办公室|中心|院|所|部)$/.test(n)) return 'city-department';
  if (/(省|自治区)[^省]*(厅|局|委员会|委|办公室)$/.test(n)) return 'province-department';
  return null;
}
