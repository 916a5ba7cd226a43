/** problems-rectification: 五 says how last year's problems were dealt with. */
import type { RuleExamples } from '../examples.js';
import { sectionLines, sectionLocation } from '../text.js';
import type { Rule } from '../types.js';

/** 整改, 上年度…问题, 去年, 以往 …: any reference back to earlier problems or their rectification. */
const REFERENCE = /整改|上一?年度?[^。]{0,12}?(?:问题|不足)|去年|以往|往年|前期[^。]{0,6}?问题/;

export const rule: Rule = {
  meta: {
    id: 'problems-rectification',
    severity: 'info',
    description: {
      'zh-CN': '“五、存在的主要问题及改进情况”应说明上一年度报告所提问题的整改情况。',
      en: 'Section 五 reports how the problems named in last year’s report were rectified.',
    },
    spec: 'format-spec §2.2, §5.2, §4.4 XYEAR-3 / EV-15',
    formats: ['2019', '2021'],
    messages: {
      noReference: {
        'zh-CN': '“五、存在的主要问题及改进情况”未提及上一年度问题的整改情况。',
        en: 'Section 五 does not mention how last year’s problems were rectified.',
      },
    },
    hint: {
      'zh-CN': '补充上一年度报告所列问题的整改措施和结果。',
      en: 'Add what was done about the problems listed last year, and with what result.',
    },
  },
  check(context) {
    if (!context.report.sections.problems) return;
    const { text } = context.search(sectionLines(context.report, 'problems'));
    if (REFERENCE.test(text)) return;
    context.emit({ messageId: 'noReference', location: sectionLocation(context.report, 'problems') });
  },
};

export const examples: RuleExamples = {
  valid: [
    { title: '提到整改', sections: { problems: '针对上年度报告指出的更新不及时问题，已建立周更新制度，整改到位。' } },
  ],
  invalid: [
    {
      title: '只列今年的问题和措施',
      sections: { problems: '一是公开形式单一。二是解读质量不高。下一步将加强培训。' },
      errors: [{ messageId: 'noReference', key: 'sections.problems' }],
    },
  ],
};
