/** JSON output: canonical reports for `gongkai parse`, and `[{ file, findings, error? }]` for `gongkai check`. */
import type { Finding } from '../check/types.js';
import type { CanonicalReport } from '../model/report.js';
import type { FileError, FileResult } from '../pipeline.js';

/**
 * The report as written out: everything except `lines`, the whole text of the document, which only text rules need
 * and which would double the size of every file.
 */
export type OutputReport = Omit<CanonicalReport, 'lines'>;

export function outputReport(report: CanonicalReport): OutputReport {
  const { lines: _lines, ...rest } = report;
  return rest;
}

/** One object when `single` (one file named on the command line), otherwise an array; two-space indent, final newline. */
export function formatReportsJson(reports: CanonicalReport[], options: { single?: boolean } = {}): string {
  const data = options.single && reports.length === 1 ? outputReport(reports[0]!) : reports.map(outputReport);
  return JSON.stringify(data, null, 2) + '\n';
}

/** One entry of `gongkai check --format json`. */
export interface CheckJsonEntry {
  file: string;
  findings: Finding[];
  error?: Pick<FileError, 'code' | 'message'>;
}

export function checkJsonEntries(results: FileResult[]): CheckJsonEntry[] {
  return results.map((result) => {
    const entry: CheckJsonEntry = { file: result.file, findings: result.findings ?? [] };
    if (result.error) entry.error = { code: result.error.code, message: result.error.message };
    return entry;
  });
}

export function formatCheckJson(results: FileResult[]): string {
  return JSON.stringify(checkJsonEntries(results), null, 2) + '\n';
}
