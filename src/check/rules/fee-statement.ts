/** fee-statement: 六 says where the agency stands on the 信息处理费 (charged, or not). */
import type { RuleExamples } from '../examples.js';
import { SECTIONS_KEYS } from '../../format/index.js';
import { findFirst, lineLocation, sectionLines, sectionLocation } from '../text.js';
import type { Rule } from '../types.js';

/**
 * Wordings that state a position (text is width-folded and without spaces): 未收取信息处理费, 没有收取信息处理费,
 * 不涉及信息处理费, 信息处理费0元, 发出收费通知…, 收取信息处理费200元.
 */
const POSITION = [
  /(?:未|没有|不|无|均未|并未|无需)[^。;,]{0,8}?(?:收取|收缴|产生|征收|涉及)[^。;,]{0,12}?处理费/,
  /(?:无|没有|不涉及)[^。;,]{0,6}?信息处理费/,
  /处理费[^。;,]{0,12}?(?:为|共计|合计|收取)?(?:0|零)(?:\.0+)?(?:元|万元)/,
  /发出[^。;,]{0,4}?收费通知|收费通知[^。;,\d]{0,6}?\d+(?:件|份)/,
  /收取[^。;,]{0,6}?处理费[^。]{0,20}?\d+(?:\.\d+)?(?:元|万元)/,
];

export const rule: Rule = {
  meta: {
    id: 'fee-statement',
    severity: 'warning',
    description: {
      'zh-CN':
        '2021 年格式要求在“六、其他需要报告的事项”中报告信息处理费情况：收取的，写明发出收费通知的件数、总金额和实际收取金额；未收取的，写明“未收取信息处理费”。',
      en: 'The 2021 format asks section 六 to report the 信息处理费: if charged, the notices sent, their total and the amount collected; if not, that none was charged.',
    },
    spec: 'format-spec §2.2, §5.2, §4.3 XSEC-4 / EV-11',
    formats: ['2021'],
    messages: {
      missing: {
        'zh-CN': '“六、其他需要报告的事项”未说明信息处理费的收取情况。',
        en: 'Section 六 does not say whether a 信息处理费 was charged.',
      },
      elsewhere: {
        'zh-CN': '信息处理费情况写在了“六、其他需要报告的事项”之外（“{text}”），格式要求在“六”中报告。',
        en: 'The 信息处理费 is reported outside section 六 (“{text}”); the format puts it in 六.',
      },
    },
    hint: {
      'zh-CN': '在“六”中写明，例如“本年度未收取信息处理费”，或发出收费通知的件数、总金额及实际收取金额。',
      en: 'State it in section 六, e.g. 本年度未收取信息处理费, or the notices sent, their total and the amount collected.',
    },
  },
  check(context) {
    const { report } = context;
    const other = context.search(sectionLines(report, 'other'));
    if (POSITION.some((p) => findFirst(other, p))) return;
    // Only prose: the Table 三 label 逾期未按收费通知要求缴纳费用 is no statement.
    const all = context.search(SECTIONS_KEYS.filter((k) => k !== 'other').flatMap((k) => sectionLines(report, k)));
    const found = POSITION.map((p) => findFirst(all, p)).find((m) => m !== undefined);
    if (found) {
      context.emit({
        messageId: 'elsewhere',
        severity: 'info',
        data: { text: found.match[0] },
        location: lineLocation(found.line, 'sections.other'),
      });
      return;
    }
    context.emit({ messageId: 'missing', location: sectionLocation(report, 'other') });
  },
};

export const examples: RuleExamples = {
  valid: [
    { title: '“未收取信息处理费”', sections: { other: '2024年，我镇未收取信息处理费，无其他需要报告的事项。' } },
    { title: '“没有收取信息处理费”', sections: { other: '2024年,我镇没有收取信息处理费。' } },
    { title: '报告了收费通知', sections: { other: '本年度发出收费通知2件，总金额300元，实际收取300元。' } },
  ],
  invalid: [
    {
      title: '“六”只写“无”',
      sections: { other: '无' },
      errors: [{ messageId: 'missing', key: 'sections.other' }],
    },
    {
      title: '只提到处理费管理办法，没有说明是否收取',
      sections: { other: '认真贯彻执行《政府信息公开信息处理费管理办法》。' },
      errors: [{ messageId: 'missing' }],
    },
    {
      title: '写在“一”中而不在“六”中',
      sections: { overview: '本年度未收取信息处理费。', other: '无其他需要报告的事项。' },
      errors: [{ messageId: 'elsewhere', key: 'sections.other' }],
    },
  ],
};
