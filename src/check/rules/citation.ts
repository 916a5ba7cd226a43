/** citation: the format notices are 国办公开办函 documents; citing them without 函 is a common slip. */
import type { RuleExamples } from '../examples.js';
import { documentLines, findAll, findFirst, lineLocation } from '../text.js';
import type { Rule } from '../types.js';

/** Document numbers of the two format notices. */
const NOTICES: Record<string, string> = { '2021': '30', '2019': '60' };

/**
 * A format notice's number without 函. One object for every report: a literal in check() would be a new RegExp on
 * each run, and findAll would then make (and remember) a global copy of it every time.
 */
const WITHOUT_HAN = /国办公开办[〔[(【](\d{4})[〕\])】](\d+)号/;

/** The trial format's notice, and the current one (either with or without 函: that slip is the other message). */
const NOTICE_2019 = /国办公开办函?[〔[(【]2019[〕\])】]60号/;
const NOTICE_2021 = /国办公开办函?[〔[(【]2021[〕\])】]30号/;
/** The current format named by its title (the trial one is 格式（试行）): cited, even without its number. */
const FORMAT_TITLE = /年度报告格式[》>〉]/;

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
      outdatedNotice: {
        'zh-CN':
          '{year} 年度报告依据的是“{raw}”（2019 年试行格式的通知），未引用现行格式的通知“国办公开办函〔2021〕30号”。',
        en: 'The {year} report cites “{raw}” (the notice of the 2019 trial format), not the current format’s notice 国办公开办函〔2021〕30号.',
      },
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
    // From the 2021 report on, the format is the one of 〔2021〕30号: a report that names only 〔2019〕60号 as its
    // basis has copied last year's wording (or uses the old tables, which format-version reports).
    const { year } = context.report.meta;
    const old = year !== null && year >= 2021 ? findFirst(search, NOTICE_2019) : undefined;
    if (old && !findFirst(search, NOTICE_2021) && !findFirst(search, FORMAT_TITLE)) {
      context.emit({
        messageId: 'outdatedNotice',
        data: { year: year ?? '', raw: old.match[0], right: '国办公开办函〔2021〕30号' },
        location: lineLocation(old.line, 'citation'),
      });
    }
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
    {
      title: '2019、2021 两个通知都引用',
      meta: { year: 2022 },
      preamble: '根据国办公开办函〔2019〕60号和国办公开办函〔2021〕30号的要求编制。',
    },
    {
      title: '2022 年度报告引用 60 号，也按标题引用了现行格式',
      meta: { year: 2022 },
      preamble: '根据国办公开办函〔2019〕60号和《中华人民共和国政府信息公开工作年度报告格式》的要求编制。',
    },
    {
      title: '2020 年度报告依据试行格式的通知',
      format: '2019',
      meta: { year: 2020 },
      preamble: '根据国办公开办函〔2019〕60号的要求编制。',
    },
  ],
  invalid: [
    {
      title: '2023 年度报告只引用了 2019 年试行格式的通知',
      meta: { year: 2023 },
      preamble: '根据《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求，编制本报告。',
      errors: [
        {
          messageId: 'outdatedNotice',
          key: 'citation',
          includes: ['2023 年度', '国办公开办函〔2019〕60号', '国办公开办函〔2021〕30号'],
        },
      ],
    },
    {
      title: '漏写“函”字（中间有空格也能识别）',
      sections: { overview: '依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办〔2021〕30 号）编制本报告。' },
      errors: [{ messageId: 'missingHan', key: 'citation', includes: ['国办公开办〔2021〕30号', '国办公开办函〔2021〕30号'] }],
    },
  ],
};
