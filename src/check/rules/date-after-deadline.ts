/** date-after-deadline: published after the deadline of 条例 art. 49 (or the one set for the locality). */
import type { AdminLevel } from '../../model/report.js';
import type { RuleExamples } from '../examples.js';
import { dateName } from '../text.js';
import type { Localized, Rule } from '../types.js';

/** The 本级政府 report of a 县级以上地方人民政府 is due by 31 March; everyone else by 31 January. */
const MARCH_LEVELS: AdminLevel[] = ['county-government', 'city-government', 'province-government'];

const BASIS: Record<string, Localized> = {
  january: { 'zh-CN': '条例第四十九条：每年1月31日前', en: 'Regulations art. 49: by 31 January' },
  march: { 'zh-CN': '条例第四十九条：县级以上地方人民政府每年3月31日前', en: 'Regulations art. 49: local governments by 31 March' },
  option: { 'zh-CN': '指定的发布期限', en: 'the deadline given' },
};

export const rule: Rule = {
  meta: {
    id: 'date-after-deadline',
    severity: 'error',
    description: {
      'zh-CN':
        '落款日期不得晚于发布期限：默认次年1月31日（县级以上人民政府部门，乡镇、街道按惯例同此），县级以上地方人民政府为次年3月31日；可用 deadline 选项（MM-DD）按当地要求调整。',
      en: 'The report is dated no later than the deadline: 31 January of the next year by default (departments; townships by custom), 31 March for local governments at county level and above; the deadline option (MM-DD) sets a local one.',
    },
    spec: 'format-spec §1 art. 49, §4.5 DATE-2 / EV-01',
    formats: ['2019', '2021'],
    messages: {
      late: {
        'zh-CN': '{dateName} {date} 晚于发布期限 {deadline}（{basis}）。',
        en: 'The report is {dateName} {date}, after the deadline {deadline} ({basis}).',
      },
    },
    hint: {
      'zh-CN': '年度报告应在期限前向社会公布；如当地另有期限，请用 deadline 选项指定。',
      en: 'Publish by the deadline; if the locality sets another one, pass it as the deadline option.',
    },
  },
  check(context) {
    const { year, publishedDate, level } = context.report.meta;
    if (year === null || !publishedDate || !/^\d{4}-\d{2}-\d{2}$/.test(publishedDate)) return;
    const march = level !== null && MARCH_LEVELS.includes(level);
    const monthDay = context.options.deadline ?? (march ? '03-31' : '01-31');
    const basis = context.options.deadline ? BASIS.option : march ? BASIS.march : BASIS.january;
    const deadline = `${year + 1}-${monthDay}`;
    if (publishedDate <= deadline || !basis) return;
    context.emit({
      messageId: 'late',
      data: { date: publishedDate, deadline, basis, dateName: dateName(context.report) },
      location: context.locate('meta.publishedDate'),
      expected: deadline,
      actual: publishedDate,
    });
  },
};

export const examples: RuleExamples = {
  valid: [
    { title: '1 月 22 日发布', meta: { year: 2024, publishedDate: '2025-01-22' } },
    { title: '县政府报告 3 月 31 日发布', meta: { year: 2024, publishedDate: '2025-03-31', level: 'county-government' } },
    {
      title: '当地规定 2 月 20 日前，2 月 5 日发布',
      meta: { year: 2024, publishedDate: '2025-02-05' },
      options: { deadline: '02-20' },
    },
  ],
  invalid: [
    {
      title: '镇政府 2 月 5 日发布',
      meta: { year: 2024, publishedDate: '2025-02-05', level: 'township' },
      errors: [
        {
          messageId: 'late',
          key: 'meta.publishedDate',
          expected: '2025-01-31',
          actual: '2025-02-05',
          includes: ['2025-02-05', '2025-01-31'],
        },
      ],
    },
    {
      title: '县政府部门 3 月 1 日发布',
      meta: { year: 2024, publishedDate: '2025-03-01', level: 'county-department' },
      errors: [{ messageId: 'late', expected: '2025-01-31' }],
    },
  ],
};
