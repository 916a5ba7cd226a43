/**
 * Entry point of the `gongkai` command (bin/gongkai.js calls `main` and sets the exit code). Dispatches to the
 * command registry; a GongkaiError becomes one line on stderr and exit code 2, never a stack trace.
 */
import type { Locale } from '../check/types.js';
import { GongkaiError } from '../errors.js';
import { EXIT_FAILURE, EXIT_OK, parseLocale, parseOptions, runCommand, sniffLocale } from './command.js';
import { COMMANDS, findCommand } from './commands/index.js';
import { overviewHelp } from './help.js';
import { t } from './messages.js';
import { debugEnabled, defaultRuntime, guardBrokenPipe, type Runtime } from './runtime.js';
import { packageVersion } from './version.js';

export { COMMANDS } from './commands/index.js';
export type { Command, CommandInput } from './command.js';
export type { Runtime, Writer } from './runtime.js';

/** Runs the CLI on `argv` (without node and the script) and resolves to the exit code. */
export async function main(argv: string[], overrides: Partial<Runtime> = {}): Promise<number> {
  const runtime: Runtime = { ...defaultRuntime(), ...overrides };
  if (runtime.stdout === process.stdout) guardBrokenPipe();
  const locale = sniffLocale(argv);
  try {
    const at = commandIndex(argv);
    if (at === -1) return topLevel(argv, runtime, locale);
    const name = argv[at]!;
    const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
    if (name === 'help') return helpCommand(rest, runtime, locale);
    const command = findCommand(name);
    if (!command) throw new GongkaiError('bad-usage', t('unknownCommand', locale, { name }));
    return await runCommand(command, rest, runtime, locale);
  } catch (error) {
    return reportFatal(error, runtime, locale);
  }
}

/** Index of the command name: the first argument that is neither an option nor the value of `--lang`. */
function commandIndex(argv: string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) return i;
  }
  return -1;
}

function topLevel(argv: string[], runtime: Runtime, fallback: Locale): number {
  const options = { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' }, lang: { type: 'string' } } as const;
  const { values } = parseOptions(argv, options, false, fallback);
  if (values.version) {
    runtime.stdout.write(packageVersion() + '\n');
    return EXIT_OK;
  }
  const locale = values.lang === undefined ? fallback : parseLocale(String(values.lang), fallback);
  runtime.stdout.write(overviewHelp(COMMANDS, locale));
  return EXIT_OK;
}

/** `gongkai help [command]`. */
async function helpCommand(rest: string[], runtime: Runtime, locale: Locale): Promise<number> {
  const name = rest.find((arg, i) => !arg.startsWith('-') && rest[i - 1] !== '--lang');
  if (name === undefined) {
    runtime.stdout.write(overviewHelp(COMMANDS, locale));
    return EXIT_OK;
  }
  const command = findCommand(name);
  if (!command) throw new GongkaiError('bad-usage', t('unknownCommand', locale, { name }));
  return runCommand(command, ['--help', ...(locale === 'en' ? ['--lang', 'en'] : [])], runtime, locale);
}

function reportFatal(error: unknown, runtime: Runtime, locale: Locale): number {
  if (error instanceof GongkaiError) {
    runtime.stderr.write(`${error.toLine()}\n`);
    return EXIT_FAILURE;
  }
  const message = error instanceof Error ? error.message : String(error);
  runtime.stderr.write(`gongkai: ${t('internalError', locale, { message })}\n`);
  if (debugEnabled(runtime.env) && error instanceof Error && error.stack) runtime.stderr.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}
