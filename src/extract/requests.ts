/** Table B (三、收到和处理政府信息公开申请情况): 25 rows (23 in 2019) of seven applicant columns. */
import { normalizeLabel } from '../format/normalize.js';
import type { FormatDef, RequestRowDef } from '../format/types.js';
import { cellSlot } from '../model/values.js';
import { assignRow, placedCell, provenanceOf, unplacedIfExtrasMisfit, unplacedIfShort, type RowAssignment } from './assign.js';
import { LabelMatcher, readRows, type GroupSpec, type RowRead, type RowSpec } from './rows.js';
import {
  emptyTableRead,
  labelOf,
  markTableUnits,
  nullCell,
  recordRow,
  recordUnplaced,
  rowCells,
  valuesText,
  type RowCells,
  type TableRead,
} from './table-read.js';
import { emptyLinesPlaced, placeByLineGaps, tokenAfter, usualLineStep } from './line-gaps.js';
import { tokenize, type RowLabels } from './tokens.js';
import type { Unit } from './units.js';

const COLUMNS = 7;

const NO_CELLS: RowCells = { keys: [], slots: [] };

/**
 * A row placed by its empty lines: the values it puts in the applicant columns add up to the total it puts last (its
 * empty cells counting nothing), or it puts only a total. Anything else says the gaps were misread.
 */
function gapsFitTotal(values: Array<number | null>): boolean {
  const total = values[6];
  const applicants = values.slice(0, 6).filter((v): v is number => v !== null && v !== undefined);
  if (total === null || total === undefined || applicants.length === 0) return true;
  return applicants.reduce((sum, v) => sum + v, 0) === total;
}

/** Row total = sum of the six applicant columns, the one identity a single row carries. */
function rowTotalFits(values: Array<number | null>): boolean {
  const total = values[6];
  if (total === null || total === undefined) return true;
  let sum = 0;
  // By index, not over a slice: this runs for every row read, and again for each order tried.
  for (let i = 0; i < 6; i++) {
    const v = values[i];
    if (v === null || v === undefined) return true;
    sum += v;
  }
  return sum === total;
}

interface RequestsSpec {
  rows: RowSpec[];
  groups: GroupSpec[];
  labels: RowLabels;
  /** By row index, made once: canonical keys and slots of the row's seven cells, its anomaly key and its label key. */
  cellKeys: RowCells[];
  rowKeys: string[];
  labelKeys: string[];
}

const specs = new WeakMap<FormatDef, RequestsSpec>();

/** Everything about Table B that depends only on the format, built once per format. */
function specOf(format: FormatDef): RequestsSpec {
  let spec = specs.get(format);
  if (spec) return spec;
  const rows: RowSpec[] = format.requestRows.map((r) => ({ ...r, expected: COLUMNS, fits: rowTotalFits }));
  const groupKeys = new Set(format.requestRows.map((r) => r.group).filter(Boolean));
  const groups: GroupSpec[] = format.requestGroups.filter((g) => groupKeys.has(g.key));
  const rowMatcher = LabelMatcher.for(rows);
  const labels: RowLabels = {
    isRowLabel: (norm) => rowMatcher.matches(norm),
    officials: new Set(rows.map((r) => normalizeLabel(r.label))),
  };
  const cellKeys = rows.map((r) => rowCells(format.version, format.requestColumns.map((c) => `requests.${r.key}.${c.key}`)));
  const rowKeys = rows.map((r) => `requests.${r.key}`);
  const labelKeys = rows.map((r) => `requests.row:${r.key}`);
  spec = { rows, groups, labels, cellKeys, rowKeys, labelKeys };
  specs.set(format, spec);
  return spec;
}

export function readRequests(units: Unit[], format: FormatDef): TableRead {
  const read = emptyTableRead();
  const { rows, groups, labels, cellKeys, rowKeys, labelKeys } = specOf(format);
  const tokens = tokenize(units, labels);
  const rowsRead = readRows(tokens, rows, groups, format.requestColumns);
  if (rowsRead.rows.length === 0) return read;
  read.found = true;
  const lastUnit = Math.max(...rowsRead.rows.map((r) => r.values.at(-1)?.unit ?? r.label.unit));
  markTableUnits(read, tokens, lastUnit);

  readHeaderLabels(read, rowsRead.header, format);
  for (const group of rowsRead.groups) {
    read.labels.push(labelOf(`requests.group:${group.spec.key}`, group.spec.label, group.label));
  }

  const assignments: RowAssigned[] = [];
  let step: number | null | undefined;
  for (const row of rowsRead.rows) {
    read.labels.push(labelOf(labelKeys[row.index] ?? '', row.spec.label, row.label));
    let assignment = assignRow(row.values, COLUMNS, rowTotalFits);
    if (assignment.status === 'short') {
      // Empty cells printed as empty lines in a table laid out one cell a line: the gaps tell the columns.
      step ??= usualLineStep(tokens);
      const byGaps = step === null ? null : placeByLineGaps(row.label, row.values, tokenAfter(tokens, row), step, COLUMNS);
      if (byGaps?.status === 'ok' && gapsFitTotal(byGaps.cells.map((c) => c.value))) {
        read.anomalies.push(emptyLinesPlaced(rowKeys[row.index] ?? '', row.spec.label, row.label));
        assignment = byGaps;
      }
    }
    assignments.push({ row, assignment: unplacedIfExtrasMisfit(unplacedIfShort(assignment, row.values), row.values, rowTotalFits) });
  }
  resolveAmbiguous(assignments, format);
  for (const { row, assignment } of assignments) {
    const rowKey = rowKeys[row.index] ?? '';
    recordRow(read, cellKeys[row.index] ?? NO_CELLS, assignment, rowKey, row.spec.label, row.label);
    recordUnplaced(read, rowKey, row.spec.label, row);
  }
  readCollapsedGroups(read, rowsRead, format);
  readMissingRows(read, rowsRead, format);
  return read;
}

function readHeaderLabels(read: TableRead, header: RowRead['label'][], format: FormatDef): void {
  const columnMatcher = LabelMatcher.for(format.requestColumns);
  const seen = new Set<string>();
  for (const token of header) {
    if (token.norm.includes('勾稽')) {
      read.labels.push(labelOf('requests.note', format.requestNote, token));
      continue;
    }
    const match = columnMatcher.candidatesOf(token)[0];
    const column = match ? format.requestColumns[match.index] : undefined;
    if (column && !seen.has(column.key)) {
      seen.add(column.key);
      read.labels.push(labelOf(`requests.column:${column.key}`, column.label, token));
    }
  }
}

/** A group label followed by numbers and none of its sub-rows: the sub-rows were printed as one row. */
function readCollapsedGroups(read: TableRead, rowsRead: ReturnType<typeof readRows>, format: FormatDef): void {
  for (const group of rowsRead.groups) {
    const numbers = group.values.filter((v) => v.kind === 'number');
    if (numbers.length === 0) continue;
    const subRowsRead = rowsRead.rows.some((r) => r.spec.group === group.spec.key);
    const subRows = format.requestRows.filter((r) => r.group === group.spec.key);
    if (subRowsRead) {
      read.anomalies.push({
        code: 'extra-cells',
        key: `requests.${group.spec.key}`,
        text: `分组标题“${group.spec.label}”所在行不应有数字，读到：${valuesText(group.values)}`,
        loc: group.label.loc,
        values: group.values.map((v) => (v.kind === 'number' ? v.value : null)),
      });
      continue;
    }
    // The printed row is read like any other row, so guessed-grid blanks and glued digits are handled the same way.
    const assignment = assignRow(group.values, COLUMNS, rowTotalFits);
    const cells = assignment.status === 'ok' || assignment.status === 'short' ? assignment.cells : [];
    const values = Array.from({ length: COLUMNS }, (_, i) => cells[i]?.value ?? null);
    read.anomalies.push({
      code: 'collapsed-row',
      key: `requests.${group.spec.key}`,
      text: `“${group.spec.label}”应分为 ${subRows.length} 个子行（${subRows.map((r) => r.label).join('；')}），报告只列了一行：${values.map((v) => (v === null ? '空' : String(v))).join('、')}`,
      loc: group.label.loc,
      raw: group.label.raw,
      values,
    });
  }
}

function readMissingRows(read: TableRead, rowsRead: ReturnType<typeof readRows>, format: FormatDef): void {
  const defs: RequestRowDef[] = format.requestRows;
  // Rows are read in template order, each at most once: as many rows read as defined means none is missing.
  if (rowsRead.rows.length === defs.length) return;
  const found = new Set(rowsRead.rows.map((r) => r.spec.key));
  const collapsed = new Set(read.anomalies.filter((a) => a.code === 'collapsed-row').map((a) => a.key));
  for (const def of defs) {
    if (found.has(def.key)) continue;
    if (def.group && collapsed.has(`requests.${def.group}`)) continue;
    read.anomalies.push({ code: 'missing-row', key: `requests.${def.key}`, text: `表三缺少“${def.label}”一行` });
    for (const column of ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'other', 'total']) {
      const key = `requests.${def.key}.${column}`;
      if (!read.cells.some((c) => c.key === key)) read.cells.push(nullCell(key, cellSlot(format.version, key)));
    }
  }
}

/** One row read and how its values were placed, in reading order. */
interface RowAssigned {
  row: RowRead;
  assignment: RowAssignment;
}

/** Rows whose glued digits fit several splits: keep the one combination that satisfies the column identities. */
function resolveAmbiguous(assignments: RowAssigned[], format: FormatDef): void {
  // Most tables have no ambiguous row: asked first, without building the list.
  if (!assignments.some((a) => a.assignment.status === 'ambiguous')) return;
  const ambiguous = assignments.flatMap((a, at) => (a.assignment.status === 'ambiguous' ? [[at, a] as const] : []));
  let combos = 1;
  for (const [, a] of ambiguous) combos *= a.assignment.status === 'ambiguous' ? a.assignment.candidates.length : 1;
  if (combos > 50000) return;

  const known = new Map<string, Array<number | null>>();
  for (const { row, assignment } of assignments) {
    if (assignment.status === 'ok' || assignment.status === 'short') known.set(row.spec.key, assignment.cells.map((c) => c.value));
  }
  const columnIdentities = format.identities.filter((i) => i.table === 'requests' && i.scope === 'each column');
  const satisfied = (values: Map<string, Array<number | null>>): boolean =>
    columnIdentities.every((identity) => {
      for (let c = 0; c < COLUMNS; c++) {
        const side = (keys: string[]): number | null => {
          let sum = 0;
          for (const k of keys) {
            const v = values.get(k)?.[c];
            if (v === null || v === undefined) return null;
            sum += v;
          }
          return sum;
        };
        const lhs = side(identity.lhs);
        const rhs = side(identity.rhs);
        if (lhs !== null && rhs !== null && lhs !== rhs) return false;
      }
      return true;
    });

  const solutions: number[][] = [];
  const choice: number[] = [];
  const search = (i: number): void => {
    if (solutions.length > 1) return;
    const entry = ambiguous[i];
    if (!entry) {
      if (satisfied(known)) solutions.push([...choice]);
      return;
    }
    const [, { row, assignment }] = entry;
    const key = row.spec.key;
    if (assignment.status !== 'ambiguous') return;
    assignment.candidates.forEach((candidate, k) => {
      known.set(key, candidate);
      choice.push(k);
      search(i + 1);
      choice.pop();
    });
    known.delete(key);
  };
  search(0);
  const solution = solutions.length === 1 ? solutions[0] : undefined;
  if (!solution) return;
  ambiguous.forEach(([at, entry], i) => {
    if (entry.assignment.status !== 'ambiguous') return;
    const values = entry.assignment.candidates[solution[i] ?? 0] ?? [];
    const token = entry.assignment.tokens[0];
    const cells = values.map((value) => placedCell(value, token ? provenanceOf(token, 'split-digits') : null));
    assignments[at] = { row: entry.row, assignment: { status: 'ok', cells, extras: [], split: true } };
  });
}
