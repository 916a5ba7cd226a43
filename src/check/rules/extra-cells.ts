/** extra-cells: values the template has no cell for, in a row, as a row of its own or as an extra column. */
import { anomaliesOf, anomalyLocation, anomalySubject, listValues } from '../anomalies.js';
import type { RuleExamples } from '../examples.js';
import { tableName } from '../labels.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'extra-cells',
    severity: 'error',
    description: {
      'zh-CN': '表格不应多出格式没有的单元格或列，例如二表第二十条第（五）（六）（八）项每行只有一个数，四表只有 15 列。',
      en: 'No cells or columns beyond the format: rows of 二 (五)(六)(八) hold one value each, Table 四 has 15 columns.',
    },
    spec: 'format-spec §2.3, §2.5, §4.5 STRUCT-3 / EV-05',
    formats: ['2019', '2021'],
    messages: {
      extraCells: {
        'zh-CN': '“{subject}”行多出 {count} 个格式中没有的单元格（{values}）。',
        en: 'Row “{subject}” has {count} cell(s) the format does not have ({values}).',
      },
      extraRow: {
        'zh-CN': '“{subject}”行之后多出一行格式中没有的“{printed}”（{values}），未计入“{subject}”行。',
        en: 'After row “{subject}” comes a row the format does not have, “{printed}” ({values}); it is not counted in “{subject}”.',
      },
      extraColumn: {
        'zh-CN': '第{table}部分的表格多出一列（{values}），格式中没有这一列。',
        en: 'The table of section {table} has an extra column ({values}) that the format does not have.',
      },
    },
    hint: {
      'zh-CN': '删去多出的单元格，按格式只保留规定的栏目。',
      en: 'Remove the extra cells; keep only the columns of the format.',
    },
  },
  check(context) {
    for (const anomaly of anomaliesOf(context.report, 'extra-cells', 'extra-row', 'extra-column')) {
      const values = anomaly.values ?? [];
      context.emit({
        messageId: MESSAGE_OF[anomaly.code as keyof typeof MESSAGE_OF],
        data: {
          subject: anomalySubject(context.format, anomaly),
          printed: anomaly.raw ?? '',
          table: tableName(anomaly.key.split('.')[0] ?? ''),
          count: values.length || 1,
          values: values.length ? listValues(values) : (anomaly.raw ?? anomaly.text),
        },
        location: anomalyLocation(anomaly),
      });
    }
  },
};

const MESSAGE_OF = { 'extra-cells': 'extraCells', 'extra-row': 'extraRow', 'extra-column': 'extraColumn' } as const;

export const examples: RuleExamples = {
  valid: [{ title: '各行单元格数与格式一致' }],
  invalid: [
    {
      title: '行政处罚一行有三个数：16、0、0',
      anomalies: [
        {
          code: 'extra-cells',
          key: 'active.penalty',
          text: '“行政处罚”行多出 2 个值',
          values: [0, 0],
          loc: { table: 1, row: 4 },
        },
      ],
      errors: [{ messageId: 'extraCells', key: 'active.penalty', includes: ['行政处罚', '2 个', '0、0'] }],
    },
    {
      title: '规范性文件之后多印了格式中没有的一行',
      anomalies: [
        {
          code: 'extra-row',
          key: 'active.normativeDocs',
          text: '“规范性文件”一行之后印有模板没有的一行“其他公开文件”（12、9），未计入',
          raw: '其他公开文件',
          values: [12, 9],
          loc: { line: 31 },
        },
      ],
      errors: [{ messageId: 'extraRow', key: 'active.normativeDocs', includes: ['规范性文件', '其他公开文件', '12、9', '未计入'] }],
    },
    {
      title: '四表多出第 16 列',
      anomalies: [{ code: 'extra-column', key: 'appeals', text: '四表有第 16 列', values: [0], loc: { table: 3, row: 4 } }],
      errors: [{ messageId: 'extraColumn', key: 'appeals', includes: ['第四部分', '多出一列'] }],
    },
  ],
};
