/** xyear-in-force: 现行有效 moves by this year's 制发 and 废止 from last year's figure. */
import { getValue } from '../../model/values.js';
import type { RuleExamples } from '../examples.js';
import { rowLabel } from '../labels.js';
import { previousCell, previousYear } from '../previous.js';
import type { Rule } from '../types.js';

const ROWS = ['regulations', 'normativeDocs'];

export const rule: Rule = {
  meta: {
    id: 'xyear-in-force',
    severity: 'warning',
    description: {
      'zh-CN': '本年度“现行有效件数”一般等于上一年度的现行有效件数 + 本年制发 − 本年废止（修订等情形可能例外，只作提示）。',
      en: 'This year’s 现行有效件数 is usually last year’s plus 本年制发 minus 本年废止 (amendments may break it, so only a warning).',
    },
    spec: 'format-spec §4.4 XYEAR-2, §4.2 ARITH-A2 / EV-13',
    formats: ['2021'],
    needsPrevious: true,
    messages: {
      mismatch: {
        'zh-CN': '“{row}”现行有效 {actual} 件，而上一年度 {before} 件 + 本年制发 {issued} 件 − 本年废止 {repealed} 件 = {expected} 件。',
        en: '“{row}”: {actual} in force, but last year’s {before} + {issued} issued − {repealed} repealed = {expected}.',
      },
    },
    hint: {
      'zh-CN': '核对现行有效件数；如有修订、清理等情况，可在正文中说明。',
      en: 'Check the number in force; explain amendments or clean-ups in the text.',
    },
  },
  check(context) {
    const previous = previousYear(context);
    if (!previous || previous.meta.formatVersion === '2019') return;
    for (const row of ROWS) {
      const key = (column: string): string => `active.${row}.${column}`;
      const actual = context.value(key('inForce'));
      const issued = context.value(key('issued'));
      const repealed = context.value(key('repealed'));
      const before = getValue(previous, key('inForce'));
      if (typeof actual !== 'number' || typeof issued !== 'number' || typeof repealed !== 'number') continue;
      if (typeof before !== 'number') continue;
      const expected = before + issued - repealed;
      if (expected === actual) continue;
      context.emit({
        messageId: 'mismatch',
        data: { row: rowLabel(context.format, `active.${row}`), actual, before, issued, repealed, expected },
        location: context.locate(key('inForce')),
        cells: [
          context.cell(key('inForce'), 'lhs'),
          previousCell(previous, key('inForce'), 'rhs'),
          context.cell(key('issued'), 'rhs'),
          context.cell(key('repealed'), 'rhs'),
        ],
        expected,
        actual,
      });
    }
  },
};

export const examples: RuleExamples = {
  valid: [
    {
      title: '上年 10 + 制发 2 − 废止 1 = 11',
      meta: { year: 2024 },
      cells: {
        'active.normativeDocs.issued': 2,
        'active.normativeDocs.repealed': 1,
        'active.normativeDocs.inForce': 11,
      },
      previous: { meta: { year: 2023 }, cells: { 'active.normativeDocs.inForce': 10 } },
    },
  ],
  invalid: [
    {
      title: '上年 10 + 制发 2 − 废止 0，现行有效却为 8',
      meta: { year: 2024 },
      cells: { 'active.normativeDocs.issued': 2, 'active.normativeDocs.inForce': 8 },
      previous: { meta: { year: 2023 }, cells: { 'active.normativeDocs.inForce': 10 } },
      errors: [
        { messageId: 'mismatch', key: 'active.normativeDocs.inForce', expected: 12, actual: 8, includes: ['行政规范性文件'] },
      ],
    },
  ],
};
