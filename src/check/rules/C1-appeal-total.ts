/** C1-appeal-total: in each Table C group, 总计 = the four result columns. */
import type { RuleExamples } from '../examples.js';
import { checkIdentity } from '../identity.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'C1-appeal-total',
    severity: 'inconsistency',
    description: {
      'zh-CN': '四表行政复议、未经复议直接起诉、复议后起诉各组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。',
      en: 'Each group of Table 四: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.',
    },
    spec: 'format-spec §4.2 ARITH-C1 / EV-08',
    formats: ['2019', '2021'],
    messages: {
      mismatch: {
        'zh-CN': '四表“{group}”：总计为 {lhs}，结果维持、结果纠正、其他结果、尚未审结之和为 {rhs}，相差 {diff}。',
        en: 'Table 四, “{group}”: 总计 is {lhs} but the four results add up to {rhs} (difference {diff}).',
      },
    },
    hint: {
      'zh-CN': '核对“{group}”的总计与四项结果。',
      en: 'Check 总计 and the four results of “{group}”.',
    },
  },
  check(context) {
    checkIdentity(context, 'C1-appeal-total');
  },
};

export const examples: RuleExamples = {
  valid: [
    {
      title: '行政复议：结果纠正 1 = 总计 1',
      cells: { 'appeals.review.corrected': 1, 'appeals.review.total': 1 },
    },
  ],
  invalid: [
    {
      title: '复议后起诉：结果维持 2，总计却为 1',
      cells: { 'appeals.litigationAfterReview.upheld': 2, 'appeals.litigationAfterReview.total': 1 },
      errors: [
        {
          messageId: 'mismatch',
          key: 'appeals.litigationAfterReview.total',
          expected: 2,
          actual: 1,
          includes: ['复议后起诉', '总计为 1', '之和为 2'],
        },
      ],
    },
  ],
};
