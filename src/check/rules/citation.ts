/** citation: the format notices are 国办公开办函 documents; citing them without 函 is a common slip. */
import type { RuleExamples } from '../examples.js';
import { documentLines, findAll, lineLocation } from '../text.js';
import type { Rule } from '../types.js';

/** Document numbers of the two format notices. */
const NOTICES: Record<string, string> = { '2021': '30', '2019': '60' };

/**
 * A format notice's number without 函. One object for every report: a literal in check() would be a new RegExp on
 * each run, and findAll would then make (and remember) a global copy of it every time.
 */
const WITHOUT_HAN = /国办公开办[〔[(【](\d{4})[〕\])】](\d+)号/;

export const rule: Rule = {
  meta: {
    id: 'citation',
    severity: 'info',
    description: {
      'zh-CN': '引用年度报告格式文件时，文号应为国办公开办函〔2021〕30号（试行格式为国办公开办函〔2019〕60号），不应漏写“函”字。',
      en: 'The format notices are cited as 国办公开办函〔2021〕30号 (trial format: 国办公开办函〔2019〕60号), with 函.',
    },
    spec: 'format-spec §2.1, §4.5 CITE-1 / EV-18',
    formats: ['2019', '2021'],
    messages: {
      missingHan: {
        'zh-CN': '文号“{raw}”漏写“函”字，应为“{right}”。',
        en: 'The document number “{raw}” lacks 函; it is “{right}”.',
      },
    },
    hint: {
      'zh-CN': '改为“{right}”。',
      en: 'Write “{right}”.',
    },
  },
  check(context) {
    const search = context.search(documentLines(context.report));
    for (const { match, line } of findAll(search, WITHOUT_HAN)) {
      const [raw, year = '', number] = match;
      if (NOTICES[year] !== number) continue;
      context.emit({
        messageId: 'missingHan',
        data: { raw, right: `国办公开办函〔${year}〕${number}号` },
        location: lineLocation(line, 'citation'),
      });
    }
  },
};

export const examples: RuleExamples = {
  valid: [
    { title: '正确引用', sections: { overview: '按照《年度报告格式》（国办公开办函〔2021〕30号）编制。' } },
    { title: '其他文号不检查', sections: { overview: '根据国办公开办〔2020〕5号文件精神。' } },
  ],
  invalid: [
    {
      title: '漏写“函”字（中间有空格也能识别）',
      sections: { overview: '依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办〔2021〕30 号）编制本报告。' },
      errors: [{ messageId: 'missingHan', key: 'citation', includes: ['国办公开办〔2021〕30号', '国办公开办函〔2021〕30号'] }],
    },
  ],
};
