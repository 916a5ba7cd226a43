/** format-version: report years from 2021 use the 2021 tables, 2019 and 2020 the trial format's. */
import type { RuleExamples } from '../examples.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'format-version',
    severity: 'error',
    description: {
      'zh-CN': '2021 年度及以后的报告须使用国办公开办函〔2021〕30号印发的格式；2019、2020 年度使用国办公开办函〔2019〕60号的试行格式。',
      en: 'Reports for 2021 onward use the format of 国办公开办函〔2021〕30号; 2019 and 2020 reports the trial format of 国办公开办函〔2019〕60号.',
    },
    spec: 'format-spec §4.5 STRUCT-2 / EV-03',
    formats: ['2019', '2021'],
    messages: {
      outdated: {
        'zh-CN': '{year} 年度报告使用了 2019 年试行格式的表格，应使用国办公开办函〔2021〕30号印发的格式。',
        en: 'The {year} report uses the tables of the 2019 trial format; it must use the format of 国办公开办函〔2021〕30号.',
      },
      premature: {
        'zh-CN': '{year} 年度报告使用了 2021 年格式的表格，该年度应使用 2019 年试行格式（国办公开办函〔2019〕60号）。',
        en: 'The {year} report uses the 2021 tables; that year uses the 2019 trial format (国办公开办函〔2019〕60号).',
      },
    },
    hint: {
      'zh-CN': '按报告年度适用的格式重新编制表格。',
      en: 'Redo the tables in the format for the report year.',
    },
  },
  check(context) {
    const { year, formatVersion } = context.report.meta;
    if (year === null || formatVersion === null) return;
    const location = context.locate('meta.formatVersion');
    if (year >= 2021 && formatVersion === '2019') context.emit({ messageId: 'outdated', data: { year }, location });
    if (year <= 2020 && formatVersion === '2021') context.emit({ messageId: 'premature', data: { year }, location });
  },
};

export const examples: RuleExamples = {
  valid: [
    { title: '2024 年度使用 2021 年格式', meta: { year: 2024 } },
    { title: '2020 年度使用 2019 年试行格式', format: '2019', meta: { year: 2020 } },
  ],
  invalid: [
    {
      title: '2022 年度仍用 2019 年试行格式',
      format: '2019',
      meta: { year: 2022 },
      errors: [{ messageId: 'outdated', key: 'meta.formatVersion', includes: ['2022'] }],
    },
    {
      title: '2020 年度用了 2021 年格式',
      meta: { year: 2020 },
      errors: [{ messageId: 'premature' }],
    },
  ],
};
