/** meta-year: the year in the title, the report year and the year of the statistics period agree. */
import type { RuleExamples } from '../examples.js';
import { documentLines, findAll, findAllByLiteral, lineLocation } from '../text.js';
import type { Rule } from '../types.js';

/** 统计期限为2024年…, 统计时限自2024年… */
const PERIOD = /统计(?:期限|时限|时间|期间|区间|周期)[^。;]{0,8}?(\d{4})年/;
/** 2024年1月1日至(2024年)12月31日 */
const SPAN = /(\d{4})年1月1日(?:起)?(?:至|到|-|—|~|～)(?:(\d{4})年)?12月31日/;
/** What every SPAN match holds right after its four-digit year: where the search for one starts. */
const SPAN_LITERAL = '年1月1日';

export const rule: Rule = {
  meta: {
    id: 'meta-year',
    severity: 'warning',
    description: {
      'zh-CN': '标题中的年度、报告年度与正文中的统计期限（如“统计期限为2024年1月1日至12月31日”）应为同一年。',
      en: 'The year in the title, the report year and the statistics period in the text (统计期限为2024年1月1日至12月31日) agree.',
    },
    spec: 'format-spec §4.5 META-2',
    formats: ['2019', '2021'],
    messages: {
      title: {
        'zh-CN': '标题中的年度为 {found} 年，而报告年度为 {year} 年。',
        en: 'The title says {found} but the report year is {year}.',
      },
      statement: {
        'zh-CN': '正文写“{text}”，年度为 {found} 年，与报告年度 {year} 年不符。',
        en: 'The text says “{text}”, i.e. {found}, but the report year is {year}.',
      },
    },
    hint: {
      'zh-CN': '核对报告年度，防止沿用往年报告的文字。',
      en: 'Check the year; text may have been carried over from an earlier report.',
    },
  },
  check(context) {
    const { meta } = context.report;
    const titleYear = meta.title ? /(\d{4})\s*年/.exec(meta.title)?.[1] : undefined;
    const year = meta.year ?? (titleYear ? Number(titleYear) : null);
    if (year === null) return;
    if (titleYear && Number(titleYear) !== year) {
      context.emit({ messageId: 'title', data: { found: titleYear, year }, location: context.locate('meta.title') });
    }
    const search = context.search(documentLines(context.report));
    const seen = new Set<string>();
    const periods = findAll(search, PERIOD);
    const spans = findAllByLiteral(search, SPAN, SPAN_LITERAL, 4);
    for (const matches of [periods, spans]) {
      for (const { match, line } of matches) {
        const found = [match[1], match[2]].find((y) => y !== undefined && Number(y) !== year);
        const id = `${line.loc.line ?? ''}:${line.text}`;
        if (!found || seen.has(id)) continue;
        seen.add(id);
        context.emit({
          messageId: 'statement',
          data: { text: match[0], found, year },
          location: lineLocation(line, 'meta.year'),
          expected: year,
          actual: Number(found),
        });
      }
    }
  },
};

export const examples: RuleExamples = {
  valid: [
    {
      title: '统计期限与报告年度一致',
      meta: { year: 2024, title: '青禾镇2024年政府信息公开工作年度报告' },
      preamble: '本报告所列数据统计期限为2024年1月1日至12月31日。',
    },
  ],
  invalid: [
    {
      title: '沿用上年的统计期限',
      meta: { year: 2024, title: '青禾镇2024年政府信息公开工作年度报告' },
      preamble: '本报告所列数据统计期限为2023年1月1日至2023年12月31日。',
      errors: [{ messageId: 'statement', key: 'meta.year', expected: 2024, actual: 2023, includes: ['2023'] }],
    },
    {
      title: '标题年度与报告年度不同',
      meta: { year: 2024, title: '青禾镇2023年政府信息公开工作年度报告' },
      errors: [{ messageId: 'title', key: 'meta.title' }],
    },
  ],
};
