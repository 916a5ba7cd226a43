/** Telling whether two names of an agency denote the same body: shared by extraction (full name) and checks. */

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
  const x = agencyCore(a);
  const y = agencyCore(b);
  if (!x || !y) return false;
  return x === y || x.endsWith(y) || y.endsWith(x);
}
