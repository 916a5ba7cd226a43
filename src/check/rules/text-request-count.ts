/** text-request-count: the number of applications stated in the text equals Table 三's new applications. */
import type { RuleExamples } from '../examples.js';
import { findAll, lineLocation, quote, sectionLines, type TextMatch } from '../text.js';
import type { Rule } from '../types.js';

/** 共收到政府信息公开申请3件, 受理依申请公开申请件数为3件 (text is width-folded: ， is ,). */
const COUNT = /(?:收到|受理|接收|接到)[^。;,]{0,20}?申请[^。;,\d]{0,6}?(\d+)件/;
/** 未收到政府信息公开申请, 没有收到依申请公开… */
const NONE = /(?:未|没有)(?:收到|受理|接到|接收)[^。;,]{0,15}?申请/;
/** 3件（含上年结转1件）: the count includes last year's; 3件，上年结转1件 states them apart. */
const INCLUDES_CARRIED = /^[^,;]{0,2}(?:含|包括|包含|其中)[^,;]{0,6}结转/;
const NEW = 'requests.newReceived.total';
const CARRIED = 'requests.carriedOver.total';

export const rule: Rule = {
  meta: {
    id: 'text-request-count',
    severity: 'warning',
    description: {
      'zh-CN':
        '“一、总体情况”或“三”的文字中写明的申请件数（如“共收到政府信息公开申请3件”“未收到政府信息公开申请”）应等于三表“本年新收”总计；文字说明含上年结转的，与新收加结转之和比较。',
      en: 'A number of applications stated in sections 一 or 三 (共收到…申请3件, 未收到…申请 = 0) equals Table 三’s new applications (total), or new + carried over when the text says it includes them.',
    },
    spec: 'format-spec §4.3 XSEC-1 / EV-10',
    formats: ['2019', '2021'],
    messages: {
      mismatch: {
        'zh-CN': '正文写“{text}”（{stated} 件），而三表{what}为 {table} 件。',
        en: 'The text says “{text}” ({stated}), but Table 三 gives {table} for {what}.',
      },
    },
    hint: {
      'zh-CN': '核对正文中的申请件数与三表数据。',
      en: 'Check the number in the text against Table 三.',
    },
  },
  check(context) {
    const fresh = context.value(NEW);
    const carried = context.value(CARRIED);
    if (fresh === null || fresh === undefined) return;
    for (const key of ['overview', 'requests'] as const) {
      const search = context.search(sectionLines(context.report, key));
      const stated: Array<{ found: TextMatch; count: number }> = [];
      for (const found of findAll(search, COUNT)) stated.push({ found, count: Number(found.match[1]) });
      for (const found of findAll(search, NONE)) stated.push({ found, count: 0 });
      for (const { found, count } of stated) {
        const { match, line } = found;
        const clause = clauseAfter(search.text, match.index + match[0].length);
        const withCarried = INCLUDES_CARRIED.test(clause) && carried !== null && carried !== undefined;
        const table = withCarried ? fresh + carried : fresh;
        if (count === table) continue;
        context.emit({
          messageId: 'mismatch',
          data: {
            text: quote(match[0]),
            stated: count,
            table,
            what: withCarried
              ? { 'zh-CN': '“本年新收”与“上年结转”总计之和', en: 'new plus carried-over applications' }
              : { 'zh-CN': '“本年新收政府信息公开申请数量”总计', en: 'new applications (total)' },
          },
          location: lineLocation(line, NEW),
          cells: [context.cell(NEW), ...(withCarried ? [context.cell(CARRIED)] : [])],
          expected: table,
          actual: count,
        });
      }
    }
  },
};

/** The words right after the count, up to the end of the sentence: where （含上年结转1件） would stand. */
function clauseAfter(text: string, index: number): string {
  const end = text.indexOf('。', index);
  return text.slice(index, end === -1 ? undefined : end).slice(0, 16);
}

export const examples: RuleExamples = {
  valid: [
    {
      title: '“共收到政府信息公开申请3件”与表中新收 3 件一致',
      cells: { [NEW]: 3, 'requests.newReceived.naturalPerson': 3 },
      sections: { overview: '（二）依申请公开情况\n本年度共收到政府信息公开申请3件，均已按期答复。' },
    },
    {
      title: '“未收到政府信息公开申请”与表中 0 件一致',
      sections: { overview: '2024年，我镇未收到政府信息公开申请。' },
    },
    {
      title: '“共收到申请3件，上年结转1件”：3 件只是新收',
      cells: { [NEW]: 3, [CARRIED]: 1 },
      sections: { overview: '本年度共收到政府信息公开申请3件，上年结转1件，均已办结。' },
    },
    {
      title: '文字写明含上年结转：新收 2 + 结转 1 = 3',
      cells: { [NEW]: 2, [CARRIED]: 1 },
      sections: { overview: '本年度共受理政府信息公开申请3件（含上年结转1件）。' },
    },
  ],
  invalid: [
    {
      title: '文字 5 件，表中新收 3 件',
      cells: { [NEW]: 3 },
      sections: { overview: '（二）依申请公开情况\n本年度共收到政府信息公开申请5件。' },
      errors: [{ messageId: 'mismatch', key: NEW, expected: 3, actual: 5, includes: ['5 件', '3 件'] }],
    },
    {
      title: '“共收到申请4件，上年结转1件”，表中新收 3 件',
      cells: { [NEW]: 3, [CARRIED]: 1 },
      sections: { overview: '本年度共收到政府信息公开申请4件，上年结转1件。' },
      errors: [{ messageId: 'mismatch', expected: 3, actual: 4 }],
    },
    {
      title: '文字“未收到申请”，表中新收 2 件',
      cells: { [NEW]: 2 },
      sections: { overview: '本年度未收到政府信息公开申请。' },
      errors: [{ messageId: 'mismatch', expected: 2, actual: 0 }],
    },
  ],
};
