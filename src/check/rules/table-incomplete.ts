/** table-incomplete: a table, a row or cells of the template are missing, or a cell could not be read. */
import type { CanonicalReport } from '../../model/report.js';
import { anomaliesOf, anomalyLocation, anomalySubject } from '../anomalies.js';
import { leafValue, rowObject, tableRows, type CellRow } from '../cells.js';
import type { RuleExamples } from '../examples.js';
import { tableName } from '../labels.js';
import type { Rule } from '../types.js';

const TABLES = ['active', 'requests', 'appeals'] as const;

export const rule: Rule = {
  meta: {
    id: 'table-incomplete',
    severity: 'error',
    description: {
      'zh-CN': '二、三、四部分的表格须完整：不缺表、不缺行、不缺单元格，单元格内容可以读成数字。',
      en: 'The tables of sections 二, 三 and 四 are complete: no missing table, row or cell, and every cell reads as a number.',
    },
    spec: 'format-spec §4.5 STRUCT-3 / EV-05',
    formats: ['2019', '2021'],
    messages: {
      missingTable: {
        'zh-CN': '未找到第{table}部分的统计表。',
        en: 'The table of section {table} was not found.',
      },
      missingRow: {
        'zh-CN': '表格缺少“{subject}”行。',
        en: 'The row “{subject}” is missing from the table.',
      },
      missingCells: {
        'zh-CN': '“{subject}”缺少单元格：{text}',
        en: '“{subject}” has missing cells: {text}',
      },
      unparsable: {
        'zh-CN': '“{subject}”的单元格内容“{raw}”不是数字，无法读取。',
        en: 'A cell of “{subject}” holds “{raw}”, which is not a number.',
      },
    },
    hint: {
      'zh-CN': '对照格式补全表格，空白处填 0。',
      en: 'Complete the table as in the format; write 0 rather than leaving a cell empty.',
    },
  },
  check(context) {
    const { report, format } = context;
    const reported = new Set<string>();
    for (const anomaly of anomaliesOf(report, 'missing-table', 'missing-row', 'missing-cells', 'unparsable-cell')) {
      const table = anomaly.key.split('.')[0] ?? '';
      const subject = anomalySubject(format, anomaly);
      const data = { subject, table: tableName(table), text: anomaly.text, raw: anomaly.raw ?? '' };
      const messageId = {
        'missing-table': 'missingTable',
        'missing-row': 'missingRow',
        'missing-cells': 'missingCells',
        'unparsable-cell': 'unparsable',
      }[anomaly.code as string];
      if (!messageId) continue;
      if (anomaly.code === 'missing-table') reported.add(table);
      context.emit({ messageId, data, location: anomalyLocation(anomaly) });
    }
    // A table extraction never found leaves every cell blank, whether or not it said so.
    for (const table of TABLES) {
      if (reported.has(table)) continue;
      const rows = tableRows(format, table);
      if (rows.length > 0 && rows.every((row) => allBlank(report, row))) {
        context.emit({ messageId: 'missingTable', data: { table: tableName(table) }, location: { key: table } });
      }
    }
  },
};

function allBlank(report: CanonicalReport, row: CellRow): boolean {
  const node = rowObject(report, row);
  return row.cells.every(({ leaf }) => (leafValue(node, leaf) ?? null) === null);
}

export const examples: RuleExamples = {
  valid: [{ title: '三张表完整' }],
  invalid: [
    {
      title: '第四部分没有表格（所有单元格为空）',
      cells: Object.fromEntries(
        ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) =>
          ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => [`appeals.${g}.${c}`, null]),
        ),
      ),
      errors: [{ messageId: 'missingTable', key: 'appeals', includes: ['第四部分'] }],
    },
    {
      title: '提取时发现缺行',
      cells: Object.fromEntries(
        ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'other', 'total'].map((c) => [
          `requests.withheld.adminQuery.${c}`,
          null,
        ]),
      ),
      anomalies: [{ code: 'missing-row', key: 'requests.withheld.adminQuery', text: '缺少“8.属于行政查询事项”行' }],
      errors: [{ messageId: 'missingRow', key: 'requests.withheld.adminQuery', includes: ['属于行政查询事项'] }],
    },
    {
      title: '提取时发现某行少了单元格',
      cells: { 'requests.granted.legalService': null, 'requests.granted.other': null },
      anomalies: [
        {
          code: 'missing-cells',
          key: 'requests.granted',
          text: '只有 5 个数，缺 2 个',
          values: [0, 0, 0, 0, 0],
          loc: { table: 2, row: 3 },
        },
      ],
      errors: [{ messageId: 'missingCells', key: 'requests.granted', includes: ['（一）予以公开', '缺 2 个'] }],
    },
    {
      title: '单元格写成“若干”',
      cells: { 'active.penalty.decisions': null },
      anomalies: [
        {
          code: 'unparsable-cell',
          key: 'active.penalty.decisions',
          text: '无法读取',
          raw: '若干',
          loc: { table: 1, row: 4 },
        },
      ],
      errors: [{ messageId: 'unparsable', key: 'active.penalty.decisions', includes: ['若干'] }],
    },
  ],
};
