/** sections: the six headings of the format are all there, in order. */
import type { RuleExamples } from '../examples.js';
import { sectionLocation } from '../text.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'sections',
    severity: 'error',
    description: {
      'zh-CN': '报告须包含格式规定的六个部分（一、总体情况 至 六、其他需要报告的事项），并按顺序排列。',
      en: 'The report has all six sections of the format (一 总体情况 to 六 其他需要报告的事项), in order.',
    },
    spec: 'format-spec §4.5 STRUCT-1 / EV-04',
    formats: ['2019', '2021'],
    messages: {
      missing: {
        'zh-CN': '缺少第{ordinal}部分“{heading}”。',
        en: 'Section {ordinal} “{heading}” is missing.',
      },
      outOfOrder: {
        'zh-CN': '第{ordinal}部分“{heading}”出现在第{before}部分之前，顺序与格式不符。',
        en: 'Section {ordinal} “{heading}” comes before section {before}; the format’s order is 一 to 六.',
      },
    },
    hint: {
      'zh-CN': '按《政府信息公开工作年度报告格式》的六个部分组织报告。',
      en: 'Arrange the report in the six sections of the format.',
    },
  },
  check(context) {
    const { report, format } = context;
    let latest: { position: number; ordinal: string } | undefined;
    for (const def of format.sections) {
      const section = report.sections[def.key];
      if (!section) {
        context.emit({
          messageId: 'missing',
          data: { ordinal: def.ordinal, heading: def.heading },
          location: { key: `sections.${def.key}` },
        });
        continue;
      }
      if (latest && section.position < latest.position) {
        context.emit({
          messageId: 'outOfOrder',
          data: { ordinal: def.ordinal, heading: def.heading, before: latest.ordinal },
          location: sectionLocation(report, def.key),
        });
        continue;
      }
      latest = { position: section.position, ordinal: def.ordinal };
    }
  },
};

export const examples: RuleExamples = {
  valid: [{ title: '六个部分齐全且顺序正确' }],
  invalid: [
    {
      title: '缺少“五、存在的主要问题及改进情况”',
      sections: { problems: null },
      errors: [{ messageId: 'missing', key: 'sections.problems', includes: ['五', '存在的主要问题及改进情况'] }],
    },
    {
      title: '六在五之前',
      sectionOrder: ['overview', 'activeDisclosure', 'requests', 'appeals', 'other', 'problems'],
      errors: [{ messageId: 'outOfOrder', key: 'sections.other', includes: ['第六部分', '第五部分'] }],
    },
  ],
};
