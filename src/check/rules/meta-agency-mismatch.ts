/** meta-agency-mismatch: the body named in the title is the body that signs the report. */
import { sameAgency } from '../../model/agency.js';
import type { RuleExamples } from '../examples.js';
import { signatureLocation } from '../text.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'meta-agency-mismatch',
    severity: 'error',
    description: {
      'zh-CN': '标题（或标题上方）写的机关与落款机关应为同一机关；简称与全称（如“沙泉镇”与“河曲县沙泉镇人民政府”）视为一致。',
      en: 'The body named in the title (or above it) is the one in the signature; a short form of the full name (沙泉镇 / 河曲县沙泉镇人民政府) matches.',
    },
    spec: 'format-spec §4.5 META-1 / EV-17',
    formats: ['2019', '2021'],
    messages: {
      mismatch: {
        'zh-CN': '标题中的机关“{title}”与落款机关“{signature}”不是同一机关。',
        en: 'The title names “{title}” but the report is signed by “{signature}”, a different body.',
      },
    },
    hint: {
      'zh-CN': '核对落款机关名称，防止套用其他单位的报告。',
      en: 'Check the signature: it may have been copied from another body’s report.',
    },
  },
  check(context) {
    const { agencyInTitle, agencyInSignature } = context.report.meta;
    if (!agencyInTitle || !agencyInSignature || sameAgency(agencyInTitle, agencyInSignature)) return;
    context.emit({
      messageId: 'mismatch',
      data: { title: agencyInTitle, signature: agencyInSignature },
      location: signatureLocation(context, 'meta.agencyInSignature'),
      expected: agencyInTitle,
      actual: agencyInSignature,
    });
  },
};

export const examples: RuleExamples = {
  valid: [
    { title: '简称与全称', meta: { agencyInTitle: '沙泉镇', agencyInSignature: '河曲县沙泉镇人民政府' } },
    { title: '没有落款机关时不判断', meta: { agencyInTitle: '青禾镇', agencyInSignature: null } },
  ],
  invalid: [
    {
      title: '标题为旧县镇，落款为同县镇',
      meta: { agencyInTitle: '旧县镇', agencyInSignature: '河曲县同县镇人民政府' },
      errors: [{ messageId: 'mismatch', key: 'meta.agencyInSignature', includes: ['旧县镇', '河曲县同县镇人民政府'] }],
    },
    {
      title: '政府办公室的报告落款为政府',
      meta: { agencyInTitle: '青禾县人民政府办公室', agencyInSignature: '青禾县人民政府' },
      errors: [{ messageId: 'mismatch' }],
    },
  ],
};
