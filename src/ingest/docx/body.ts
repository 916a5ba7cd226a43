/**
 * The body of the main document part → blocks in reading order, read as Word shows the document with all tracked
 * changes accepted: deletions and moved-away text dropped, insertions kept, field results instead of field codes.
 */
import type { Block, IngestNote, Paragraph, Table, TableCell, TableRow } from '../document.js';
import type { Numbering } from './numbering.js';
import { headingFromOutline, isOn, numberingRef, outlineLevel, type StyleSheet } from './styles.js';
import { child, childElements, textOf, type PartVocabulary, type XmlElement } from './xml.js';

/**
 * Every element name the reader below looks at, from `w:body` down: the rest of a body (cell margins, fonts, sizes,
 * section properties: most of its elements) is left unbuilt by the XML reader. A name the reader starts to use must
 * be added here. Drawings, pictures, embedded objects and alternate content are searched through for text boxes, so
 * they are built whole.
 */
export const BODY_VOCABULARY: PartVocabulary = {
  read: new Set([
    // blocks (readBlocks, readContentControl, tables)
    'w:body', 'w:p', 'w:tbl', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:ins', 'w:moveTo', 'w:del',
    'w:moveFrom', 'w:altChunk', 'w:tr', 'w:trPr', 'w:gridBefore', 'w:tc', 'w:tcPr', 'w:gridSpan', 'w:vMerge',
    'w:hMerge', 'w:cellDel',
    // paragraph properties
    'w:pPr', 'w:pStyle', 'w:numPr', 'w:numId', 'w:ilvl', 'w:outlineLvl', 'w:rPr',
    // inline content and runs
    'w:r', 'w:hyperlink', 'w:fldSimple', 'w:dir', 'w:bdo', 'w:vanish', 'w:fldChar', 'w:instrText', 'w:t', 'w:tab',
    'w:ptab', 'w:br', 'w:cr', 'w:sym', 'w:noBreakHyphen', 'w:ruby', 'w:rubyBase',
  ]),
  searched: new Set(['w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent']),
};

export interface BodyContext {
  /** Package part the body comes from, e.g. `word/document.xml`; prefixes every `loc.path`. */
  part: string;
  styles: StyleSheet;
  numbering: Numbering;
}

export interface BodyResult {
  blocks: Block[];
  notes: IngestNote[];
}

/** Reads `w:body`: paragraphs, tables, content controls and text boxes, in document order. */
export function readBody(body: XmlElement, context: BodyContext): BodyResult {
  const reader = new BodyReader(context);
  const blocks: Block[] = [];
  reader.readBlocks(body, blocks);
  return { blocks, notes: reader.notes() };
}

interface FieldLevel {
  /** `code` until `w:fldChar separate`, then `result`. */
  phase: 'code' | 'result';
  instruction: string;
  /** A table of contents repeats the headings; its result is not part of the text. */
  hidden: boolean;
}

interface InlineState {
  /** Text between line breaks; each becomes its own paragraph. */
  pieces: string[];
  textBoxes: XmlElement[];
}

class BodyReader {
  private paragraphCount = 0;
  private tableCount = 0;
  /** Open fields; a field may span several paragraphs, so this lives across them. */
  private readonly fields: FieldLevel[] = [];
  private trackedChanges = false;
  private altChunks = 0;

  constructor(private readonly context: BodyContext) {}

  notes(): IngestNote[] {
    const notes: IngestNote[] = [];
    if (this.trackedChanges) {
      notes.push({ code: 'docx-tracked-changes', message: '文档含有未处理的修订，已按“接受全部修订”后的文本读取' });
    }
    if (this.altChunks) {
      notes.push({ code: 'docx-alt-chunk', message: `文档嵌入了 ${this.altChunks} 处外部内容（altChunk），这部分未读取` });
    }
    return notes;
  }

  readBlocks(container: XmlElement, out: Block[]): void {
    for (const element of container.children) {
      if (typeof element === 'string') continue;
      switch (element.name) {
        case 'w:p':
          this.paragraph(element, out);
          break;
        case 'w:tbl':
          this.table(element, out);
          break;
        case 'w:sdt':
          this.readContentControl(element, out);
          break;
        case 'w:customXml':
        case 'w:smartTag':
          this.readBlocks(element, out);
          break;
        case 'w:ins':
        case 'w:moveTo':
          this.trackedChanges = true;
          this.readBlocks(element, out);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.trackedChanges = true;
          break;
        case 'mc:AlternateContent': {
          const branch = chooseBranch(element);
          if (branch) this.readBlocks(branch, out);
          break;
        }
        case 'w:altChunk':
          this.altChunks++;
          break;
      }
    }
  }

  private readContentControl(sdt: XmlElement, out: Block[]): void {
    const content = child(sdt, 'w:sdtContent');
    if (content) this.readBlocks(content, out);
  }

  private paragraph(p: XmlElement, out: Block[]): void {
    const index = ++this.paragraphCount;
    const pPr = paragraphProperties(child(p, 'w:pPr'));
    const styleId = this.context.styles.resolveId(pPr.style?.attrs['w:val']);
    const state: InlineState = { pieces: [''], textBoxes: [] };
    this.inline(p, state);
    const markDeleted = child(pPr.runProperties, 'w:del') !== undefined;
    if (markDeleted) this.trackedChanges = true;
    // A paragraph whose text and mark are both deleted is gone in the accepted document, number and all.
    if (!markDeleted || hasText(state.pieces)) {
      const label = this.label(pPr.numbering, styleId);
      if (label) state.pieces[0] = label + (state.pieces[0] ?? '');
      const own = outlineLevel(pPr.outlineLevel);
      const heading = own !== undefined ? headingFromOutline(own) : this.context.styles.headingLevel(styleId);
      for (const piece of state.pieces) {
        const text = piece.trim();
        if (!text) continue;
        const paragraph: Paragraph = { kind: 'paragraph', text, loc: { path: `${this.context.part}#p${index}` } };
        if (heading !== undefined) paragraph.heading = heading;
        out.push(paragraph);
      }
    }
    // A text box is read where it is anchored: right after the paragraph that holds it.
    for (const box of state.textBoxes) this.readBlocks(box, out);
  }

  /** The computed list label of a numbered paragraph, from its own `w:numPr` or its style's. */
  private label(numPr: XmlElement | undefined, styleId: string | undefined): string {
    const own = numberingRef(numPr);
    const fromStyle = this.context.styles.numbering(styleId);
    const numId = own?.numId || fromStyle?.numId;
    if (!numId) return '';
    const ilvl = own?.ilvl ?? fromStyle?.ilvl;
    return this.context.numbering.next(ilvl === undefined ? { numId } : { numId, ilvl }, styleId);
  }

  private inline(container: XmlElement, state: InlineState): void {
    for (const element of container.children) {
      if (typeof element === 'string') continue;
      switch (element.name) {
        case 'w:r':
          this.run(element, state);
          break;
        case 'w:ins':
        case 'w:moveTo':
          this.trackedChanges = true;
          this.inline(element, state);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.trackedChanges = true;
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:fldSimple':
        case 'w:dir':
        case 'w:bdo':
          this.inline(element, state);
          break;
        case 'w:sdt': {
          const content = child(element, 'w:sdtContent');
          if (content) this.inline(content, state);
          break;
        }
        case 'mc:AlternateContent': {
          const branch = chooseBranch(element);
          if (branch) this.inline(branch, state);
          break;
        }
      }
    }
  }

  private run(r: XmlElement, state: InlineState): void {
    const vanish = child(child(r, 'w:rPr'), 'w:vanish');
    const hidden = vanish !== undefined && isOn(vanish.attrs['w:val']);
    for (const element of r.children) {
      if (typeof element === 'string') continue;
      if (element.name === 'w:fldChar') {
        this.fieldChar(element);
        continue;
      }
      if (element.name === 'w:instrText') {
        const field = this.fields[this.fields.length - 1];
        if (field?.phase === 'code') field.instruction += textOf(element);
        continue;
      }
      if (hidden || this.inFieldCodeOrHiddenResult()) continue;
      switch (element.name) {
        case 'w:t':
          append(state, textOf(element));
          break;
        case 'w:tab':
        case 'w:ptab':
          append(state, ' ');
          break;
        case 'w:br':
        case 'w:cr':
          state.pieces.push('');
          break;
        case 'w:sym':
          append(state, symbolText(element));
          break;
        case 'w:noBreakHyphen':
          append(state, '-');
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
        case 'mc:AlternateContent':
          collectTextBoxes(element, state.textBoxes);
          break;
        case 'w:ruby': {
          const base = child(element, 'w:rubyBase');
          if (base) this.inline(base, state);
          break;
        }
      }
    }
  }

  /** Inside a field's code, or inside the result of a field whose result is not text (a table of contents). */
  private inFieldCodeOrHiddenResult(): boolean {
    for (const field of this.fields) if (field.phase === 'code' || field.hidden) return true;
    return false;
  }

  private fieldChar(element: XmlElement): void {
    const type = element.attrs['w:fldCharType'];
    if (type === 'begin') {
      this.fields.push({ phase: 'code', instruction: '', hidden: false });
    } else if (type === 'separate') {
      const field = this.fields[this.fields.length - 1];
      if (field) {
        field.phase = 'result';
        field.hidden = /^\s*TOC\b/i.test(field.instruction);
      }
    } else if (type === 'end') {
      this.fields.pop();
    }
  }

  private table(tbl: XmlElement, out: Block[]): void {
    const rows = tableRows(tbl).map((tr) => ({ tr, cells: rowCells(tr) }));
    const onlyCell = rows.length === 1 && rows[0]?.cells.length === 1 ? rows[0].cells[0]?.tc : undefined;
    if (onlyCell) {
      // A single-cell table is a frame drawn around content (CMS exports wrap whole reports in one), not data.
      this.readBlocks(onlyCell, out);
      return;
    }
    const index = ++this.tableCount;
    const path = `${this.context.part}#tbl${index}`;
    const table: Table = { kind: 'table', rows: [], loc: { table: index, path }, reliableGrid: true };
    out.push(table);
    const nested: Block[] = [];
    /** The blocks of the cell being read; one list reused for every cell of the table, as tables have hundreds. */
    const content: Block[] = [];
    /** Cells a vertical merge is still running for, by their grid column. */
    let open = new Map<number, TableCell>();
    for (let r = 0; r < rows.length; r++) {
      const entry = rows[r];
      if (!entry) continue;
      const { tr, cells } = entry;
      const rowNo = r + 1;
      const row: TableRow = { cells: [], loc: { table: index, row: rowNo, path: `${path}/tr${rowNo}` } };
      const stillOpen = new Map<number, TableCell>();
      let col = intVal(child(child(tr, 'w:trPr'), 'w:gridBefore')) ?? 0;
      let previous: TableCell | undefined;
      for (let t = 0; t < cells.length; t++) {
        const source = cells[t];
        if (!source) continue;
        const span = Math.max(1, intVal(source.gridSpan) ?? 1);
        const vMerge = mergeState(source.vMerge);
        if (mergeState(source.hMerge) === 'continue' && previous) {
          previous.colSpan += span;
          col += span;
          continue;
        }
        const above = vMerge === 'continue' ? open.get(col) : undefined;
        if (above) {
          above.rowSpan++;
          stillOpen.set(col, above);
          col += span;
          continue;
        }
        this.readBlocks(source.tc, content);
        const cell: TableCell = {
          text: cellText(content, nested),
          loc: { table: index, row: rowNo, cell: col + 1, path: `${row.loc.path}/tc${t + 1}` },
          col,
          rowSpan: 1,
          colSpan: span,
        };
        content.length = 0;
        row.cells.push(cell);
        previous = cell;
        // A continuation with nothing above to continue starts a merge of its own, as Word renders it.
        if (vMerge) stillOpen.set(col, cell);
        col += span;
      }
      open = stillOpen;
      table.rows.push(row);
    }
    // Blocks are flat, so a table found inside a cell follows the table that holds it.
    out.push(...nested);
  }
}

/** The paragraphs of a cell joined by spaces; tables found in it are moved to `nested`. */
function cellText(content: Block[], nested: Block[]): string {
  let text = '';
  let first = true;
  for (const block of content) {
    if (block.kind === 'table') {
      nested.push(block);
      continue;
    }
    text = first ? block.text : `${text} ${block.text}`;
    first = false;
  }
  return text;
}

/** The parts of `w:pPr` the reader uses, each the first of its name, found in one pass over the properties. */
interface ParagraphProperties {
  style?: XmlElement;
  numbering?: XmlElement;
  outlineLevel?: XmlElement;
  runProperties?: XmlElement;
}

function paragraphProperties(pPr: XmlElement | undefined): ParagraphProperties {
  const found: ParagraphProperties = {};
  if (!pPr) return found;
  for (const element of pPr.children) {
    if (typeof element === 'string') continue;
    switch (element.name) {
      case 'w:pStyle':
        found.style ??= element;
        break;
      case 'w:numPr':
        found.numbering ??= element;
        break;
      case 'w:outlineLvl':
        found.outlineLevel ??= element;
        break;
      case 'w:rPr':
        found.runProperties ??= element;
        break;
    }
  }
  return found;
}

/** Whether any piece of a paragraph has visible text. */
function hasText(pieces: string[]): boolean {
  for (const piece of pieces) if (piece.trim() !== '') return true;
  return false;
}

function append(state: InlineState, text: string): void {
  state.pieces[state.pieces.length - 1] += text;
}

/** Rows in order, through content controls and custom XML; rows deleted as tracked changes are gone. */
function tableRows(tbl: XmlElement): XmlElement[] {
  return unwrap(tbl, 'w:tr').filter((tr) => child(child(tr, 'w:trPr'), 'w:del') === undefined);
}

/** A cell that is not deleted, with the parts of its `w:tcPr` the reader uses (each the first of its name). */
interface Cell {
  tc: XmlElement;
  gridSpan?: XmlElement;
  vMerge?: XmlElement;
  hMerge?: XmlElement;
}

function rowCells(tr: XmlElement): Cell[] {
  const cells: Cell[] = [];
  for (const tc of unwrap(tr, 'w:tc')) {
    const cell = readCell(tc);
    if (cell) cells.push(cell);
  }
  return cells;
}

/** The cell's properties, found in one pass; undefined when `w:cellDel` marks it deleted as a tracked change. */
function readCell(tc: XmlElement): Cell | undefined {
  const cell: Cell = { tc };
  const tcPr = child(tc, 'w:tcPr');
  if (!tcPr) return cell;
  for (const element of tcPr.children) {
    if (typeof element === 'string') continue;
    switch (element.name) {
      case 'w:gridSpan':
        cell.gridSpan ??= element;
        break;
      case 'w:vMerge':
        cell.vMerge ??= element;
        break;
      case 'w:hMerge':
        cell.hMerge ??= element;
        break;
      case 'w:cellDel':
        return undefined;
    }
  }
  return cell;
}

/** The elements named `name` among the children of `container`, through content controls and custom XML, in order. */
function unwrap(container: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const element of container.children) {
    if (typeof element === 'string') continue;
    if (element.name === name) out.push(element);
    else if (element.name === 'w:sdt') unwrap(child(element, 'w:sdtContent') ?? element, name, out);
    else if (element.name === 'w:customXml') unwrap(element, name, out);
  }
  return out;
}

/** `w:vMerge`/`w:hMerge`: `restart` starts a merge, the bare element (or `continue`) extends one. */
function mergeState(element: XmlElement | undefined): 'restart' | 'continue' | undefined {
  if (!element) return undefined;
  return element.attrs['w:val'] === 'restart' ? 'restart' : 'continue';
}

function intVal(element: XmlElement | undefined): number | undefined {
  const value = Number.parseInt(element?.attrs['w:val'] ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * One branch of `mc:AlternateContent`: Word writes a text box twice (DrawingML in `mc:Choice`, VML in
 * `mc:Fallback`), so reading both would duplicate it. The first branch that satisfies `wanted` wins.
 */
function chooseBranch(alternate: XmlElement, wanted?: (branch: XmlElement) => boolean): XmlElement | undefined {
  const branches = [...childElements(alternate, 'mc:Choice'), ...childElements(alternate, 'mc:Fallback')];
  return wanted ? branches.find(wanted) : branches[0];
}

function collectTextBoxes(element: XmlElement, out: XmlElement[]): void {
  if (element.name === 'w:txbxContent') {
    out.push(element);
    return;
  }
  if (element.name === 'mc:AlternateContent') {
    const branch = chooseBranch(element, (b) => containsTextBox(b));
    if (branch) collectTextBoxes(branch, out);
    return;
  }
  for (const c of childElements(element)) collectTextBoxes(c, out);
}

function containsTextBox(element: XmlElement): boolean {
  return element.name === 'w:txbxContent' || childElements(element).some(containsTextBox);
}

/** Symbol-font code points (U+F020–U+F0FF) of the few glyphs reports use; other private-use glyphs are dropped. */
const SYMBOL_FONT: Record<number, string> = {
  0xb4: '×', 0xb8: '÷', 0xb1: '±', 0xa3: '≤', 0xb3: '≥', 0xb9: '≠', 0xb7: '•', 0xd6: '√', 0xb0: '°', 0x2d: '−',
};
const WINGDINGS: Record<number, string> = { 0xfc: '✓', 0xfb: '✗', 0xfe: '☑', 0xfd: '☒', 0xa8: '□', 0x6f: '□' };

function symbolText(sym: XmlElement): string {
  const code = Number.parseInt(sym.attrs['w:char'] ?? '', 16);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return '';
  if (code < 0xe000 || code > 0xf8ff) return String.fromCodePoint(code);
  const low = code & 0xff;
  const font = sym.attrs['w:font'] ?? '';
  if (/wingdings/i.test(font)) return WINGDINGS[low] ?? '';
  if (/symbol/i.test(font)) return SYMBOL_FONT[low] ?? (low >= 0x30 && low <= 0x39 ? String(low - 0x30) : '');
  return '';
}
