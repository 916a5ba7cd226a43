/** B2-outcome-sum: the outcome rows （一）–（六） partition （七）总计, column by column. */
import type { RuleExamples } from '../examples.js';
import { checkIdentity } from '../identity.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'B2-outcome-sum',
    severity: 'inconsistency',
    description: {
      'zh-CN':
        '三表每一列：（七）总计 = （一）至（六）各项办理结果之和（区分处理的只计一次，各项互不重叠）。若（六）其他处理被印成一行，用该行的值作为（六）的合计。',
      en: 'Each column of Table 三: （七）总计 = the sum of outcome rows （一）–（六）, which do not overlap. A （六） printed as one collapsed row counts with its printed values.',
    },
    spec: 'format-spec §4.2 ARITH-B2 / EV-08',
    formats: ['2019', '2021'],
    messages: {
      mismatch: {
        'zh-CN': '三表“{column}”列：（七）总计为 {lhs}，（一）至（六）各项办理结果之和为 {rhs}，相差 {diff}。',
        en: 'Table 三, column “{column}”: （七）总计 is {lhs} but the outcome rows （一）–（六） add up to {rhs} (difference {diff}).',
      },
    },
    hint: {
      'zh-CN': '逐行核对“{column}”列的办理结果：每件申请只应计入一种结果，合计应等于（七）总计。',
      en: 'Check the outcome rows of column “{column}”: each application counts under exactly one outcome.',
    },
  },
  check(context) {
    checkIdentity(context, 'B2-outcome-sum');
  },
};

export const examples: RuleExamples = {
  valid: [
    {
      title: '自然人列：予以公开 2 + 不予处理·重复申请 1 = 总计 3',
      cells: {
        'requests.granted.naturalPerson': 2,
        'requests.notProcessed.duplicate.naturalPerson': 1,
        'requests.totalProcessed.naturalPerson': 3,
      },
    },
    {
      title: '（六）其他处理印成一行（1 件）时，以该行数值参与合计',
      cells: {
        'requests.otherDisposal.overdueCorrection.naturalPerson': null,
        'requests.otherDisposal.overdueFee.naturalPerson': null,
        'requests.otherDisposal.other.naturalPerson': null,
        'requests.totalProcessed.naturalPerson': 1,
      },
      anomalies: [
        {
          code: 'collapsed-row',
          key: 'requests.otherDisposal',
          text: '（六）其他处理只有一行',
          values: [1, 0, 0, 0, 0, 0, 1],
          loc: { table: 2, row: 24 },
        },
      ],
    },
  ],
  invalid: [
    {
      title: '自然人列：总计 3，但各项结果之和为 2',
      cells: { 'requests.granted.naturalPerson': 2, 'requests.totalProcessed.naturalPerson': 3 },
      errors: [
        {
          messageId: 'mismatch',
          key: 'requests.totalProcessed.naturalPerson',
          expected: 2,
          actual: 3,
          includes: ['自然人', '总计为 3', '之和为 2'],
        },
      ],
    },
    {
      title: '（六）其他处理印成一行（1 件），总计却为 2',
      cells: {
        'requests.otherDisposal.overdueCorrection.naturalPerson': null,
        'requests.otherDisposal.overdueFee.naturalPerson': null,
        'requests.otherDisposal.other.naturalPerson': null,
        'requests.totalProcessed.naturalPerson': 2,
      },
      anomalies: [
        {
          code: 'collapsed-row',
          key: 'requests.otherDisposal',
          text: '（六）其他处理只有一行',
          values: [1, 0, 0, 0, 0, 0, 1],
          loc: { table: 2, row: 24 },
        },
      ],
      errors: [{ messageId: 'mismatch', key: 'requests.totalProcessed.naturalPerson', expected: 1, actual: 2 }],
    },
  ],
};
