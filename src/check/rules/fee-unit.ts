/** fee-unit: a township fee of 1000万元 or more is almost surely yuan written in the 万元 cell. */
import { isGrassroots } from '../agency.js';
import type { RuleExamples } from '../examples.js';
import type { Rule } from '../types.js';

/** 1,000万元 = 1,000万 yuan: far above what a 乡镇 or 街道 collects in a year. */
const THRESHOLD = 1000;
const KEY = 'active.fees.amount';

export const rule: Rule = {
  meta: {
    id: 'fee-unit',
    severity: 'warning',
    description: {
      'zh-CN': '乡镇、街道的“行政事业性收费”金额以万元计，达到 1000 万元以上时多半是把“元”填进了“万元”栏。',
      en: 'A township’s 行政事业性收费 amount is in 万元; 1,000万元 or more usually means yuan were written in the 万元 cell.',
    },
    spec: 'format-spec §4.3 XSEC-6 / EV-12',
    formats: ['2021'],
    messages: {
      looksLikeYuan: {
        'zh-CN': '行政事业性收费金额为 {value} 万元，对乡镇、街道而言过大，疑似以“元”为单位填写（应为 {wan} 万元）。',
        en: 'The 行政事业性收费 amount is {value}万元, too large for a township; it looks like yuan (that would be {wan}万元).',
      },
    },
    hint: {
      'zh-CN': '本栏单位为万元：400 元应填 0.04。',
      en: 'The unit is 万元: 400 yuan is written 0.04.',
    },
  },
  check(context) {
    const value = context.value(KEY);
    if (value === null || value === undefined || value < THRESHOLD || !isGrassroots(context.report)) return;
    context.emit({
      messageId: 'looksLikeYuan',
      data: { value, wan: value / 10000 },
      location: context.locate(KEY),
      cells: [context.cell(KEY)],
      actual: value,
      expected: value / 10000,
    });
  },
};

export const examples: RuleExamples = {
  valid: [
    { title: '镇：收费 0.04 万元', meta: { level: 'township' }, cells: { [KEY]: 0.04 } },
    { title: '市级部门：收费 2500 万元不判断', meta: { level: 'city-department' }, cells: { [KEY]: 2500 } },
  ],
  invalid: [
    {
      title: '镇：收费 4000 万元',
      meta: { level: 'township' },
      cells: { [KEY]: 4000 },
      errors: [{ messageId: 'looksLikeYuan', key: KEY, expected: 0.4, includes: ['4000', '0.4'] }],
    },
    {
      title: '层级未知但机关名为街道办事处',
      meta: { agency: '东城区和平街道办事处' },
      cells: { [KEY]: 1200 },
      errors: [{ messageId: 'looksLikeYuan' }],
    },
  ],
};
