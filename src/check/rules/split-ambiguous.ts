/** split-ambiguous: digits printed without separators that can be cut into cells in more than one consistent way. */
import { anomaliesOf, anomalyLocation, anomalySubject } from '../anomalies.js';
import type { FormatDef } from '../../format/types.js';
import type { RuleExamples } from '../examples.js';
import type { Rule } from '../types.js';

/** Enough to show a reviewer the choice; the count says when there are more. */
const SHOWN = 3;
const SEARCH_LIMIT = 1000;

export const rule: Rule = {
  meta: {
    id: 'split-ambiguous',
    severity: 'warning',
    description: {
      'zh-CN': '数字之间缺少分隔（如“21710000218”），且有不止一种拆分方式都满足合计关系，读出的数值不能确定。',
      en: 'Digits printed without separators (e.g. “21710000218”) fit more than one split into cells, so the values read are uncertain.',
    },
    spec: 'format-spec §9 value conventions, §4.2 ARITH-B3 / EV-05',
    formats: ['2019', '2021'],
    messages: {
      ambiguous: {
        'zh-CN': '“{subject}”的数字“{raw}”连在一起，有 {count} 种拆分都满足合计：{splits}。',
        en: 'The digits “{raw}” of “{subject}” are run together; {count} splits add up: {splits}.',
      },
      unresolved: {
        'zh-CN': '“{subject}”的数字“{raw}”连在一起，无法唯一拆分：{text}',
        en: 'The digits “{raw}” of “{subject}” are run together and cannot be split with certainty: {text}',
      },
    },
    hint: {
      'zh-CN': '请对照原件确认各单元格的数值。',
      en: 'Confirm each cell’s value against the original.',
    },
  },
  check(context) {
    for (const anomaly of anomaliesOf(context.report, 'ambiguous-split')) {
      const raw = anomaly.raw ?? '';
      const { parts, groupSize } = rowShape(context.format, anomaly.key);
      const splits = fittingSplits(raw, parts, groupSize);
      const data = { subject: anomalySubject(context.format, anomaly), raw, text: anomaly.text };
      if (splits.length > 1) {
        const shown = splits.slice(0, SHOWN).map((s) => s.join(','));
        const more = splits.length > SHOWN ? ' …' : '';
        context.emit({
          messageId: 'ambiguous',
          data: { ...data, count: splits.length, splits: `${shown.join(' / ')}${more}` },
          location: anomalyLocation(anomaly),
        });
      } else {
        context.emit({ messageId: 'unresolved', data, location: anomalyLocation(anomaly) });
      }
    }
  },
};

/** How many cells a row key has in the format, and the size of each group that must add up (0: no sum). */
export function rowShape(format: FormatDef, key: string): { parts: number; groupSize: number } {
  let byKey = shapeCache.get(format);
  if (!byKey) shapeCache.set(format, (byKey = new Map()));
  let shape = byKey.get(key);
  if (!shape) {
    shape = findRowShape(format, key);
    // Anomaly keys are the format's row keys; the cap only guards against odd ones.
    if (byKey.size > 5000) byKey.clear();
    byKey.set(key, shape);
  }
  return { ...shape };
}

const shapeCache = new WeakMap<FormatDef, Map<string, { parts: number; groupSize: number }>>();

function findRowShape(format: FormatDef, key: string): { parts: number; groupSize: number } {
  if (key.startsWith('requests.')) return { parts: format.requestColumns.length, groupSize: format.requestColumns.length };
  const results = format.appealColumns.length;
  if (key === 'appeals') return { parts: format.appealGroups.length * results, groupSize: results };
  if (key.startsWith('appeals.')) return { parts: results, groupSize: results };
  const row = key.replace(/^active\./, '');
  const block = format.active.find((b) => b.rows.some((r) => r.key === row));
  return { parts: block?.columns.length ?? 0, groupSize: 0 };
}

/**
 * Splits of the printed digit runs (`1、0、1012`) into `parts` cells, no part with a leading zero, where every group
 * of `groupSize` cells ends with the sum of the others; with no sum to check (Table 二) every split fits.
 */
export function fittingSplits(raw: string, parts: number, groupSize: number): number[][] {
  const tokens = raw.split(/[\s、,，]+/).filter(Boolean);
  if (parts === 0 || tokens.length === 0 || !tokens.every((t) => /^\d+$/.test(t))) return [];
  const fits = (values: number[]): boolean => {
    if (groupSize === 0) return true;
    for (let start = 0; start < values.length; start += groupSize) {
      const group = values.slice(start, start + groupSize);
      const total = group.pop() ?? 0;
      if (group.reduce((a, b) => a + b, 0) !== total) return false;
    }
    return true;
  };
  // Digits from each token to the end: every cell still to fill takes at least one of them.
  const digitsFrom = tokens.map((_, i) => tokens.slice(i).reduce((n, t) => n + t.length, 0));
  const closesBadGroup = (values: number[]): boolean => {
    if (groupSize === 0 || values.length % groupSize !== 0) return false;
    let others = 0;
    for (let i = values.length - groupSize; i < values.length - 1; i++) others += values[i] as number;
    return others !== values[values.length - 1];
  };
  const out: number[][] = [];
  const acc: number[] = [];
  // Depth first, in the same order as trying every cut, but a branch is left as soon as it cannot fit (too few or too
  // many digits for the cells left, or a group whose sum is wrong) instead of being cut to the end first.
  const walk = (token: number, offset: number): void => {
    if (out.length >= SEARCH_LIMIT) return;
    const digits = tokens[token];
    if (digits === undefined) {
      if (acc.length === parts && fits(acc)) out.push([...acc]);
      return;
    }
    if (offset === digits.length) return walk(token + 1, 0);
    const cellsLeft = parts - acc.length;
    if (cellsLeft < tokens.length - token || cellsLeft > (digitsFrom[token] ?? 0) - offset) return;
    const maxLength = digits[offset] === '0' ? 1 : digits.length - offset;
    for (let length = 1; length <= maxLength; length++) {
      acc.push(Number(digits.slice(offset, offset + length)));
      if (!closesBadGroup(acc)) walk(token, offset + length);
      acc.pop();
    }
  };
  walk(0, 0);
  return out;
}

export const examples: RuleExamples = {
  valid: [{ title: '没有粘连的数字' }],
  invalid: [
    {
      title: '“予以公开”行印成“110000011”：1,10,0,0,0,0,11 与 11,0,0,0,0,0,11 都满足合计',
      anomalies: [
        { code: 'ambiguous-split', key: 'requests.granted', text: '多种拆分', raw: '110000011', loc: { table: 2, row: 3 } },
      ],
      errors: [
        {
          messageId: 'ambiguous',
          key: 'requests.granted',
          includes: ['（一）予以公开', '110000011', '2 种', '1,10,0,0,0,0,11 / 11,0,0,0,0,0,11'],
        },
      ],
    },
    {
      title: '二表没有合计可用：“行政规范性文件”印成“1012”，可拆为 1,0,12 或 10,1,2',
      anomalies: [
        { code: 'ambiguous-split', key: 'active.normativeDocs', text: '多种拆分', raw: '1012', loc: { table: 1, row: 2 } },
      ],
      errors: [{ messageId: 'ambiguous', key: 'active.normativeDocs', includes: ['1,0,12 / 10,1,2'] }],
    },
    {
      title: '四表一行“1、1、10012、…”：拆法不止一种',
      anomalies: [
        {
          code: 'ambiguous-split',
          key: 'appeals',
          text: '多种拆分',
          raw: '1110012、0、0、0、0、0、0、0、0、0、0',
          loc: { table: 3, row: 4 },
        },
      ],
      errors: [{ messageId: 'ambiguous', key: 'appeals', includes: ['3 种', '11,1,0,0,12,0'] }],
    },
    {
      title: '读不出数字时照录提取说明',
      anomalies: [{ code: 'ambiguous-split', key: 'requests.granted', text: '“予以公开”一行无法拆分', raw: '1、空、12' }],
      errors: [{ messageId: 'unresolved', key: 'requests.granted', includes: ['无法拆分'] }],
    },
  ],
};
