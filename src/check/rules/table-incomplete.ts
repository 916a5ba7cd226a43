/** table-incomplete: a table, a row or cells of the template are missing, or a cell could not be read. */
import type { CanonicalReport, LabelRead } from '../../model/report.js';
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
      emptyTable: {
        'zh-CN': '第{table}部分的统计表只有栏目和行名，没有读到任何数字。',
        en: 'The table of section {table} has its labels but not a single number.',
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
    // A table printed with its labels but no number at all (left empty, or its values lost) is one problem: one
    // finding where it starts, not “not found” and not one missing-cells finding per row. A table whose numbers were
    // read but could not be placed in columns is found too: its rows' findings say what was read.
    const empty = new Map<string, LabelRead>();
    const blank = new Set<string>();
    for (const table of TABLES) {
      const rows = tableRows(format, table);
      if (rows.length === 0 || !rows.every((row) => allBlank(report, row))) continue;
      const label = firstLabel(report, table);
      if (!label) blank.add(table);
      else if (!numbersRead(report, table)) {
        blank.add(table);
        empty.set(table, label);
      }
    }
    const reported = new Set<string>();
    for (const anomaly of anomaliesOf(report, 'missing-table', 'missing-row', 'missing-cells', 'unparsable-cell')) {
      const table = anomaly.key.split('.')[0] ?? '';
      if (empty.has(table) && anomaly.code !== 'unparsable-cell') continue;
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
      if (reported.has(table) || !blank.has(table)) continue;
      const label = empty.get(table);
      context.emit({
        messageId: label ? 'emptyTable' : 'missingTable',
        data: { table: tableName(table) },
        location: label ? { ...label.loc, key: table } : { key: table },
      });
    }
  },
};

/** The first label of the table read (caption, column or row name, in reading order), if any was. */
function firstLabel(report: CanonicalReport, table: string): LabelRead | undefined {
  let first: LabelRead | undefined;
  for (const label of report.labels) {
    if (!label.key.startsWith(`${table}.`)) continue;
    if (!first || before(label, first)) first = label;
  }
  return first;
}

/** True when extraction read a number in the table that it could not place in a cell (in `values`, or as `raw`). */
function numbersRead(report: CanonicalReport, table: string): boolean {
  return report.anomalies.some(
    (a) =>
      (a.key === table || a.key.startsWith(`${table}.`)) &&
      ((a.values ?? []).some((v) => v !== null) || /\d/.test(a.raw ?? '')),
  );
}

function before(a: LabelRead, b: LabelRead): boolean {
  const [x, y] = [a.loc.line ?? a.loc.row ?? 0, b.loc.line ?? b.loc.row ?? 0];
  return x < y;
}

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
      title: '第二部分的表格印了栏目和行名，却没有一个数字',
      cells: Object.fromEntries(
        ['regulations', 'normativeDocs'].flatMap((r) =>
          ['issued', 'repealed', 'inForce'].map((c) => [`active.${r}.${c}`, null]),
        ).concat(
          ['licensing', 'penalty', 'coercion'].map((r) => [`active.${r}.decisions`, null]),
          [['active.fees.amount', null]],
        ),
      ),
      labels: [
        { key: 'active.row:regulations', raw: '规章' },
        { key: 'active.row:normativeDocs', raw: '行政规范性文件' },
      ],
      anomalies: [
        { code: 'missing-cells', key: 'active.regulations', text: '一个也没有读到', values: [], loc: { table: 1, row: 3 } },
        { code: 'missing-cells', key: 'active.normativeDocs', text: '一个也没有读到', values: [], loc: { table: 1, row: 4 } },
      ],
      errors: [{ messageId: 'emptyTable', key: 'active', includes: ['第二部分', '没有读到任何数字'] }],
    },
    {
      title: '第三部分的数字读到了却分不清各属哪一列：只报这几行，不说“未找到”',
      fill: null,
      cells: Object.fromEntries(
        ['active.regulations.issued', 'active.regulations.repealed', 'active.regulations.inForce'].map((k) => [k, 0]),
      ),
      labels: [{ key: 'requests.row:newReceived', raw: '一、本年新收政府信息公开申请数量' }],
      anomalies: [
        {
          code: 'missing-cells',
          key: 'requests.newReceived',
          text: '应有 7 个数据格，只读到 2 个（3、3），无法确定各属哪一列',
          raw: '3、3',
          loc: { table: 2, row: 4 },
        },
      ],
      // Findings without a line come first: 四 left blank by `fill` is “not found”, it has no label either.
      errors: [
        { messageId: 'missingTable', key: 'appeals' },
        { messageId: 'missingCells', key: 'requests.newReceived', includes: ['只读到 2 个（3、3）'] },
      ],
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
