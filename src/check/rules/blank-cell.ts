/** blank-cell: a row that is there but has empty cells; one finding per row, listing the empty cells. */
import { cellDefs, type CellDef } from '../../format/index.js';
import { covers } from '../anomalies.js';
import type { FormatDef } from '../../format/types.js';
import type { ValueTree } from '../../model/report.js';
import type { RuleExamples } from '../examples.js';
import { rowLabel } from '../labels.js';
import type { Rule, RuleContext } from '../types.js';

/** Anomalies that already explain blank cells in the rows they cover. */
const EXPLAINED = new Set(['collapsed-row', 'missing-row', 'missing-cells', 'missing-table']);

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
    if (!hasNull(report.active) && !hasNull(report.requests) && !hasNull(report.appeals)) return;
    const rows = rowsOf(context.format);
    const blankTables = new Set(
      ['active', 'requests', 'appeals'].filter((t) =>
        [...rows.entries()].every(
          ([key, cells]) => !key.startsWith(`${t}.`) || cells.every((c) => isBlank(context, c)),
        ),
      ),
    );
    for (const [key, cells] of rows) {
      if (blankTables.has(key.split('.')[0] ?? '')) continue;
      if (context.report.anomalies.some((a) => EXPLAINED.has(a.code) && covers(a, key))) continue;
      const blank = cells.filter((c) => isBlank(context, c) && !unparsable(context, c.key));
      if (blank.length === 0 || !present(context, key, cells)) continue;
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
    }
  },
};

function isBlank(context: RuleContext, cell: CellDef): boolean {
  return (context.value(cell.key) ?? null) === null;
}

/** An unreadable cell is reported by table-incomplete with what it held. */
function unparsable(context: RuleContext, key: string): boolean {
  return context.report.anomalies.some((a) => a.code === 'unparsable-cell' && a.key === key);
}

/** The row was printed: it has a value, a provenance, or its label was read. */
function present(context: RuleContext, rowKey: string, cells: CellDef[]): boolean {
  const { report } = context;
  if (cells.some((c) => !isBlank(context, c) || report.provenance[c.key])) return true;
  const [table, ...rest] = rowKey.split('.');
  const id = rest.join('.');
  return report.labels.some((l) => l.key === `${table}.row:${id}` || l.key === `${table}.group:${id}`);
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

const rowCache = new WeakMap<FormatDef, Map<string, CellDef[]>>();

/** The format's cells grouped by row (`requests.granted` → its seven cells), built once per format. */
function rowsOf(format: FormatDef): Map<string, CellDef[]> {
  let rows = rowCache.get(format);
  if (!rows) {
    rows = new Map<string, CellDef[]>();
    for (const cell of cellDefs(format)) {
      const key = `${cell.table}.${cell.row}`;
      const list = rows.get(key);
      if (list) list.push(cell);
      else rows.set(key, [cell]);
    }
    rowCache.set(format, rows);
  }
  return rows;
}

function hasNull(tree: ValueTree): boolean {
  for (const value of Object.values(tree)) {
    if (value === null) return true;
    if (typeof value === 'object' && hasNull(value)) return true;
  }
  return false;
}
