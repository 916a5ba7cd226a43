/** fee-overdue-notice: applications dropped for unpaid fees imply fee notices, which 六 must report. */
import type { RuleExamples } from '../examples.js';
import { findFirst, sectionLines, sectionLocation } from '../text.js';
import type { Rule } from '../types.js';

const KEY = 'requests.otherDisposal.overdueFee.total';
/** 未发出收费通知, 没有下发收费通知 */
const DENIED = /(?:未|没有|无)[^。;,]{0,4}?收费通知/;
/** 发出收费通知3件 / 3件收费通知 */
const COUNT = [/收费通知[^。;,\d]{0,6}?(\d+)(?:件|份)/, /(\d+)(?:件|份)收费通知/];

export const rule: Rule = {
  meta: {
    id: 'fee-overdue-notice',
    severity: 'warning',
    description: {
      'zh-CN':
        '三表“申请人逾期未按收费通知要求缴纳费用”大于 0，说明发出过收费通知：“六、其他需要报告的事项”应报告发出收费通知的件数和金额，且件数不少于该行总计。',
      en: 'Applications dropped because a fee notice went unpaid (Table 三) mean notices were sent: section 六 reports the number and amount of notices, at least as many as that row’s total.',
    },
    spec: 'format-spec §4.3 XSEC-3 / EV-11',
    formats: ['2021'],
    messages: {
      noNotice: {
        'zh-CN': '三表有 {count} 件因逾期未缴纳信息处理费不再处理，但“六”未报告发出收费通知的情况。',
        en: 'Table 三 has {count} application(s) dropped for an unpaid fee, but section 六 does not report the fee notices sent.',
      },
      denied: {
        'zh-CN': '“六”写“{text}”，但三表有 {count} 件因逾期未缴纳信息处理费不再处理，说明发出过收费通知。',
        en: 'Section 六 says “{text}”, but Table 三 has {count} application(s) dropped for an unpaid fee, so notices were sent.',
      },
      fewer: {
        'zh-CN': '“六”报告发出收费通知 {notices} 件，少于三表因逾期未缴费不再处理的 {count} 件。',
        en: 'Section 六 reports {notices} fee notice(s), fewer than the {count} application(s) dropped for an unpaid fee.',
      },
    },
    hint: {
      'zh-CN': '在“六”中写明发出收费通知的件数和总金额以及实际收取的总金额。',
      en: 'State in section 六 how many fee notices were sent, their total, and the amount collected.',
    },
  },
  check(context) {
    const count = context.value(KEY);
    if (typeof count !== 'number' || count <= 0) return;
    const search = context.search(sectionLines(context.report, 'other'));
    const cells = [context.cell(KEY)];
    const denied = findFirst(search, DENIED);
    if (denied) {
      const data = { text: denied.match[0], count };
      context.emit({ messageId: 'denied', data, location: { ...denied.line.loc, key: KEY }, cells });
      return;
    }
    const stated = COUNT.map((p) => findFirst(search, p)).find((m) => m !== undefined);
    if (!stated) {
      if (!/收费通知/.test(search.text)) {
        const location = sectionLocation(context.report, 'other');
        context.emit({ messageId: 'noNotice', data: { count }, location, cells });
      }
      return;
    }
    const notices = Number(stated.match[1]);
    if (notices >= count) return;
    context.emit({
      messageId: 'fewer',
      data: { notices, count },
      location: { ...stated.line.loc, key: KEY },
      cells,
      expected: count,
      actual: notices,
    });
  },
};

export const examples: RuleExamples = {
  valid: [
    { title: '没有逾期未缴费的申请', sections: { other: '本年度未收取信息处理费。' } },
    {
      title: '逾期未缴费 1 件，“六”报告发出收费通知 1 件',
      cells: { [KEY]: 1, 'requests.otherDisposal.overdueFee.naturalPerson': 1 },
      sections: { other: '本年度发出收费通知1件，金额200元，申请人逾期未缴纳，实际收取0元。' },
    },
  ],
  invalid: [
    {
      title: '逾期未缴费 2 件，“六”只写无其他事项',
      cells: { [KEY]: 2 },
      sections: { other: '无其他需要报告的事项。' },
      errors: [{ messageId: 'noNotice', key: 'sections.other', includes: ['2 件'] }],
    },
    {
      title: '逾期未缴费 1 件，“六”却写未发出收费通知',
      cells: { [KEY]: 1 },
      sections: { other: '本年度未发出收费通知，未收取信息处理费。' },
      errors: [{ messageId: 'denied', key: KEY, includes: ['未发出收费通知'] }],
    },
    {
      title: '逾期未缴费 3 件，收费通知只有 1 件',
      cells: { [KEY]: 3 },
      sections: { other: '本年度发出收费通知1件，实际收取0元。' },
      errors: [{ messageId: 'fewer', expected: 3, actual: 1 }],
    },
  ],
};
