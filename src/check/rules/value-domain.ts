/** value-domain: counts are whole numbers ≥ 0, money is ≥ 0, only 2019's 本年增/减 may be negative. */
import type { ValueTree } from '../../model/report.js';
import { cellRows, leafValue, rowObject, valueFacts } from '../cells.js';
import type { RuleExamples } from '../examples.js';
import { rowLabel } from '../labels.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'value-domain',
    severity: 'error',
    description: {
      'zh-CN': '件数为不小于 0 的整数；收费金额（万元）为不小于 0 的数；2019 年格式的“本年增/减”可为负数，但须为整数。',
      en: 'Counts are whole numbers ≥ 0; fee amounts (万元) are ≥ 0; the 2019 format’s 本年增/减 may be negative but whole.',
    },
    spec: 'format-spec §4.2 ARITH-B4, ARITH-A1 / EV-09',
    formats: ['2019', '2021'],
    messages: {
      negative: {
        'zh-CN': '“{row}”的“{column}”为 {value}，不应为负数。',
        en: '“{column}” of “{row}” is {value}; it cannot be negative.',
      },
      notInteger: {
        'zh-CN': '“{row}”的“{column}”为 {value}，件数应为整数。',
        en: '“{column}” of “{row}” is {value}; a count must be a whole number.',
      },
    },
    hint: {
      'zh-CN': '按原件核对该单元格的数值。',
      en: 'Check the value against the original.',
    },
  },
  check(context) {
    const { report } = context;
    // Whole numbers ≥ 0 everywhere satisfy every column's domain: the common case needs no cell-by-cell look.
    const facts = context.derived(valueFacts);
    const countsEverywhere = facts
      ? facts.active.counts && facts.requests.counts && facts.appeals.counts
      : allCounts(report.active) && allCounts(report.requests) && allCounts(report.appeals);
    if (countsEverywhere) return;
    // Usually only the fee amount (0.04 万元) brought us here: a table holding only whole numbers ≥ 0 has nothing to
    // report and is skipped; the others are read row by row rather than key by key.
    for (const row of cellRows(context.format)) {
      if (facts?.[row.table].counts) continue;
      const node = rowObject(report, row);
      for (const { def, leaf } of row.cells) {
        const value = leafValue(node, leaf);
        if (value === null || value === undefined) continue;
        const notInteger = def.valueType !== 'decimal' && !Number.isInteger(value);
        const negative = def.valueType !== 'signed' && value < 0;
        if (!notInteger && !negative) continue;
        context.emit({
          messageId: notInteger ? 'notInteger' : 'negative',
          data: { row: rowLabel(context.format, row.key), column: def.columnLabel, value },
          location: context.locate(def.key),
          cells: [context.cell(def.key)],
          actual: value,
        });
      }
    }
  },
};

export const examples: RuleExamples = {
  valid: [
    { title: '收费金额可为小数：0.04 万元', cells: { 'active.fees.amount': 0.04 } },
    { title: '2019 年格式的“本年增/减”可为负数', format: '2019', cells: { 'active.licensing.change': -3 } },
  ],
  invalid: [
    {
      title: '予以公开为 -1',
      cells: { 'requests.granted.naturalPerson': -1 },
      errors: [{ messageId: 'negative', key: 'requests.granted.naturalPerson', actual: -1, includes: ['予以公开', '-1'] }],
    },
    {
      title: '行政处罚决定数量为 2.5',
      cells: { 'active.penalty.decisions': 2.5 },
      errors: [{ messageId: 'notInteger', key: 'active.penalty.decisions', includes: ['行政处罚', '2.5'] }],
    },
    {
      title: '收费金额为负数',
      cells: { 'active.fees.amount': -0.5 },
      errors: [{ messageId: 'negative', key: 'active.fees.amount' }],
    },
  ],
};

function allCounts(tree: ValueTree): boolean {
  // for…in rather than Object.values: no array per node on a walk that runs for every report.
  for (const key in tree) {
    const value = tree[key];
    if (typeof value === 'number') {
      if (value < 0 || !Number.isInteger(value)) return false;
    } else if (value !== null && value !== undefined && !allCounts(value)) return false;
  }
  return true;
}
