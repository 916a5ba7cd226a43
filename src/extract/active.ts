/** Table A (二、主动公开政府信息情况): blocks per 第二十条 item, each row with the block's columns. */
import type { FormatDef } from '../format/types.js';
import type { Anomaly } from '../model/report.js';
import { normalizeLabel } from '../format/normalize.js';
import { anyFits, assignRow, type RowAssignment } from './assign.js';
import { emptyLinesPlaced, placeByLineGaps, tokenAfter, usualLineStep } from './line-gaps.js';
import { LabelMatcher, readRows, type RowRead, type RowSpec, type TextToken, type ValueToken } from './rows.js';
import {
  emptyTableRead,
  labelOf,
  markTableUnits,
  pushNullCells,
  recordRow,
  recordUnplaced,
  rowCells,
  type RowCells,
  type TableRead,
  valuesText,
} from './table-read.js';
import { tokenize, type RowLabels, type Token } from './tokens.js';
import type { Unit } from './units.js';

interface ActiveRowSpec extends RowSpec {
  outdated?: string[];
  columns: string[];
  /** Canonical keys and slots of the row's cells, its anomaly key and its label key, built once. */
  cells: RowCells;
  rowKey: string;
  labelKey: string;
  block: number;
}

const NO_GROUPS: RowSpec[] = [];
const specs = new WeakMap<FormatDef, { rows: ActiveRowSpec[]; labels: RowLabels }>();

/** Table A's rows and labels depend only on the format: built once per format. */
function specOf(format: FormatDef): { rows: ActiveRowSpec[]; labels: RowLabels } {
  let spec = specs.get(format);
  if (spec) return spec;
  const rows: ActiveRowSpec[] = format.active.flatMap((block, b) =>
    block.rows.map((row) => ({
      ...row,
      anchors: [...row.anchors, ...(row.outdated ?? [])],
      expected: block.columns.length,
      columns: block.columns.map((c) => c.key),
      cells: rowCells(
        format.version,
        block.columns.map((c) => `active.${row.key}.${c.key}`),
      ),
      rowKey: `active.${row.key}`,
      labelKey: `active.row:${row.key}`,
      block: b,
    })),
  );
  const matcher = LabelMatcher.for(rows);
  const labels: RowLabels = {
    isRowLabel: (norm) => matcher.matches(norm),
    officials: new Set(rows.flatMap((r) => [r.label, ...(r.outdated ?? [])].map(normalizeLabel))),
  };
  spec = { rows, labels };
  specs.set(format, spec);
  return spec;
}

export function readActive(units: Unit[], format: FormatDef): TableRead {
  const read = emptyTableRead();
  const { rows, labels } = specOf(format);
  const tokens = tokenize(units, labels);
  const rowsRead = readRows(tokens, rows, NO_GROUPS);
  if (rowsRead.rows.length === 0) return read;
  read.found = true;
  const lastUnit = Math.max(...rowsRead.rows.map((r) => r.values.at(-1)?.unit ?? r.label.unit));
  markTableUnits(read, tokens, lastUnit);

  readCaptionsAndColumns(read, tokens, format);
  const labelTokens = new Set<Token>(rowsRead.rows.map((r) => r.label));
  let step: number | null | undefined;
  for (const [r, row] of rowsRead.rows.entries()) {
    const spec = rows[row.index];
    if (!spec) continue;
    read.labels.push(labelOf(spec.labelKey, spec.label, row.label));
    if (captionBetween(tokens, row, labelTokens)) {
      row.unplaced = row.values;
      row.values = [];
    }
    // Words the template has no row for matter only in a row with more values than cells: others skip the search.
    const words = row.values.length > spec.expected ? wordsBeforeNumbers(tokens, row, rowsRead.rows[r + 1]) : [];
    if (words.length >= 2 && numbersIn(row) > spec.expected) {
      read.anomalies.push(subRowsRead(spec.rowKey, spec.label, row, words));
      pushNullCells(read, spec.cells);
      continue;
    }
    const lone = words.length === 1 ? words[0] : undefined;
    const after = lone ? printedRowAfter(tokens, row, lone, spec.expected) : null;
    if (after) read.anomalies.push(printedRowAfterRead(spec.rowKey, spec.label, after));
    let assignment: RowAssignment = assignRow(after?.own ?? row.values, spec.expected, anyFits);
    if (assignment.status === 'short') {
      // Made only for a short row: most tables have none.
      step ??= usualLineStep(tokens);
      const byGaps = step === null ? null : placeByLineGaps(row.label, row.values, tokenAfter(tokens, row), step, spec.expected);
      if (byGaps?.status === 'ok') read.anomalies.push(emptyLinesPlaced(spec.rowKey, spec.label, row.label));
      assignment = byGaps ?? assignment;
    }
    recordRow(read, spec.cells, assignment, spec.rowKey, spec.label, row.label);
    recordUnplaced(read, spec.rowKey, spec.label, row);
  }
  // Rows are read in template order, each at most once: as many rows read as defined means none is missing.
  if (rowsRead.rows.length === rows.length) return read;
  const found = new Set(rowsRead.rows.map((r) => r.spec.key));
  for (const spec of rows) {
    if (found.has(spec.key)) continue;
    read.anomalies.push({ code: 'missing-row', key: spec.rowKey, text: `表二缺少“${spec.label}”一行` });
    pushNullCells(read, spec.cells);
  }
  return read;
}

/**
 * A block's caption (第二十条第（六）项) between a row's label and its first value, on another line, with no other row's
 * label between them: the value is the next block's. pdftotext's default order prints a LibreOffice PDF's block as
 * caption, value, then label, so 行政许可 is followed by the caption and value of 行政处罚. (Labels printed one after
 * another before all captions and values, as from a Chromium PDF, are a run shared out in order: a label with another
 * row's label between it and the value before it, or between it and its own value, is left as read.)
 */
function captionBetween(tokens: Token[], row: RowRead, labels: Set<Token>): boolean {
  const first = row.values[0];
  // Most rows have their first value on their label's line: nothing can stand between them.
  if (!first || first.unit === row.label.unit) return false;
  const at = tokens.indexOf(row.label);
  // Back to the last value: another row's label there makes this one part of a run of labels.
  for (let i = at - 1; i >= 0; i--) {
    const token = tokens[i];
    if (!token || token.kind !== 'text') break;
    if (labels.has(token)) return false;
  }
  let caption = false;
  for (let i = at + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token === first) return caption;
    if (labels.has(token)) return false;
    if (token.kind === 'text' && token.norm.includes('第二十条')) caption = true;
  }
  return false;
}

function numbersIn(row: RowRead): number {
  let numbers = 0;
  for (const value of row.values) if (value.kind === 'number') numbers++;
  return numbers;
}

/**
 * Words the template has no row for, each followed by a number, between a row's label and the next row's. Two or more
 * are 其他对外管理服务事项 printed as rows of its own kinds (行政检查 0 0 0 / 行政确认 1 2 3): which of them the row's
 * cells hold (one of them, or their sum) cannot be told, and the row is left null. One after the row's values is a
 * row of its own (printedRowAfter).
 */
function wordsBeforeNumbers(tokens: Token[], row: RowRead, next: RowRead | undefined): TextToken[] {
  const from = tokens.indexOf(row.label);
  const to = next ? tokens.indexOf(next.label) : tokens.length;
  const words: TextToken[] = [];
  for (let i = from + 1; i < to; i++) {
    const token = tokens[i];
    if (token?.kind !== 'text' || token.norm.includes('第二十条')) continue;
    let k = i + 1;
    while (tokens[k]?.kind === 'blank') k++;
    if (tokens[k]?.kind === 'number') words.push(token);
  }
  return words;
}

/**
 * A row the template does not have, printed after a row's own values (规范性文件 11 11 119, then 其他主动公开文件 56 45):
 * the one word the template has no row for follows the row's full set of values. The row keeps its own values, and
 * the extra row is named rather than read as extra cells of it; null when the word comes before a full set.
 */
function printedRowAfter(
  tokens: Token[],
  row: RowRead,
  word: TextToken,
  expected: number,
): { word: TextToken; own: ValueToken[]; extra: ValueToken[] } | null {
  const at = tokens.indexOf(word);
  // Blank cells a page prints after each row's values (规范性文件 | 2 | 2 | 19 | ||) end the row; they are not its own.
  const own = withoutTrailingBlanks(row.values.filter((value) => tokens.indexOf(value) < at), expected);
  if (own.length !== expected) return null;
  const extra = withoutTrailingBlanks(row.values.filter((value) => tokens.indexOf(value) > at), 0);
  return { word, own, extra };
}

/** `values` without the blank cells at their end, keeping at least `keep` of them. */
function withoutTrailingBlanks(values: ValueToken[], keep: number): ValueToken[] {
  let end = values.length;
  while (end > keep && values[end - 1]?.kind === 'blank') end--;
  return values.slice(0, end);
}

function printedRowAfterRead(rowKey: string, rowLabel: string, after: { word: TextToken; extra: ValueToken[] }): Anomaly {
  // Its name without the template's bracketed filling note (其他主动公开文件(含以本单位…)), which can run to a line.
  const printed = after.word.raw.trim().split(/[（(]/)[0] || after.word.raw.trim();
  return {
    code: 'extra-row',
    key: rowKey,
    text: `“${rowLabel}”一行之后印有模板没有的一行“${printed}”（${valuesText(after.extra)}），未计入`,
    loc: after.word.loc,
    raw: printed,
    values: after.extra.map((t) => (t.kind === 'number' ? t.value : null)),
  };
}

function subRowsRead(rowKey: string, rowLabel: string, row: RowRead, words: TextToken[]): Anomaly {
  const values = row.values.flatMap((t) => (t.kind === 'number' ? [t.value] : []));
  return {
    code: 'extra-cells',
    key: rowKey,
    text: `“${rowLabel}”一行分作 ${words.length} 行印出（${words.map((w) => w.raw.trim()).join('、')}），模板只有一行，无法确定取哪一行或其合计，均未取值`,
    loc: words[0]?.loc ?? row.label.loc,
    values,
  };
}

const ITEM_CAPTION = /第二十条第\(([一二三四五六七八九十]+)\)项/;

function readCaptionsAndColumns(read: TableRead, tokens: ReturnType<typeof tokenize>, format: FormatDef): void {
  const header = headerOf(format);
  const { columns, columnKeys, captionKeys } = header;
  const columnMatcher = LabelMatcher.for(columns);
  // Each caption is taken once, told by its block; each column label once by its key (blocks share column keys).
  const captionSeen: boolean[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'text') continue;
    if (token.norm.includes('第二十条')) {
      const block = captionBlock(header, token.norm);
      if (block >= 0 && !captionSeen[block]) {
        captionSeen[block] = true;
        read.labels.push(labelOf(captionKeys[block] ?? '', format.active[block]?.caption ?? '', token));
      }
      continue;
    }
    const match = columnMatcher.candidatesOf(token)[0];
    const column = match ? columns[match.index] : undefined;
    const key = match ? columnKeys[match.index] : undefined;
    if (column && key !== undefined && !seen.has(key)) {
      seen.add(key);
      read.labels.push(labelOf(key, column.label, token));
    }
  }
}

/**
 * The block whose caption a text with 第二十条 names by its item (第二十条第(六)项), or -1. The same captions come back in
 * every report: the answer is remembered by the text's norm, where the pattern, the search of the captions and the
 * key built for each cost 1% of parse+check.
 */
function captionBlock(header: ActiveHeader, norm: string): number {
  let block = header.blocks.get(norm);
  if (block === undefined) {
    const item = ITEM_CAPTION.exec(norm)?.[1];
    block = item === undefined ? -1 : header.captions.findIndex((c) => c.includes(`(${item})`));
    // A bound, as for the other label memos: one-off texts must not grow it for ever.
    if (header.blocks.size >= 4000) header.blocks.clear();
    header.blocks.set(norm, block);
  }
  return block;
}

interface ActiveHeader {
  /** Block captions, normalised. */
  captions: string[];
  /** Label keys of the captions (`active.caption:…`), by block. */
  captionKeys: string[];
  /** captionBlock's answers, by norm. */
  blocks: Map<string, number>;
  columns: FormatDef['active'][number]['columns'];
  /** Label keys of the columns (`active.column:…`), by column index. */
  columnKeys: string[];
}

const headers = new WeakMap<FormatDef, ActiveHeader>();

/** Table A's captions and column labels depend only on the format: built once per format. */
function headerOf(format: FormatDef): ActiveHeader {
  let header = headers.get(format);
  if (!header) {
    const columns = format.active.flatMap((b) => b.columns);
    header = {
      captions: format.active.map((b) => normalizeLabel(b.caption)),
      captionKeys: format.active.map((_, block) => `active.caption:${block}`),
      blocks: new Map(),
      columns,
      columnKeys: columns.map((c) => `active.column:${c.key}`),
    };
    headers.set(format, header);
  }
  return header;
}
