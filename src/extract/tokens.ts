/**
 * Splits the units of a table region into tokens: labels, numbers and blanks, whatever the layout. Cells separated
 * by tabs, pipes, runs of spaces or lines all give the same token sequence; a number glued to the end of a row label
 * (crawler text) is split off here.
 */
import { foldWidth, normalizeLabel } from '../format/normalize.js';
import type { Location } from '../ingest/document.js';
import type { Unit } from './units.js';
import { parseCell } from './values.js';

export type Token =
  | { kind: 'text'; raw: string; norm: string; loc: Location; unit: number }
  | { kind: 'number'; raw: string; value: number; digits: string; loc: Location; unit: number; glued: boolean }
  | {
      kind: 'blank';
      raw: string;
      loc: Location;
      unit: number;
      /** An empty cell of a guessed grid: a blank only if the row's cell count says so. */
      soft?: boolean;
    };

/** Tells whether a piece of text is a row label the table knows, so trailing digits can be split from it. */
export type IsRowLabel = (normalized: string) => boolean;

const PIECE_SEPARATOR = /\t|\|| {2,}|\u3000+/;

export function tokenize(units: Unit[], isRowLabel: IsRowLabel): Token[] {
  const tokens: Token[] = [];
  for (const unit of units) {
    if (unit.cells) {
      for (const cell of unit.cells) {
        if (!cell.text) {
          const blank: Token = { kind: 'blank', raw: '', loc: cell.loc, unit: unit.index };
          if (!unit.reliableGrid) blank.soft = true;
          tokens.push(blank);
          continue;
        }
        pushPieces(tokens, cell.text, cell.loc, unit.index, isRowLabel);
      }
    } else {
      pushPieces(tokens, unit.text, unit.loc, unit.index, isRowLabel);
    }
  }
  return tokens;
}

function pushPieces(tokens: Token[], text: string, loc: Location, unit: number, isRowLabel: IsRowLabel): void {
  const pieces = text.split(PIECE_SEPARATOR).map((p) => p.trim());
  const multi = pieces.filter(Boolean).length > 1;
  let offset = 0;
  for (const piece of text.split(PIECE_SEPARATOR)) {
    const start = text.indexOf(piece, offset);
    offset = start + piece.length;
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const pieceLoc = multi ? subLocation(loc, start + (piece.length - piece.trimStart().length), trimmed.length) : loc;
    pushPiece(tokens, trimmed, pieceLoc, unit, isRowLabel);
  }
}

/** Narrows a single-line location to a column range inside it. */
function subLocation(loc: Location, start: number, length: number): Location {
  if (loc.line === undefined || loc.column === undefined || loc.endLine !== loc.line) return loc;
  const column = loc.column + start;
  return { ...loc, column, endColumn: column + length - 1 };
}

const TRAILING_NUMBERS = /^(.*?[^\d\s.,+-])\s*((?:[+-]?\d[\d,]*(?:\.\d+)?\s*)+)$/;

function pushPiece(tokens: Token[], piece: string, loc: Location, unit: number, isRowLabel: IsRowLabel): void {
  const whole = parseCell(piece);
  if (whole.kind === 'number') {
    tokens.push({ kind: 'number', raw: piece, value: whole.value, digits: whole.digits, loc, unit, glued: false });
    return;
  }
  if (whole.kind === 'blank') {
    tokens.push({ kind: 'blank', raw: piece, loc, unit });
    return;
  }
  const words = piece.split(/\s+/);
  if (words.length > 1 && words.every((w) => parseCell(w).kind !== 'none')) {
    for (const word of words) pushPiece(tokens, word, loc, unit, isRowLabel);
    return;
  }
  const folded = foldWidth(piece);
  const match = TRAILING_NUMBERS.exec(folded);
  if (match?.[1] && match[2] && isRowLabel(normalizeLabel(match[1]))) {
    tokens.push({ kind: 'text', raw: match[1].trim(), norm: normalizeLabel(match[1]), loc, unit });
    const numbers = match[2].trim().split(/\s+/);
    const attached = !/^\s/.test(folded.slice(match[1].length));
    for (const word of numbers) {
      const cell = parseCell(word);
      if (cell.kind === 'number') {
        const glued = numbers.length === 1 && attached && cell.digits.length > 1;
        tokens.push({ kind: 'number', raw: word, value: cell.value, digits: cell.digits, loc, unit, glued });
      }
    }
    return;
  }
  tokens.push({ kind: 'text', raw: piece, norm: normalizeLabel(piece), loc, unit });
}
