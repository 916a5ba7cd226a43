/** date-before-year-end: a report dated inside its own year cannot cover the whole statistics period. */
import type { RuleExamples } from '../examples.js';
import { dateName } from '../text.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'date-before-year-end',
    severity: 'error',
    description: {
      'zh-CN': '落款日期应在报告年度的 12 月 31 日之后：年度未结束时不可能报告全年（1月1日至12月31日）的数据。',
      en: 'The signature date falls after 31 December of the report year; before that the year’s figures cannot be complete.',
    },
    spec: 'format-spec §4.5 DATE-1 / EV-01',
    formats: ['2019', '2021'],
    messages: {
      early: {
        'zh-CN': '{dateName} {date} 在报告年度 {year} 年结束之前，数据不可能涵盖全年。',
        en: 'The report is {dateName} {date}, before the end of the report year {year}; it cannot cover the full year.',
      },
    },
    hint: {
      'zh-CN': '核对落款日期和报告年度。',
      en: 'Check the signature date and the report year.',
    },
  },
  check(context) {
    const { year, publishedDate } = context.report.meta;
    if (year === null || !publishedDate || !/^\d{4}-\d{2}-\d{2}$/.test(publishedDate)) return;
    if (publishedDate > `${year}-12-31`) return;
    context.emit({
      messageId: 'early',
      data: { date: publishedDate, year, dateName: dateName(context.report) },
      location: context.locate('meta.publishedDate'),
      actual: publishedDate,
    });
  },
};

export const examples: RuleExamples = {
  valid: [{ title: '次年 1 月发布', meta: { year: 2023, publishedDate: '2024-01-20' } }],
  invalid: [
    {
      title: '2023 年度报告落款 2023 年 12 月 21 日',
      meta: { year: 2023, publishedDate: '2023-12-21' },
      errors: [{ messageId: 'early', key: 'meta.publishedDate', actual: '2023-12-21', includes: ['2023-12-21'] }],
    },
  ],
};
