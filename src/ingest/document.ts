/**
 * The document model every ingest adapter produces and extraction consumes: paragraphs and table grids in reading
 * order, every piece carrying where it came from. A new input format is a new adapter that returns this shape.
 */

/** Where a piece of a document came from. Text positions are 1-based; `column` counts UTF-16 code units. */
export interface Location {
  /** Text-like sources (txt, or the text layer of a page): first line and column, last line and column (inclusive). */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** PDF: 1-based page number. */
  page?: number;
  /** Tables: 1-based index of the table in the document, row and column in its resolved grid. */
  table?: number;
  row?: number;
  cell?: number;
  /** A structural path inside the source when lines mean nothing there (e.g. `word/document.xml#tbl2/tr5/tc3`). */
  path?: string;
}

export interface Paragraph {
  kind: 'paragraph';
  text: string;
  loc: Location;
  /** Heading level when the source marks one (HTML h1–h6, DOCX Heading styles, Markdown #). */
  heading?: number;
}

export interface TableCell {
  text: string;
  loc: Location;
  /** 0-based column of the cell's first grid slot, after rowspans and colspans above and to the left are resolved. */
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface TableRow {
  /** Only the cells that start in this row; slots covered by a span from above hold no cell. */
  cells: TableCell[];
  loc: Location;
}

export interface Table {
  kind: 'table';
  rows: TableRow[];
  loc: Location;
  /**
   * True when the source states the grid (HTML, DOCX, a ruled PDF table): an empty cell then really is a blank.
   * False for grids guessed from text (tabs, pipes), where empty cells are often alignment debris.
   */
  reliableGrid: boolean;
}

export type Block = Paragraph | Table;

export type SourceFormat = 'text' | 'html' | 'docx' | 'pdf' | 'ofd' | 'legacy';

export interface DocumentSource {
  /** Path as the user gave it, or null for in-memory input. */
  file: string | null;
  format: SourceFormat;
  /** Character encoding the bytes were decoded with, when the source is text-like. */
  encoding?: string;
  bytes?: number;
}

export interface Document {
  source: DocumentSource;
  blocks: Block[];
  /** Problems the adapter met but could work around (e.g. a PDF page without a text layer). */
  notes?: IngestNote[];
  /**
   * True when the adapter vouches that every paragraph's and cell's text is trimmed and holds none of the characters
   * extraction cleans (MAY_NEED_CLEANING_CLASS) or converts (開): extraction then reads each text as it is.
   */
  cleanText?: boolean;
}

export interface IngestNote {
  code: string;
  message: string;
  loc?: Location;
}
