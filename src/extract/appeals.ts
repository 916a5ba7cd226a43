/** Table C (四、行政复议、行政诉讼): one row of fifteen numbers under a two-level header, no row labels. */
import { normalizeLabel } from '../format/normalize.js';
import type { FormatDef } from '../format/types.js';
import { assignRow } from './assign.js';
import { LabelMatcher, type ValueToken } from './rows.js';
import { emptyTableRead, labelOf, markTableUnits, recordRow, rowCells, valuesText, type RowCells, type TableRead } from './table-read.js';
import { textToken, tokenize, type RowLabels } from './tokens.js';
import type { Unit } from './units.js';

const GROUP_SIZE = 5;

/** Each group's 总计 equals its four results. */
function groupTotalsFit(values: Array<number | null>): boolean {
  // By index rather than over a slice of each group: this is asked of every split a glued row can take.
  for (let g = 0; g + GROUP_SIZE <= values.length; g += GROUP_SIZE) {
    const total = values[g + GROUP_SIZE - 1];
    if (total === null || total === undefined) continue;
    let sum = 0;
    let complete = true;
    for (let i = g; i < g + GROUP_SIZE - 1 && complete; i++) {
      const value = values[i];
      if (value === null || value === undefined) complete = false;
      else sum += value;
    }
    if (complete && sum !== total) return false;
  }
  return true;
}

export function readAppeals(units: Unit[], format: FormatDef): TableRead {
  const read = emptyTableRead();
  const groupMatcher = LabelMatcher.for(format.appealGroups);
  const columnMatcher = LabelMatcher.for(format.appealColumns);
  const tokens = tokenize(units, headerLabels(format));
  // Each group and column label is taken once, told by its index in the format's list (its key is unique there):
  // flags by index rather than a set of keys built for every token.
  const groupSeen: boolean[] = [];
  const columnSeen: boolean[] = [];
  let headerSeen = false;
  // By unit index, as in scan: the units that carry numbers, and the last of them.
  const numberUnits: boolean[] = [];
  let lastNumberUnit = -1;
  for (const token of tokens) {
    if (token.kind === 'number') {
      numberUnits[token.unit] = true;
      if (token.unit > lastNumberUnit) lastNumberUnit = token.unit;
    }
    if (token.kind !== 'text') continue;
    const group = groupMatcher.candidatesOf(token)[0];
    const groupDef = group ? format.appealGroups[group.index] : undefined;
    if (group && groupDef && token.norm.length <= 12 && !groupSeen[group.index]) {
      groupSeen[group.index] = true;
      headerSeen = true;
      read.labels.push(labelOf(`appeals.group:${groupDef.key}`, groupDef.label, token));
      continue;
    }
    const column = columnMatcher.candidatesOf(token)[0];
    const columnDef = column ? format.appealColumns[column.index] : undefined;
    if (column && columnDef && !columnSeen[column.index]) {
      columnSeen[column.index] = true;
      headerSeen = true;
      read.labels.push(labelOf(`appeals.column:${columnDef.key}`, columnDef.label, token));
    }
  }
  const values = tokens.filter((t): t is ValueToken => t.kind !== 'text' && numberUnits[t.unit] === true);
  if (values.length === 0) return read;
  read.found = headerSeen || values.length >= GROUP_SIZE;
  if (!read.found) return read;
  markTableUnits(read, tokens, lastNumberUnit);

  const expected = format.appealGroups.length * GROUP_SIZE;
  const keys = appealCells(format);
  const first = values[0];
  if (!first) return read;
  const labelToken = textToken('行政复议、行政诉讼', '', first.loc, first.unit);
  const assignment = assignRow(values, expected, groupTotalsFit);
  if (assignment.status === 'ok' && assignment.extras.length > 0) {
    const extras = assignment.extras;
    recordRow(read, keys, { ...assignment, extras: [] }, 'appeals', '行政复议、行政诉讼', labelToken);
    read.anomalies.push({
      code: 'extra-column',
      key: 'appeals',
      text: `表四模板只有 ${expected} 列数据，多出 ${extras.length} 列：${valuesText(extras)}`,
      loc: extras[0]?.loc,
      values: extras.map((t) => (t.kind === 'number' ? t.value : null)),
    });
    return read;
  }
  recordRow(read, keys, assignment, 'appeals', '行政复议、行政诉讼', labelToken);
  return read;
}

const headerLabelCache = new WeakMap<FormatDef, RowLabels>();

/** Header words stand where row labels would: numbers glued to them are split off. */
function headerLabels(format: FormatDef): RowLabels {
  let labels = headerLabelCache.get(format);
  if (!labels) {
    const groups = LabelMatcher.for(format.appealGroups);
    const columns = LabelMatcher.for(format.appealColumns);
    labels = {
      isRowLabel: (norm) => groups.matches(norm) || columns.matches(norm),
      officials: new Set([...format.appealGroups, ...format.appealColumns].map((d) => normalizeLabel(d.label))),
    };
    headerLabelCache.set(format, labels);
  }
  return labels;
}

const keyCache = new WeakMap<FormatDef, RowCells>();

/** Canonical keys and slots of Table C's fifteen cells in reading order, built once per format. */
function appealCells(format: FormatDef): RowCells {
  let cells = keyCache.get(format);
  if (!cells) {
    const keys = format.appealGroups.flatMap((g) => format.appealColumns.map((c) => `appeals.${g.key}.${c.key}`));
    cells = rowCells(format.version, keys);
    keyCache.set(format, cells);
  }
  return cells;
}
