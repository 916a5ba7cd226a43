/**
 * Assigns tokens to the rows of a table by their labels, in template order. A label may be wrapped, reworded or
 * printed in a shifted column; the values of a row are the numbers between its label and the next label.
 */
import { normalizeLabel, stripNumbering } from '../format/normalize.js';
import type { LabelDef } from '../format/types.js';
import type { Token } from './tokens.js';

export interface RowSpec extends LabelDef {
  key: string;
  /** How many values the template has for this row. */
  expected: number;
  group?: string;
}

export interface GroupSpec extends LabelDef {
  key: string;
}

export type TextToken = Extract<Token, { kind: 'text' }>;
export type ValueToken = Exclude<Token, { kind: 'text' }>;

export interface RowRead {
  spec: RowSpec;
  index: number;
  label: TextToken;
  values: ValueToken[];
}

export interface GroupRead {
  spec: GroupSpec;
  label: TextToken;
  values: ValueToken[];
}

export interface RowsRead {
  rows: RowRead[];
  groups: GroupRead[];
  /** Text tokens met before the first row label: captions and column headers. */
  header: TextToken[];
}

/** Rows matched only by an exact short word (其他, 总计) are trusted only this close after the last row found. */
const EXACT_WINDOW = 4;

export class LabelMatcher {
  private readonly anchors: string[][];
  private readonly exact: Array<string[] | undefined>;

  constructor(private readonly defs: LabelDef[]) {
    this.anchors = defs.map((d) => d.anchors.map(normalizeLabel));
    this.exact = defs.map((d) => d.exact?.map(normalizeLabel));
  }

  /** Indices of the definitions whose label this normalised text can be. */
  candidates(norm: string): Array<{ index: number; exactOnly: boolean }> {
    const bare = stripNumbering(norm);
    const found: Array<{ index: number; exactOnly: boolean }> = [];
    this.defs.forEach((_, i) => {
      if (this.anchors[i]?.some((a) => norm.includes(a))) found.push({ index: i, exactOnly: false });
      else if (this.exact[i]?.includes(bare)) found.push({ index: i, exactOnly: true });
    });
    return found;
  }

  matches(norm: string): boolean {
    return this.candidates(norm).length > 0;
  }
}

export function readRows(tokens: Token[], rows: RowSpec[], groups: GroupSpec[]): RowsRead {
  const rowMatcher = new LabelMatcher(rows);
  const groupMatcher = new LabelMatcher(groups);
  const result: RowsRead = { rows: [], groups: [], header: [] };
  let cursor = -1;
  let current: RowRead | GroupRead | null = null;
  // Empty grid cells count as blanks only on the label's own line or on lines that carry numbers; elsewhere they
  // are the empty corners of header and caption rows.
  const unitsWithNumbers = new Set(tokens.filter((t) => t.kind === 'number').map((t) => t.unit));

  for (const token of tokens) {
    if (token.kind === 'text') {
      const next = nextRow(rowMatcher.candidates(token.norm), cursor);
      if (next !== undefined) {
        const spec = rows[next];
        if (spec) {
          current = { spec, index: next, label: token, values: [] };
          result.rows.push(current);
          cursor = next;
        }
        continue;
      }
      const group = groupMatcher.candidates(token.norm)[0];
      const groupSpec = group ? groups[group.index] : undefined;
      // A rowspan label printed mid-group (PDF text centres it) must not cut a row off from its own values.
      const inOwnGroup = current && 'index' in current && current.values.length === 0 && current.spec.group === groupSpec?.key;
      if (groupSpec && cursor >= 0 && !inOwnGroup) {
        current = { spec: groupSpec, label: token, values: [] };
        result.groups.push(current);
        continue;
      }
      if (cursor < 0) result.header.push(token);
      continue;
    }
    if (!current) continue;
    if (token.kind === 'blank' && token.unit !== current.label.unit && !unitsWithNumbers.has(token.unit)) continue;
    current.values.push(token);
  }
  return result;
}

function nextRow(candidates: Array<{ index: number; exactOnly: boolean }>, cursor: number): number | undefined {
  for (const candidate of candidates) {
    if (candidate.index <= cursor) continue;
    // Short words like 总计 also head columns: before any row is found only the table's first row may match so.
    if (candidate.exactOnly && (cursor < 0 ? candidate.index !== 0 : candidate.index - cursor > EXACT_WINDOW)) continue;
    return candidate.index;
  }
  return undefined;
}
