/** xyear-carry-over: this year's 上年结转 is last year's 结转下年度继续办理, column by column. */
import { getValue } from '../../model/values.js';
import type { RuleExamples } from '../examples.js';
import { requestColumnLabel } from '../labels.js';
import { previousCell } from '../previous.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'xyear-carry-over',
    severity: 'inconsistency',
    description: {
      'zh-CN': '本年度三表“二、上年结转政府信息公开申请数量”每一列应等于上一年度报告“四、结转下年度继续办理”的同一列。',
      en: 'Each column of this year’s 上年结转 (Table 三) equals the same column of last year’s 结转下年度继续办理.',
    },
    spec: 'format-spec §4.4 XYEAR-1 / EV-13',
    formats: ['2019', '2021'],
    needsPrevious: true,
    messages: {
      mismatch: {
        'zh-CN': '“{column}”列：本年度上年结转为 {actual} 件，上一年度报告结转下年度为 {expected} 件。',
        en: 'Column “{column}”: carried over this year is {actual}, but last year’s report carried forward {expected}.',
      },
      notPreviousYear: {
        'zh-CN': '用作对比的报告是 {before} 年度的，不是上一年度（{expected} 年度），未做跨年度核对。',
        en: 'The report given for comparison is for {before}, not the year before ({expected}); no cross-year check was made.',
      },
    },
    hint: {
      'zh-CN': '核对上年结转数与上一年度报告的结转下年度数。',
      en: 'Check the carried-over numbers against last year’s report.',
    },
  },
  check(context) {
    const { previous, report, format } = context;
    if (!previous) return;
    const year = report.meta.year;
    const before = previous.meta.year;
    if (year !== null && before !== null && before !== year - 1) {
      context.emit({ messageId: 'notPreviousYear', severity: 'info', data: { before, expected: year - 1 } });
      return;
    }
    for (const column of format.requestColumns) {
      const key = `requests.carriedOver.${column.key}`;
      const lastKey = `requests.carriedForward.${column.key}`;
      const actual = context.value(key);
      const expected = getValue(previous, lastKey);
      if (typeof actual !== 'number' || typeof expected !== 'number' || actual === expected) continue;
      context.emit({
        messageId: 'mismatch',
        data: { column: requestColumnLabel(format, column.key), actual, expected },
        location: context.locate(key),
        cells: [context.cell(key, 'lhs'), previousCell(previous, lastKey, 'rhs')],
        expected,
        actual,
      });
    }
  },
};

export const examples: RuleExamples = {
  valid: [
    {
      title: '上年结转 2 = 上一年度结转下年 2',
      meta: { year: 2024 },
      cells: { 'requests.carriedOver.naturalPerson': 2, 'requests.carriedOver.total': 2 },
      previous: {
        meta: { year: 2023 },
        cells: { 'requests.carriedForward.naturalPerson': 2, 'requests.carriedForward.total': 2 },
      },
    },
  ],
  invalid: [
    {
      title: '上年结转 0，上一年度报告结转下年 2',
      meta: { year: 2024 },
      previous: {
        meta: { year: 2023 },
        cells: { 'requests.carriedForward.naturalPerson': 2, 'requests.carriedForward.total': 2 },
      },
      errors: [
        { messageId: 'mismatch', key: 'requests.carriedOver.naturalPerson', expected: 2, actual: 0 },
        { messageId: 'mismatch', key: 'requests.carriedOver.total', expected: 2, actual: 0, includes: ['总计'] },
      ],
    },
    {
      title: '对比的是两年前的报告',
      meta: { year: 2024 },
      previous: { meta: { year: 2022 } },
      errors: [{ messageId: 'notPreviousYear', includes: ['2022', '2023'] }],
    },
  ],
};
