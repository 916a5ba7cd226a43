/**
 * Text adapter: any extractor's plain text, Markdown included. Lines with tabs or pipes become rows of a guessed
 * grid (not reliable: extractors shift and drop empty cells); every other non-empty line is a paragraph.
 */
import type { Block, Document, Paragraph, Table, TableCell, TableRow } from '../document.js';
import { decodeText } from './decode.js';

export function ingestText(bytes: Uint8Array, file: string | null): Document {
  const { text, encoding } = decodeText(bytes);
  return { ...textToDocument(text, file), source: { file, format: 'text', encoding, bytes: bytes.length } };
}

export function textToDocument(text: string, file: string | null = null): Document {
  const blocks: Block[] = [];
  let table: Table | null = null;
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    const row = tableRow(line, lineNo);
    if (row === 'separator') continue;
    if (row) {
      if (!table) {
        table = { kind: 'table', rows: [], loc: { line: lineNo }, reliableGrid: false };
        blocks.push(table);
      }
      table.rows.push(row);
      table.loc.endLine = lineNo;
      continue;
    }
    table = null;
    const paragraph = paragraphOf(line, lineNo);
    if (paragraph) blocks.push(paragraph);
  }
  return { source: { file, format: 'text' }, blocks };
}

/** Lines ended by \n, \r\n or \r; a scan by indexOf, which costs a fraction of splitting on a pattern. */
function splitLines(text: string): string[] {
  if (!text.includes('\r')) return text.split('\n');
  const lines: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d) continue;
    lines.push(text.slice(from, i));
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    from = i + 1;
  }
  lines.push(text.slice(from));
  return lines;
}

const MARKDOWN_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function tableRow(line: string, lineNo: number): TableRow | 'separator' | null {
  if (!line.includes('|')) return line.includes('\t') ? splitCells(line, 0, line.length, '\t', lineNo) : null;
  const trimmed = line.trim();
  if (trimmed.startsWith('|')) {
    if (MARKDOWN_SEPARATOR.test(trimmed)) return 'separator';
    const start = line.indexOf('|') + 1;
    const end = line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : line.length;
    return splitCells(line, start, end, '|', lineNo);
  }
  if (line.includes('\t')) return splitCells(line, 0, line.length, '\t', lineNo);
  return null;
}

function splitCells(line: string, start: number, end: number, separator: string, lineNo: number): TableRow {
  const cells: TableCell[] = [];
  let from = start;
  while (from <= end) {
    let to = line.indexOf(separator, from);
    if (to === -1 || to > end) to = end;
    cells.push({
      text: line.slice(from, to).trim(),
      loc: { line: lineNo, column: from + 1, endLine: lineNo, endColumn: Math.max(from + 1, to) },
      col: cells.length,
      rowSpan: 1,
      colSpan: 1,
    });
    from = to + 1;
  }
  return { cells, loc: { line: lineNo, column: 1, endLine: lineNo, endColumn: line.length } };
}

function paragraphOf(line: string, lineNo: number): Paragraph | null {
  // Most lines carry no Markdown at all: they skip the pattern work.
  const markdown = /[#>*]/.test(line);
  const heading = markdown ? /^\s*(#{1,6})\s+/.exec(line) : null;
  const text = markdown
    ? line
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/\*\*/g, '')
        .trim()
    : line.trim();
  if (!text) return null;
  const column = line.length - line.trimStart().length + 1;
  const paragraph: Paragraph = {
    kind: 'paragraph',
    text,
    loc: { line: lineNo, column, endLine: lineNo, endColumn: line.trimEnd().length },
  };
  if (heading?.[1]) paragraph.heading = heading[1].length;
  return paragraph;
}
