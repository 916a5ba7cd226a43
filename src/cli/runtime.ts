/**
 * What the CLI touches outside itself: output streams, environment, clock and the pipeline. `main` takes overrides
 * so tests run commands in-process with captured writers and, where needed, a fake pipeline.
 */
import { processFile, readReport, type FileResult, type ProcessOptions } from '../pipeline.js';
import type { CanonicalReport } from '../model/report.js';

/** The part of a stream the CLI uses; `isTTY` switches on colour and the progress bar. */
export interface Writer {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Runtime {
  stdout: Writer;
  stderr: Writer;
  env: Record<string, string | undefined>;
  /** Milliseconds, for the progress bar's rate. */
  now(): number;
  processFile(path: string, options: ProcessOptions): Promise<FileResult>;
  readReport(path: string): Promise<CanonicalReport>;
}

export function defaultRuntime(): Runtime {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    now: () => Date.now(),
    processFile,
    readReport: (path) => readReport(path),
  };
}

/** NO_COLOR (https://no-color.org) set to anything non-empty turns colour off; otherwise colour needs a TTY. */
export function colorEnabled(writer: Writer, env: Runtime['env']): boolean {
  return writer.isTTY === true && !env.NO_COLOR;
}

export function debugEnabled(env: Runtime['env']): boolean {
  return env.GONGKAI_DEBUG === '1';
}

let pipeGuarded = false;

/** `gongkai parse … | head` closes stdout early; that is a normal end, not a crash with a stack trace. */
export function guardBrokenPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}
