/** blank-cell: a row that is there but has empty cells; one finding per row, listing the empty cells. */
import type { CellDef } from '../../format/index.js';
import { covers } from '../anomalies.js';
import type { ValueTree } from '../../model/report.js';
import { cellRows, leafValue, rowObject, valueFacts, type CellRow } from '../cells.js';
import type { RuleExamples } from '../examples.js';
import { rowLabel } from '../labels.js';
import type { Rule, RuleContext } from '../types.js';

/** Anomalies that already explain blank cells in the rows they cover. */
const EXPLAINED = new Set(['collapsed-row', 'missing-row', 'missing-cells', 'missing-table', 'ambiguous-split']);

export const rule: Rule = {
  meta: {
    id: 'blank-cell',
    severity: 'warning',
    description: {
      'zh-CN': '表中已列出的行不应有空白单元格（或“/”“—”）；没有数据的应填 0。',
      en: 'A row that is printed has no empty cells (nor “/” or “—”); a cell with nothing to count reads 0.',
    },
    spec: 'format-spec §4.5 STRUCT-3, §9 value conventions / EV-05',
    formats: ['2019', '2021'],
    messages: {
      blank: {
        'zh-CN': '“{row}”行有 {count} 个空白单元格：{columns}。',
        en: 'Row “{row}” has {count} empty cell(s): {columns}.',
      },
    },
    hint: {
      'zh-CN': '没有数据的单元格填 0，不要留空或填“/”。',
      en: 'Write 0 in cells with nothing to count instead of leaving them empty or writing “/”.',
    },
  },
  check(context) {
    const { report } = context;
    // Nothing blank anywhere: the common case needs no row-by-row look.
    const facts = context.derived(valueFacts);
    const blankSomewhere = facts
      ? facts.active.blank || facts.requests.blank || facts.appeals.blank
      : hasNull(report.active) || hasNull(report.requests) || hasNull(report.appeals);
    if (!blankSomewhere) return;
    const rows = cellRows(context.format);
    // How many cells of each row are blank; which ones is worked out only for a row that may be reported.
    const blankCounts = rows.map((row) => {
      const node = rowObject(report, row);
      let count = 0;
      for (const { leaf } of row.cells) if (isBlank(node, leaf)) count++;
      return count;
    });
    const blankTables = new Set(
      (['active', 'requests', 'appeals'] as const).filter((t) =>
        rows.every((row, i) => row.table !== t || blankCounts[i] === row.cells.length),
      ),
    );
    rows.forEach((row, i) => {
      const { key } = row;
      if (blankCounts[i] === 0 || blankTables.has(row.table)) return;
      if (report.anomalies.some((a) => EXPLAINED.has(a.code) && covers(a, key))) return;
      const node = rowObject(report, row);
      const blank = row.cells.filter((c) => isBlank(node, c.leaf) && !unparsable(context, c.def.key)).map((c) => c.def);
      if (blank.length === 0 || !present(context, row, node)) return;
      const first = blank[0] as CellDef;
      context.emit({
        messageId: 'blank',
        data: {
          row: rowLabel(context.format, key),
          count: blank.length,
          columns: blank.map((c) => c.columnLabel).join('、'),
        },
        location: context.locate(first.key),
        cells: blank.map((c) => context.cell(c.key)),
      });
    });
  },
};

/** An unreadable cell is reported by table-incomplete with what it held. */
function unparsable(context: RuleContext, key: string): boolean {
  return context.report.anomalies.some((a) => a.code === 'unparsable-cell' && a.key === key);
}

/** The row was printed: it has a value, a provenance, or its label was read. */
function present(context: RuleContext, row: CellRow, node: ValueTree | undefined): boolean {
  const { report } = context;
  if (row.cells.some((c) => !isBlank(node, c.leaf) || report.provenance[c.def.key])) return true;
  const [table, ...rest] = row.key.split('.');
  const id = rest.join('.');
  return report.labels.some((l) => l.key === `${table}.row:${id}` || l.key === `${table}.group:${id}`);
}

/** Blank as a reader sees it: nothing, null, or something that is not a number. */
function isBlank(node: ValueTree | undefined, leaf: string): boolean {
  return (leafValue(node, leaf) ?? null) === null;
}

export const examples: RuleExamples = {
  valid: [
    { title: '所有单元格都有数' },
    {
      title: '（六）其他处理印成一行时，其子行的空白由 collapsed-row 报告',
      cells: {
        'requests.otherDisposal.overdueCorrection.naturalPerson': null,
        'requests.otherDisposal.overdueFee.naturalPerson': null,
        'requests.otherDisposal.other.naturalPerson': null,
      },
      anomalies: [{ code: 'collapsed-row', key: 'requests.otherDisposal', text: '（六）其他处理只有一行' }],
    },
    {
      title: '连在一起的数字有几种拆法时，未取值的格由 split-ambiguous 报告，不是空白',
      cells: { 'active.regulations.repealed': null, 'active.regulations.inForce': null },
      anomalies: [{ code: 'ambiguous-split', key: 'active.regulations', text: '“规章”一行的数字“0255”缺少分隔，有 2 种拆分都说得通' }],
    },
  ],
  invalid: [
    {
      title: '行政复议“结果维持”“结果纠正”留空',
      cells: { 'appeals.review.upheld': null, 'appeals.review.corrected': null },
      errors: [{ messageId: 'blank', key: 'appeals.review.upheld', includes: ['行政复议', '2 个', '结果维持、结果纠正'] }],
    },
    {
      title: '两行各有一个空白单元格：每行一条',
      cells: { 'requests.granted.research': null, 'requests.carriedForward.total': null },
      errors: [
        { messageId: 'blank', key: 'requests.granted.research', includes: ['（一）予以公开', '科研机构'] },
        { messageId: 'blank', key: 'requests.carriedForward.total', includes: ['结转下年度'] },
      ],
    },
  ],
};

function hasNull(tree: ValueTree): boolean {
  // for…in rather than Object.values: no array per node on a walk that runs for every report.
  for (const key in tree) {
    const value = tree[key];
    if (value === null) return true;
    if (typeof value === 'object' && hasNull(value)) return true;
  }
  return false;
}
