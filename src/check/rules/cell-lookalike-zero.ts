/** cell-lookalike-zero: a count typed as the letter O, 〇 or 零, which extraction read as 0. */
import { anomaliesOf, anomalyLocation, anomalySubject } from '../anomalies.js';
import type { RuleExamples } from '../examples.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'cell-lookalike-zero',
    severity: 'warning',
    description: {
      'zh-CN': '表格中的数应使用阿拉伯数字；写作字母 O、“〇”或“零”的单元格按 0 读取，但机器和读者都可能读错。',
      en: 'Table values are Arabic numerals; a cell typed as the letter O, 〇 or 零 is read as 0, but readers and machines may misread it.',
    },
    spec: 'format-spec §9 value conventions / EV-05',
    formats: ['2019', '2021'],
    messages: {
      lookalike: {
        'zh-CN': '“{subject}”单元格写作“{raw}”，已按数字 0 读取。',
        en: 'Cell “{subject}” is typed as “{raw}” and was read as the number 0.',
      },
    },
    hint: {
      'zh-CN': '把单元格改为阿拉伯数字 0。',
      en: 'Replace it with the Arabic numeral 0.',
    },
  },
  check(context) {
    for (const anomaly of anomaliesOf(context.report, 'lookalike-zero')) {
      context.emit({
        messageId: 'lookalike',
        data: { subject: anomalySubject(context.format, anomaly), raw: anomaly.raw ?? anomaly.text },
        location: anomalyLocation(anomaly),
        cells: [context.cell(anomaly.key)],
      });
    }
  },
};

export const examples: RuleExamples = {
  valid: [{ title: '所有数都用阿拉伯数字' }],
  invalid: [
    {
      title: '“3.其他”一行“科研机构”一格打成了字母 O',
      anomalies: [
        {
          code: 'lookalike-zero',
          key: 'requests.otherDisposal.other.research',
          text: '单元格写作“O”，按数字 0 读取',
          raw: 'O',
          values: [0],
          loc: { line: 51, column: 11 },
        },
      ],
      errors: [{ messageId: 'lookalike', key: 'requests.otherDisposal.other.research', includes: ['3.其他', '科研机构', '“O”'] }],
    },
  ],
};
