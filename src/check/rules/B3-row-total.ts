/** B3-row-total: in every Table B row, 总计 = the six applicant columns. */
import type { RuleExamples } from '../examples.js';
import { checkIdentity } from '../identity.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'B3-row-total',
    severity: 'inconsistency',
    description: {
      'zh-CN': '三表每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。',
      en: 'Each row of Table 三: 总计 = the sum of the six applicant columns.',
    },
    spec: 'format-spec §4.2 ARITH-B3 / EV-08',
    formats: ['2019', '2021'],
    messages: {
      mismatch: {
        'zh-CN': '三表“{row}”行：总计为 {lhs}，各类申请人之和为 {rhs}，相差 {diff}。',
        en: 'Table 三, row “{row}”: 总计 is {lhs} but the applicant columns add up to {rhs} (difference {diff}).',
      },
    },
    hint: {
      'zh-CN': '核对“{row}”行的总计：应为自然人与五类法人或其他组织之和。',
      en: 'Check 总计 in row “{row}”: it is the natural persons plus the five kinds of organisations.',
    },
  },
  check(context) {
    checkIdentity(context, 'B3-row-total');
  },
};

export const examples: RuleExamples = {
  valid: [
    {
      title: '本年新收：自然人 2 + 商业企业 1 = 总计 3',
      cells: {
        'requests.newReceived.naturalPerson': 2,
        'requests.newReceived.commercial': 1,
        'requests.newReceived.total': 3,
      },
    },
  ],
  invalid: [
    {
      title: '本年新收：自然人 2 + 商业企业 1，总计却为 4',
      cells: {
        'requests.newReceived.naturalPerson': 2,
        'requests.newReceived.commercial': 1,
        'requests.newReceived.total': 4,
      },
      errors: [
        {
          messageId: 'mismatch',
          key: 'requests.newReceived.total',
          expected: 3,
          actual: 4,
          includes: ['本年新收', '总计为 4', '之和为 3'],
        },
      ],
    },
    {
      title: '印成一行的（六）其他处理：各列之和 1，总计却为 2',
      cells: {
        'requests.otherDisposal.overdueCorrection.naturalPerson': null,
        'requests.otherDisposal.overdueFee.naturalPerson': null,
        'requests.otherDisposal.other.naturalPerson': null,
      },
      anomalies: [
        {
          code: 'collapsed-row',
          key: 'requests.otherDisposal',
          text: '（六）其他处理只有一行',
          values: [1, 0, 0, 0, 0, 0, 2],
          loc: { table: 2, row: 24 },
        },
      ],
      errors: [{ messageId: 'mismatch', key: 'requests.otherDisposal.total', expected: 1, actual: 2 }],
    },
  ],
};
