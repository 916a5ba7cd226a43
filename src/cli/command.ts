/**
 * The shape of a subcommand and the argument handling they share: every command gets `-h/--help` and `--lang`,
 * parse errors become Chinese (or English) usage errors, and option values are read through small typed helpers.
 */
import { parseArgs } from 'node:util';
import type { Locale, Localized } from '../check/types.js';
import { GongkaiError } from '../errors.js';
import { t } from './messages.js';
import type { Runtime } from './runtime.js';

export const EXIT_OK = 0;
/** Some finding is an error or an inconsistency. */
export const EXIT_FINDINGS = 1;
/** A file could not be read or is not a report, or the command line is wrong. */
export const EXIT_FAILURE = 2;

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

export type OptionValue = string | boolean | Array<string | boolean> | undefined;

export interface CommandInput {
  values: Record<string, OptionValue>;
  positionals: string[];
  locale: Locale;
}

/** A subcommand module (`src/cli/commands/<name>.ts`), listed in `src/cli/commands/index.ts`. */
export interface Command {
  name: string;
  /** One line for `gongkai --help`. */
  summary: Localized;
  /** The full text of `gongkai <name> --help`. */
  help: Localized;
  /** Options besides `--help` and `--lang`, which every command has. */
  options: Record<string, OptionSpec>;
  /** Whether the command takes positional arguments (paths). */
  positionals: boolean;
  /** Returns the exit code. Throw GongkaiError for anything the user can fix; it becomes one line on stderr. */
  run(input: CommandInput, runtime: Runtime): Promise<number>;
}

const COMMON_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
};

/** Parses the arguments after the command name, prints help for `--help`, otherwise runs the command. */
export async function runCommand(command: Command, args: string[], runtime: Runtime, fallback: Locale): Promise<number> {
  const options = { ...command.options, ...COMMON_OPTIONS };
  const { values, positionals } = parseOptions(args, options, command.positionals, fallback);
  const locale = values.lang === undefined ? fallback : parseLocale(String(values.lang), fallback);
  if (values.help) {
    runtime.stdout.write(command.help[locale].trimEnd() + '\n');
    return EXIT_OK;
  }
  return command.run({ values, positionals, locale }, runtime);
}

/** node:util parseArgs with its English errors turned into GongkaiError('bad-usage') in the user's language. */
export function parseOptions(
  args: string[],
  options: Record<string, OptionSpec>,
  allowPositionals: boolean,
  locale: Locale,
): { values: Record<string, OptionValue>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options, allowPositionals, strict: true });
    return { values: parsed.values as Record<string, OptionValue>, positionals: parsed.positionals };
  } catch (error) {
    throw usageError(error, locale);
  }
}

function usageError(error: unknown, locale: Locale): GongkaiError {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(text)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(' ')[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new GongkaiError('bad-usage', t('unknownOption', locale, { name: quoted }));
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new GongkaiError('bad-usage', t('unexpectedArgument', locale, { name: quoted }));
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new GongkaiError(
        'bad-usage',
        t(/does not take/.test(text) ? 'noValueAllowed' : 'missingValue', locale, { name: option }),
      );
    default:
      return new GongkaiError('bad-usage', text);
  }
}

/** `zh`, `zh-CN`, `zh-Hans` → zh-CN; `en`, `en-US`, … → en. */
export function parseLocale(value: string, current: Locale): Locale {
  const lower = value.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  throw new GongkaiError('bad-usage', t('badLocale', current, { value }));
}

/** The locale asked for anywhere in argv, so even errors about the arguments come in that language. */
export function sniffLocale(argv: string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && /^en(-|$)/i.test(value)) return 'en';
  }
  return 'zh-CN';
}

export function stringOption(input: CommandInput, name: string): string | undefined {
  const value = input.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function booleanOption(input: CommandInput, name: string): boolean {
  return input.values[name] === true;
}

/** The value of a string option that must be one of `choices`; `fallback` when absent. */
export function choiceOption<T extends string>(input: CommandInput, name: string, choices: readonly T[], fallback: T): T {
  const value = stringOption(input, name);
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new GongkaiError('bad-usage', t('badChoice', input.locale, { name, choices: choices.join('|'), value }));
}
