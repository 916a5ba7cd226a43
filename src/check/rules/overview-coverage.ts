/** overview-coverage: 一、总体情况 covers the five topics the 2021 format lists. */
import type { RuleExamples } from '../examples.js';
import { sectionLines, sectionLocation } from '../text.js';
import type { Localized, Rule } from '../types.js';

interface Topic {
  name: Localized;
  /** Close wordings accepted for the topic (text is width-folded and without spaces). */
  pattern: RegExp;
}

/**
 * Pages served in traditional script keep 監, 評 and 責 (extraction turns only the format's own characters back to
 * simplified), so the words with them accept both forms.
 */
const TOPICS: Topic[] = [
  { name: { 'zh-CN': '主动公开', en: 'proactive disclosure' }, pattern: /主动(?:进行)?(?:公开|发布|公示)/ },
  { name: { 'zh-CN': '依申请公开', en: 'disclosure on request' }, pattern: /依申请|公开申请|申请公开/ },
  {
    name: { 'zh-CN': '政府信息管理', en: 'information management' },
    pattern:
      /信息(?:资源)?管理|发布审核|审核发布|信息审核|保密审[查核]|三审|三级审[查核]|审[查核]制度|公开属性|审查机制|清理|动态更新|规范管理/,
  },
  {
    name: { 'zh-CN': '政府信息公开平台建设', en: 'disclosure platforms' },
    pattern: /平台|网站|政务新媒体|公[众眾]号|公开栏|公开专区|公开专栏/,
  },
  {
    name: { 'zh-CN': '监督保障', en: 'oversight and support' },
    pattern:
      /[监監]督(?:保障|检查|机制)|考核|[评評]议|[责責]任追究|追[责責]|问[责責]|督查|督导|社会[监監]督|组织保障|工作保障|接受[^。]{0,6}[监監]督/,
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
    {
      title: '繁体页面的“監督保障”',
      sections: {
        overview: [
          '（一）主动公开情况。全年主动公开信息80条。',
          '（二）依申请公开情况。本年度收到申请2件。',
          '（三）政府信息管理情况。按时更新公开目录，做好信息管理。',
          '（四）平台建设情况。维护好部门网站专栏。',
          '（五）監督保障情况。定期开展自查。',
        ].join('\n'),
      },
    },
    {
      title: '“信息资源管理”“三级审查”和“主动发布”',
      sections: {
        overview: [
          '（一）主动发布信息。全年在网站主动发布信息56条。',
          '（二）依申请公开。全年无申请。',
          '（三）政府信息资源管理。坚持三级审查，把好内容关。',
          '（四）监督保障。将政务公开纳入年度考核。',
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
