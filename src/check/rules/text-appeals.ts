/** text-appeals: what the text says about 行政复议/行政诉讼 agrees with Table 四. */
import type { SectionKey } from '../../format/types.js';
import type { RuleExamples } from '../examples.js';
import { cellKey } from '../keys.js';
import { documentLines, findAll, lineLocation, quote, sectionLines } from '../text.js';
import type { Rule, RuleContext } from '../types.js';

/** 无因政府信息公开申请引起的行政复议和行政诉讼; plain 未 is left out: 未及时答复导致行政复议 is no denial. */
const NONE =
  /(?:无|没有|未发生|未出现|未有|不存在|未收到|未产生)[^。;,]{0,30}?(行政复议|行政诉讼)(?:[和及、与或]+(行政复议|行政诉讼))?/;
const MENTION: Record<Kind, RegExp> = { review: /复议/, litigation: /诉讼|起诉/ };
const NAMES = {
  review: { 'zh-CN': '行政复议', en: 'administrative review' },
  litigation: { 'zh-CN': '行政诉讼', en: 'litigation' },
};

type Kind = 'review' | 'litigation';

export const rule: Rule = {
  meta: {
    id: 'text-appeals',
    severity: 'warning',
    description: {
      'zh-CN':
        '正文称“无因政府信息公开申请引起的行政复议和行政诉讼”时，四表应全为 0；四表有行政复议或行政诉讼案件时，“一、总体情况”或“五”应有所说明。',
      en: 'When the text says there were no reviews or lawsuits, Table 四 is all zero; when Table 四 has cases, section 一 or 五 mentions them.',
    },
    spec: 'format-spec §4.3 XSEC-2 / EV-10',
    formats: ['2019', '2021'],
    messages: {
      contradicts: {
        'zh-CN': '正文写“{text}”，但四表{kind}共 {count} 件。',
        en: 'The text says “{text}”, but Table 四 has {count} case(s) of {kind}.',
      },
      unmentioned: {
        'zh-CN': '四表有{kind} {count} 件，但“一、总体情况”和“五、存在的主要问题及改进情况”均未提及。',
        en: 'Table 四 has {count} case(s) of {kind}, but neither section 一 nor 五 mentions them.',
      },
    },
    hint: {
      'zh-CN': '核对四表数据，并在正文中如实说明行政复议、行政诉讼情况。',
      en: 'Check Table 四 and describe the reviews and lawsuits in the text.',
    },
  },
  check(context) {
    const counts: Record<Kind, number> = {
      review: groupCount(context, 'review'),
      litigation: groupCount(context, 'litigationDirect') + groupCount(context, 'litigationAfterReview'),
    };
    // Both findings need cases in table 四; most reports have none, and then the text need not be searched.
    if (counts.review === 0 && counts.litigation === 0) return;
    const search = context.search(documentLines(context.report));
    for (const { match, line } of findAll(search, NONE)) {
      for (const kind of ['review', 'litigation'] as const) {
        const named = [match[1], match[2]].some((m) => m !== undefined && MENTION[kind].test(m));
        if (!named || counts[kind] === 0) continue;
        context.emit({
          messageId: 'contradicts',
          data: { text: quote(match[0]), kind: NAMES[kind], count: counts[kind] },
          location: lineLocation(line, totalKey(kind)),
          cells: groupKeys(kind).map((k) => context.cell(k)),
        });
      }
    }
    let discussed = '';
    for (const key of ['overview', 'problems'] as SectionKey[]) {
      for (const line of sectionLines(context.report, key)) discussed += line.text;
    }
    for (const kind of ['review', 'litigation'] as const) {
      if (counts[kind] === 0 || MENTION[kind].test(discussed)) continue;
      context.emit({
        messageId: 'unmentioned',
        data: { kind: NAMES[kind], count: counts[kind] },
        location: context.locate(totalKey(kind)),
        cells: groupKeys(kind).map((k) => context.cell(k)),
      });
    }
  },
};

function groupKeys(kind: Kind): string[] {
  if (kind === 'review') return ['appeals.review.total'];
  return ['appeals.litigationDirect.total', 'appeals.litigationAfterReview.total'];
}

function totalKey(kind: Kind): string {
  return groupKeys(kind)[0] ?? 'appeals';
}

/** A group's 总计, or the sum of its results when 总计 is blank. */
function groupCount(context: RuleContext, group: string): number {
  const total = context.value(cellKey('appeals', group, 'total'));
  if (typeof total === 'number') return total;
  const results = ['upheld', 'corrected', 'other', 'pending'];
  return results.reduce((sum, c) => sum + (context.value(cellKey('appeals', group, c)) ?? 0), 0);
}

export const examples: RuleExamples = {
  valid: [
    { title: '无复议诉讼，四表全为 0', sections: { overview: '本年度无因政府信息公开申请引起的行政复议和行政诉讼。' } },
    {
      title: '有 1 件行政复议，五中已说明',
      cells: { 'appeals.review.corrected': 1, 'appeals.review.total': 1 },
      sections: { problems: '处理一件行政复议申请时答复不及时，被复议机关纠正。' },
    },
  ],
  invalid: [
    {
      title: '正文说无行政复议和行政诉讼，四表有 1 件行政诉讼',
      cells: { 'appeals.litigationDirect.upheld': 1, 'appeals.litigationDirect.total': 1 },
      sections: { overview: '本年度无因政府信息公开申请引起的行政复议和行政诉讼。' },
      errors: [{ messageId: 'contradicts', key: 'appeals.litigationDirect.total', includes: ['行政诉讼共 1 件'] }],
    },
    {
      title: '四表有 2 件行政复议，正文未提',
      cells: { 'appeals.review.upheld': 2, 'appeals.review.total': 2 },
      errors: [{ messageId: 'unmentioned', key: 'appeals.review.total', includes: ['行政复议 2 件'] }],
    },
  ],
};
