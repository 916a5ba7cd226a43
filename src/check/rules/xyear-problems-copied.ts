/** xyear-problems-copied: 五 is (nearly) last year's 五 again — 内容雷同. */
import type { RuleExamples } from '../examples.js';
import { previousYear } from '../previous.js';
import { sectionLines, sectionLocation } from '../text.js';
import type { Rule } from '../types.js';

/** CASS found reports repeating last year's by about 90%; below that, shared stock phrases are normal. */
const THRESHOLD = 0.9;
/** Too short to judge: one stock sentence is identical every year. */
const MIN_LENGTH = 30;

export const rule: Rule = {
  meta: {
    id: 'xyear-problems-copied',
    severity: 'warning',
    description: {
      'zh-CN': '“五、存在的主要问题及改进情况”与上一年度报告几乎相同（字符二元组 Jaccard 相似度 ≥ 0.9），属“内容雷同”。',
      en: 'Section 五 is nearly the same as last year’s (character-bigram Jaccard similarity ≥ 0.9): copied content.',
    },
    spec: 'format-spec §4.4 XYEAR-3, §2.2 (四)明确责任 / EV-19',
    formats: ['2019', '2021'],
    needsPrevious: true,
    messages: {
      copied: {
        'zh-CN': '“五、存在的主要问题及改进情况”与上一年度报告的相似度为 {percent}%，内容雷同。',
        en: 'Section 五 is {percent}% similar to last year’s report.',
      },
    },
    hint: {
      'zh-CN': '结合本年度实际写明具体问题、改进措施和上年问题的整改结果。',
      en: 'Describe this year’s actual problems, measures and what became of last year’s.',
    },
  },
  check(context) {
    const previous = previousYear(context);
    if (!previous) return;
    const now = comparableText(context.search(sectionLines(context.report, 'problems')).text);
    const before = comparableText(context.search(sectionLines(previous, 'problems')).text);
    if (now.length < MIN_LENGTH || before.length < MIN_LENGTH) return;
    const similarity = jaccard(bigrams(now), bigrams(before));
    if (similarity < THRESHOLD) return;
    context.emit({
      messageId: 'copied',
      data: { percent: Math.round(similarity * 100) },
      location: sectionLocation(context.report, 'problems'),
      actual: Number(similarity.toFixed(3)),
    });
  },
};

/** Words only: a changed year or renumbered item should not hide a copy. */
function comparableText(text: string): string {
  return text.replace(/[\p{P}\p{S}\d]/gu, '');
}

export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

const LAST_YEAR = '一是信息公开形式较为单一，图表图解运用不足；二是政策解读质量有待提高；三是公开栏更新不够及时。下一步将加强培训，丰富解读形式，落实专人定期更新公开栏。';

export const examples: RuleExamples = {
  valid: [
    {
      title: '与上年不同的内容',
      meta: { year: 2024 },
      sections: { problems: '本年度依申请公开答复存在超期1件，已建立办理台账和到期提醒机制；上年指出的公开栏更新不及时问题已整改。' },
      previous: { meta: { year: 2023 }, sections: { problems: LAST_YEAR } },
    },
  ],
  invalid: [
    {
      title: '只改了年份',
      meta: { year: 2024 },
      sections: { problems: `2024年，${LAST_YEAR}` },
      previous: { meta: { year: 2023 }, sections: { problems: `2023年，${LAST_YEAR}` } },
      errors: [{ messageId: 'copied', key: 'sections.problems', includes: ['100%'] }],
    },
  ],
};
