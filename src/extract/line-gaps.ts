/**
 * Empty cells a page printed as empty lines, in a table laid out one cell a line. The text adapter drops empty lines,
 * so a short row's values would be read left to right into the wrong columns: `规范性文件`, two empty lines, then `3`
 * is 现行有效件数 = 3, not 本年制发件数. The lines each cell usually takes in the table tell how many cells an
 * unusually long gap held.
 */
import type { Anomaly } from '../model/report.js';
import { placedCell, provenanceOf, type CellResult, type RowAssignment } from './assign.js';
import type { TextToken, ValueToken } from './rows.js';
import type { Token } from './tokens.js';

/**
 * The line step between one cell and the next that most cells of the table keep (2 when a blank line separates
 * cells), or null when the table is not laid out one cell a line (cells share lines, or too few to tell).
 */
export function usualLineStep(tokens: Token[]): number | null {
  const counts = new Map<number, number>();
  let pairs = 0;
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]?.loc.line;
    const b = tokens[i]?.loc.line;
    if (a === undefined || b === undefined) return null;
    const gap = b - a;
    // Two cells on one line: not a one-cell-a-line table.
    if (gap <= 0) return null;
    counts.set(gap, (counts.get(gap) ?? 0) + 1);
    pairs++;
  }
  let step: number | null = null;
  let most = 0;
  for (const [gap, count] of counts) {
    if (count > most) [step, most] = [gap, count];
  }
  // The usual step must be most of the table, not one of several equally common gaps.
  return step !== null && pairs >= 6 && most * 2 > pairs ? step : null;
}

/**
 * A short row read by its line gaps: each line beyond the usual step before a value (or before the next token, after
 * the last value) is one empty cell. Placed when the empty cells and the values make exactly the row's cells; left
 * unplaced when the gaps show empty cells but do not add up; null when the gaps show none (read as before).
 */
export function placeByLineGaps(
  label: TextToken,
  values: ValueToken[],
  next: Token | undefined,
  step: number,
  expected: number,
): RowAssignment | null {
  // No value: nothing to place, the row reads as blank as before.
  if (values.length === 0 || values.some((t) => t.kind !== 'number')) return null;
  const lines = [label, ...values].map((t) => t.loc.line);
  const nextLine = next?.loc.line;
  if (lines.some((l) => l === undefined)) return null;
  const before: number[] = [];
  for (let i = 1; i < lines.length; i++) before.push((lines[i] as number) - (lines[i - 1] as number) - step);
  const after = nextLine === undefined ? null : nextLine - (lines.at(-1) as number) - step;
  if (before.some((e) => e < 0) || (after !== null && after < 0)) return null;
  const emptyBefore = before.reduce((s, e) => s + e, 0);
  if (emptyBefore === 0 && (after ?? 0) === 0) return null;
  const missing = expected - values.length;
  const fits = after === null ? emptyBefore <= missing : emptyBefore + after === missing;
  if (!fits) return { status: 'unplaced', tokens: values, missing };
  const cells: CellResult[] = [];
  values.forEach((token, i) => {
    for (let k = 0; k < (before[i] ?? 0); k++) cells.push(placedCell(null, null));
    cells.push(placedCell(token.kind === 'number' ? token.value : null, provenanceOf(token)));
  });
  while (cells.length < expected) cells.push(placedCell(null, null));
  return { status: 'ok', cells, extras: [], split: false };
}

/** The token after a row's last value (or its label): where the gap after the row's last cell ends. */
export function tokenAfter(tokens: Token[], row: { label: TextToken; values: ValueToken[] }): Token | undefined {
  const at = tokens.indexOf(row.values.at(-1) ?? row.label);
  return at >= 0 ? tokens[at + 1] : undefined;
}

/** What placeByLineGaps did to a row, said in the anomalies: the columns of its values came from the empty lines. */
export function emptyLinesPlaced(rowKey: string, rowLabel: string, label: TextToken): Anomaly {
  return {
    code: 'missing-cells',
    key: rowKey,
    text: `“${rowLabel}”一行的空白格印作空行，数字按空行数确定所在列`,
    loc: label.loc,
  };
}
