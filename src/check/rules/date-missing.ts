/** date-missing: no signature date, so timeliness cannot be judged from the text. */
import type { RuleExamples } from '../examples.js';
import { signatureLocation } from '../text.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'date-missing',
    severity: 'warning',
    description: {
      'zh-CN': '报告应有落款日期；没有日期就无法从报告本身判断是否按时发布。',
      en: 'The report carries a signature date; without it, timeliness cannot be judged from the report.',
    },
    spec: 'format-spec §4.5 DATE-3 / EV-02',
    formats: ['2019', '2021'],
    messages: {
      missing: {
        'zh-CN': '报告没有落款日期，无法判断是否按时发布。',
        en: 'The report has no signature date; whether it was published on time cannot be told.',
      },
    },
    hint: {
      'zh-CN': '在落款机关下方注明成文或发布日期。',
      en: 'Add the date under the signing body.',
    },
  },
  check(context) {
    if (context.report.meta.publishedDate) return;
    // Point at the signature when there is one: that is where the date belongs.
    context.emit({ messageId: 'missing', location: signatureLocation(context, 'meta.publishedDate') });
  },
};

export const examples: RuleExamples = {
  valid: [{ title: '有落款日期', meta: { publishedDate: '2025-01-20' } }],
  invalid: [
    {
      title: '落款只有机关，没有日期',
      meta: { agencyInSignature: '青禾县青禾镇人民政府' },
      errors: [{ messageId: 'missing', key: 'meta.publishedDate' }],
    },
  ],
};
