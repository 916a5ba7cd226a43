/**
 * Runs the pipeline over many files in order: a file that fails gets one line on stderr (`path: 原因`) and the
 * batch goes on; a progress bar shows on stderr when it is a TTY and the batch is long.
 */
import type { Locale } from '../check/types.js';
import type { FileResult } from '../pipeline.js';
import { t } from './messages.js';
import { PROGRESS_MIN_FILES, ProgressBar } from './progress.js';
import { debugEnabled, type Runtime } from './runtime.js';

export async function runBatch(
  files: string[],
  work: (file: string) => Promise<FileResult>,
  runtime: Runtime,
  locale: Locale,
): Promise<FileResult[]> {
  const bar =
    runtime.stderr.isTTY && files.length >= PROGRESS_MIN_FILES
      ? new ProgressBar(runtime.stderr, files.length, locale, runtime.now)
      : null;
  const log = (line: string) => (bar ? bar.log(line) : runtime.stderr.write(line + '\n'));
  const results: FileResult[] = [];
  for (const file of files) {
    const result = await work(file);
    results.push(result);
    if (result.error) for (const line of errorLines(result, runtime, locale)) log(line);
    bar?.tick();
  }
  bar?.finish();
  return results;
}

/** `path: 原因`; an internal error says so, and with GONGKAI_DEBUG=1 its stack follows. */
export function errorLines(result: FileResult, runtime: Runtime, locale: Locale): string[] {
  const error = result.error;
  if (!error) return [];
  if (error.code !== 'internal') return [`${result.file}: ${error.message}`];
  const lines = [`${result.file}: ${t('internalError', locale, { message: error.message })}`];
  if (debugEnabled(runtime.env) && error.cause instanceof Error && error.cause.stack) lines.push(error.cause.stack);
  return lines;
}
