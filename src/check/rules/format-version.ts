/** format-version: report years from 2021 use the 2021 tables, 2019 and 2020 the trial format's. */
import { formatFor } from '../../format/index.js';
import type { FormatVersion } from '../../format/types.js';
import type { CanonicalReport, LabelRead } from '../../model/report.js';
import type { RuleExamples } from '../examples.js';
import { labelDef } from '../labels.js';
import { quote } from '../text.js';
import type { FindingLocation, Localized, Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'format-version',
    severity: 'error',
    description: {
      'zh-CN': '2021 年度及以后的报告须使用国办公开办函〔2021〕30号印发的格式；2019、2020 年度使用国办公开办函〔2019〕60号的试行格式。',
      en: 'Reports for 2021 onward use the format of 国办公开办函〔2021〕30号; 2019 and 2020 reports the trial format of 国办公开办函〔2019〕60号.',
    },
    spec: 'format-spec §4.5 STRUCT-2 / EV-03',
    formats: ['2019', '2021'],
    messages: {
      outdated: {
        'zh-CN': '{year} 年度报告使用了 2019 年试行格式的表格{evidence}，应使用国办公开办函〔2021〕30号印发的格式。',
        en: 'The {year} report uses the tables of the 2019 trial format{evidence}; it must use the format of 国办公开办函〔2021〕30号.',
      },
      premature: {
        'zh-CN': '{year} 年度报告使用了 2021 年格式的表格{evidence}，该年度应使用 2019 年试行格式（国办公开办函〔2019〕60号）。',
        en: 'The {year} report uses the 2021 tables{evidence}; that year uses the 2019 trial format (国办公开办函〔2019〕60号).',
      },
    },
    hint: {
      'zh-CN': '按报告年度适用的格式重新编制表格。',
      en: 'Redo the tables in the format for the report year.',
    },
  },
  check(context) {
    const { report } = context;
    const { year, formatVersion } = report.meta;
    if (year === null || formatVersion === null) return;
    const outdated = year >= 2021 && formatVersion === '2019';
    if (!outdated && !(year <= 2020 && formatVersion === '2021')) return;
    // Where the reader sees it: the first label only the format used has (本年新制作数量, 第二十条第（九）项, …).
    const label = firstLabelOnlyIn(report, formatVersion);
    const location: FindingLocation = label
      ? { ...label.loc, key: 'meta.formatVersion' }
      : context.locate('meta.formatVersion');
    const evidence: Localized = label
      ? { 'zh-CN': `（如“${quote(label.raw, 20)}”）`, en: ` (e.g. “${quote(label.raw, 20)}”)` }
      : { 'zh-CN': '', en: '' };
    context.emit({ messageId: outdated ? 'outdated' : 'premature', data: { year, evidence }, location });
  },
};

/** The first label read (in reading order) that the report's format has and the other format has not. */
function firstLabelOnlyIn(report: CanonicalReport, version: FormatVersion): LabelRead | undefined {
  const own = formatFor(version);
  const other = formatFor(version === '2019' ? '2021' : '2019');
  let first: LabelRead | undefined;
  for (const label of report.labels) {
    if (!labelDef(own, label.key) || labelDef(other, label.key)) continue;
    if (!first || (label.loc.line ?? 0) < (first.loc.line ?? 0)) first = label;
  }
  return first;
}

export const examples: RuleExamples = {
  valid: [
    { title: '2024 年度使用 2021 年格式', meta: { year: 2024 } },
    { title: '2020 年度使用 2019 年试行格式', format: '2019', meta: { year: 2020 } },
  ],
  invalid: [
    {
      title: '2022 年度仍用 2019 年试行格式',
      format: '2019',
      meta: { year: 2022 },
      errors: [{ messageId: 'outdated', key: 'meta.formatVersion', includes: ['2022'] }],
    },
    {
      title: '2023 年度用了试行格式的栏目“本年新制作数量”：指出这一栏',
      format: '2019',
      meta: { year: 2023 },
      labels: [
        { key: 'active.row:regulations', raw: '规章' },
        { key: 'active.column:made', raw: '本年新制作数量' },
      ],
      errors: [{ messageId: 'outdated', key: 'meta.formatVersion', includes: ['2023', '（如“本年新制作数量”）'] }],
    },
    {
      title: '2020 年度用了 2021 年格式',
      meta: { year: 2020 },
      errors: [{ messageId: 'premature' }],
    },
  ],
};
