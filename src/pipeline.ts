/**
 * One file through the whole pipeline: ingest → extract → check. Never throws for a bad file: the problem comes back
 * as `error` so a batch can go on with the next file.
 */
import { checkReport } from './check/index.js';
import type { CheckOptions, Finding } from './check/types.js';
import { GongkaiError, type ErrorCode } from './errors.js';
import { extractReport } from './extract/index.js';
import { ingestFile, type IngestOptions } from './ingest/index.js';
import type { CanonicalReport } from './model/report.js';

export interface ProcessOptions extends CheckOptions, IngestOptions {
  /** Run the rules; false for `gongkai parse`, which only needs the report. Default true. */
  check?: boolean;
}

/** Why a file produced no report or no findings. `internal` is an unexpected exception, kept in `cause` for debugging. */
export interface FileError {
  code: ErrorCode | 'internal';
  /** zh-CN, without the file name (the result carries it). */
  message: string;
  cause?: unknown;
}

export interface FileResult {
  /** The path as given or as found by the folder walk. */
  file: string;
  report?: CanonicalReport;
  findings?: Finding[];
  error?: FileError;
}

/** Reads one file into a canonical report; throws GongkaiError for unreadable files and for documents that are not reports. */
export async function readReport(path: string, options: IngestOptions = {}): Promise<CanonicalReport> {
  const doc = await ingestFile(path, options);
  return extractReport(doc);
}

/** Reads and (unless `check: false`) checks one file; every failure is returned as `error`, never thrown. */
export async function processFile(path: string, options: ProcessOptions = {}): Promise<FileResult> {
  let report: CanonicalReport;
  try {
    report = await readReport(path, options);
  } catch (error) {
    return { file: path, error: toFileError(error) };
  }
  if (options.check === false) return { file: path, report };
  try {
    return { file: path, report, findings: checkReport(report, options) };
  } catch (error) {
    return { file: path, report, error: toFileError(error) };
  }
}

/** GongkaiError keeps its code and message; anything else is an internal error with the exception kept as cause. */
export function toFileError(error: unknown): FileError {
  if (error instanceof GongkaiError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message, cause: error };
}
