/** collapsed-row: a group the template splits into sub-rows was printed as one row (e.g. 2019-style （六）其他处理). */
import { anomaliesOf, anomalyLocation, anomalySubject, listValues } from '../anomalies.js';
import type { RuleExamples } from '../examples.js';
import type { FindingCell, Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'collapsed-row',
    severity: 'error',
    description: {
      'zh-CN': '格式分子行填报的项目（如 2021 年格式的“（六）其他处理”三个子行）不得合并为一行。',
      en: 'A group the format splits into sub-rows (e.g. the three sub-rows of （六）其他处理 in the 2021 format) is not printed as one row.',
    },
    spec: 'format-spec §2.4, §4.5 STRUCT-3 / EV-05',
    formats: ['2021'],
    messages: {
      collapsed: {
        'zh-CN': '“{subject}”只印了一行（{values}），格式要求分为 {subRows} 个子行分别填报。',
        en: '“{subject}” is printed as one row ({values}); the format splits it into {subRows} sub-rows.',
      },
    },
    hint: {
      'zh-CN': '按 2021 年格式把该项拆分为各子行填报。',
      en: 'Report each sub-row separately, as in the 2021 format.',
    },
  },
  check(context) {
    const { format } = context;
    for (const anomaly of anomaliesOf(context.report, 'collapsed-row')) {
      const group = anomaly.key.replace(/^requests\./, '');
      const subRows = format.requestRows.filter((r) => r.group === group).length;
      const cells: FindingCell[] =
        anomaly.values?.length === format.requestColumns.length
          ? format.requestColumns.map((c, i) => ({
              key: `${anomaly.key}.${c.key}`,
              value: anomaly.values?.[i] ?? null,
              ...(anomaly.loc ? { loc: anomaly.loc } : {}),
            }))
          : [];
      context.emit({
        messageId: 'collapsed',
        data: { subject: anomalySubject(format, anomaly), values: listValues(anomaly.values), subRows: subRows || '多' },
        location: anomalyLocation(anomaly),
        ...(cells.length ? { cells } : {}),
      });
    }
  },
};

export const examples: RuleExamples = {
  valid: [{ title: '（六）其他处理分三个子行' }],
  invalid: [
    {
      title: '（六）其他处理印成一行',
      cells: Object.fromEntries(
        ['overdueCorrection', 'overdueFee', 'other'].flatMap((r) =>
          ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'other', 'total'].map((c) => [
            `requests.otherDisposal.${r}.${c}`,
            null,
          ]),
        ),
      ),
      anomalies: [
        {
          code: 'collapsed-row',
          key: 'requests.otherDisposal',
          text: '（六）其他处理只有一行，没有三个子行',
          values: [0, 0, 0, 0, 0, 0, 0],
          loc: { table: 2, row: 24 },
        },
      ],
      errors: [{ messageId: 'collapsed', key: 'requests.otherDisposal', includes: ['（六）其他处理', '3 个子行'] }],
    },
  ],
};
