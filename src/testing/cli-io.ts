/** A runtime whose output is kept for the CLI tests to read, and the assertion for a usage error. */
import assert from 'node:assert/strict';
import { GongkaiError } from '../errors.js';
import { defaultRuntime, type Runtime } from '../cli/runtime.js';

export function capture(): { runtime: Runtime; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const runtime: Runtime = {
    ...defaultRuntime(),
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
  };
  return { runtime, out: () => out, err: () => err };
}

/** The command is refused as misused (`bad-usage`), with a message matching `pattern`. */
export async function usageError(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof GongkaiError && error.code === 'bad-usage' && pattern.test(error.message));
}
