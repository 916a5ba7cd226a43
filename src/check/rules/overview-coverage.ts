/** overview-coverage: 一、总体情况 covers the five topics the 2021 format lists. */
import type { RuleExamples } from '../examples.js';
import { sectionLines, sectionLocation } from '../text.js';
import type { Localized, Rule } from '../types.js';

interface Topic {
  name: Localized;
  /** Close wordings accepted for the topic (text is width-folded and without spaces). */
  pattern: RegExp;
}

const TOPICS: Topic[] = [
  { name: { 'zh-CN': '主动公开', en: 'proactive disclosure' }, pattern: /主动(?:进行)?公开/ },
  { name: { 'zh-CN': '依申请公开', en: 'disclosure on request' }, pattern: /依申请|公开申请|申请公开/ },
  {
    name: { 'zh-CN': '政府信息管理', en: 'information management' },
    pattern: /信息管理|发布审核|审核发布|信息审核|保密审查|公开属性|审查机制|清理|动态更新|规范管理/,
  },
  {
    name: { 'zh-CN': '政府信息公开平台建设', en: 'disclosure platforms' },
    pattern: /平台|网站|政务新媒体|公众号|公开栏|公开专区|公开专栏/,
  },
  {
    name: { 'zh-CN': '监督保障', en: 'oversight and support' },
    pattern: /监督保障|监督检查|考核|评议|责任追究|追责|问责|督查|督导|社会监督|组织保障|工作保障|接受[^。]{0,6}监督/,
  },
];

export const rule: Rule = {
  meta: {
    id: 'overview-coverage',
    severity: 'warning',
    description: {
      'zh-CN':
        '“一、总体情况”应综述主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面（相近说法也可）。',
      en: 'Section 一 reviews proactive disclosure, disclosure on request, information management, platforms, and oversight (close wordings accepted).',
    },
    spec: 'format-spec §2.2, §5.2 / EV-14',
    formats: ['2021'],
    messages: {
      missing: {
        'zh-CN': '“一、总体情况”未涉及{count}个方面：{topics}。',
        en: 'Section 一 does not cover {count} topic(s): {topics}.',
      },
    },
    hint: {
      'zh-CN': '按格式要求，从主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面综述本年度工作。',
      en: 'Review the year under the five topics the format lists.',
    },
  },
  check(context) {
    if (!context.report.sections.overview) return;
    const { text } = context.search(sectionLines(context.report, 'overview'));
    const missing = TOPICS.filter((t) => !t.pattern.test(text));
    if (missing.length === 0) return;
    context.emit({
      messageId: 'missing',
      data: {
        count: missing.length,
        topics: {
          'zh-CN': missing.map((t) => t.name['zh-CN']).join('、'),
          en: missing.map((t) => t.name.en).join(', '),
        },
      },
      location: sectionLocation(context.report, 'overview'),
      // Expected: the five topics; actual: those the section does cover.
      expected: TOPICS.map((t) => t.name['zh-CN']),
      actual: TOPICS.filter((t) => !missing.includes(t)).map((t) => t.name['zh-CN']),
    });
  },
};

export const examples: RuleExamples = {
  valid: [
    {
      title: '五个方面都有',
      sections: {
        overview: [
          '（一）主动公开情况。全年主动公开信息120条。',
          '（二）依申请公开情况。本年度未收到政府信息公开申请。',
          '（三）政府信息管理。严格落实信息发布审核制度。',
          '（四）平台建设。及时更新政府网站专栏。',
          '（五）监督保障。将政务公开纳入年度考核。',
        ].join('\n'),
      },
    },
  ],
  invalid: [
    {
      title: '只有一句概括',
      sections: { overview: '我镇强化组织领导，较好完成了全年政务公开工作。' },
      errors: [{ messageId: 'missing', key: 'sections.overview', includes: ['5个方面', '主动公开、依申请公开'] }],
    },
    {
      title: '缺依申请公开和监督保障',
      sections: { overview: '及时主动公开涉农资金信息，严格信息发布审核，利用网络平台发布信息。' },
      errors: [{ messageId: 'missing', includes: ['2个方面', '依申请公开、监督保障'] }],
    },
  ],
};
