/** sections: the six headings of the format are all there, in order. */
import { foldWidth } from '../../format/normalize.js';
import type { CanonicalReport, TextLine } from '../../model/report.js';
import type { RuleExamples } from '../examples.js';
import { documentLines, lineLocation, sectionLocation } from '../text.js';
import type { Rule } from '../types.js';

/** A section heading as printed: an ordinal, its 、 (or a dot), then the words. */
const NUMBERED_HEADING = /^\s*(([一二三四五六七八九十]{1,2})\s*[、.．])\s*(.+)$/;
/** A sub-heading's parenthesised ordinal, （三）: extraction may fall back on one when the section's own is absent. */
const SUB_HEADING = /^\s*[（(]/;

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
      misnumbered: {
        'zh-CN': '第{ordinal}部分“{heading}”的标题序号写成了“{printed}”。',
        en: 'Section {ordinal} “{heading}” is numbered “{printed}”.',
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
        const misnumbered = headingNumberedOtherwise(report, def.ordinal, def.heading);
        context.emit(
          misnumbered
            ? {
                messageId: 'misnumbered',
                data: { ordinal: def.ordinal, heading: def.heading, printed: misnumbered.printed },
                location: lineLocation(misnumbered.line, `sections.${def.key}`),
              }
            : {
                messageId: 'missing',
                data: { ordinal: def.ordinal, heading: def.heading },
                location: { key: `sections.${def.key}` },
              },
        );
        continue;
      }
      // A sub-heading such as “（四）因政府信息公开申请的行政复议…” inside 一 is not section 四 out of place.
      if (SUB_HEADING.test(section.heading)) continue;
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

/**
 * A line that is the section's heading under another ordinal (“一、主动公开政府信息情况” for 二), which extraction
 * could not take for the section. Asked only for a missing section.
 */
function headingNumberedOtherwise(
  report: CanonicalReport,
  ordinal: string,
  heading: string,
): { line: TextLine; printed: string } | undefined {
  for (const line of documentLines(report)) {
    if (line.text.length > heading.length + 24 || !line.text.includes(heading.slice(0, 4))) continue;
    const match = NUMBERED_HEADING.exec(foldWidth(line.text));
    const [, printed = '', number = '', words = ''] = match ?? [];
    const rest = words.replace(/\s+/g, '');
    if (!match || number === ordinal || !rest.includes(heading) || rest.length > heading.length + 8) continue;
    return { line, printed: printed.replace(/\s+/g, '') };
  }
  return undefined;
}

export const examples: RuleExamples = {
  valid: [{ title: '六个部分齐全且顺序正确' }],
  invalid: [
    {
      title: '缺少“五、存在的主要问题及改进情况”',
      sections: { problems: null },
      errors: [{ messageId: 'missing', key: 'sections.problems', includes: ['五', '存在的主要问题及改进情况'] }],
    },
    {
      title: '“二、主动公开政府信息情况”误写成“一、”',
      sections: {
        activeDisclosure: null,
        overview: '本年度，我局扎实推进政务公开。\n一、主动公开政府信息情况\n第二十条第（一）项',
      },
      errors: [
        {
          messageId: 'misnumbered',
          key: 'sections.activeDisclosure',
          includes: ['第二部分“主动公开政府信息情况”', '写成了“一、”'],
        },
      ],
    },
    {
      title: '六在五之前',
      sectionOrder: ['overview', 'activeDisclosure', 'requests', 'appeals', 'other', 'problems'],
      errors: [{ messageId: 'outOfOrder', key: 'sections.other', includes: ['第六部分', '第五部分'] }],
    },
  ],
};
