/** B1-balance: the official 勾稽 printed in Table B, checked column by column. */
import type { RuleExamples } from '../examples.js';
import { checkIdentity } from '../identity.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'B1-balance',
    severity: 'inconsistency',
    description: {
      'zh-CN': '三表每一列：本年新收 + 上年结转 = 本年度办理结果总计 + 结转下年度继续办理（表中印明的勾稽关系）。',
      en: 'Each column of Table 三: new + carried over = total processed + carried forward (the printed 勾稽 rule).',
    },
    spec: 'format-spec §4.1 ARITH-B1 / EV-07',
    formats: ['2019', '2021'],
    messages: {
      mismatch: {
        'zh-CN': '三表“{column}”列勾稽不平：本年新收 + 上年结转 = {lhs}，办理结果总计 + 结转下年度 = {rhs}，相差 {diff}。',
        en: 'Table 三, column “{column}” does not balance: new + carried over = {lhs}, total processed + carried forward = {rhs} (difference {diff}).',
      },
    },
    hint: {
      'zh-CN': '核对“{column}”列的（七）总计和“四、结转下年度继续办理”：二者之和应等于第一项与第二项之和。',
      en: 'Check （七）总计 and 四、结转下年度继续办理 in column “{column}”: together they must equal rows 一 and 二.',
    },
  },
  check(context) {
    checkIdentity(context, 'B1-balance');
  },
};

export const examples: RuleExamples = {
  valid: [
    { title: '全部为 0' },
    {
      title: '自然人列：新收 3 + 结转 1 = 办结 3 + 结转下年 1',
      cells: {
        'requests.newReceived.naturalPerson': 3,
        'requests.carriedOver.naturalPerson': 1,
        'requests.totalProcessed.naturalPerson': 3,
        'requests.carriedForward.naturalPerson': 1,
      },
    },
    {
      title: '有空白单元格的列不核算（由 blank-cell 报告）',
      cells: { 'requests.newReceived.naturalPerson': null, 'requests.totalProcessed.naturalPerson': 5 },
    },
  ],
  invalid: [
    {
      title: '自然人列：新收 3 + 结转 1 ≠ 办结 2 + 结转下年 1',
      cells: {
        'requests.newReceived.naturalPerson': 3,
        'requests.carriedOver.naturalPerson': 1,
        'requests.totalProcessed.naturalPerson': 2,
        'requests.carriedForward.naturalPerson': 1,
      },
      errors: [
        {
          messageId: 'mismatch',
          key: 'requests.totalProcessed.naturalPerson',
          expected: 4,
          actual: 3,
          includes: ['自然人', '= 4', '= 3', '相差 1'],
        },
      ],
    },
  ],
};
