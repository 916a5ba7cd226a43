/** gongkai's public API: ingest → extract → check, plus the format definitions and the canonical model. */
export { ingestFile, ingestBytes, textToDocument, detectType } from './ingest/index.js';
export type { Document, Block, Paragraph, Table, TableRow, TableCell, Location } from './ingest/document.js';
export { extractReport } from './extract/index.js';
export { checkReport, RULES } from './check/index.js';
export type * from './check/types.js';
export * from './format/index.js';
export type * from './model/report.js';
export { getValue, setValue, flattenValues, blankReport } from './model/values.js';
export { GongkaiError } from './errors.js';
export { processFile, readReport } from './pipeline.js';
export type { FileResult, FileError, ProcessOptions } from './pipeline.js';
export { buildReportSchema } from './output/schema.js';
export { validateSchema } from './output/schema-validate.js';
export { renderReport, loadReport, RENDER_FORMATS } from './render/index.js';
export type { RenderFormat, RenderOptions } from './render/index.js';
export { draftReport } from './author/draft.js';
