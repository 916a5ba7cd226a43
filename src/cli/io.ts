/** Shared steps of the file commands: turning PATH arguments into files, and writing the output to stdout or `-o`. */
import { writeFile } from 'node:fs/promises';
import { GongkaiError } from '../errors.js';
import type { FileResult } from '../pipeline.js';
import type { CommandInput } from './command.js';
import { t } from './messages.js';
import type { Runtime } from './runtime.js';
import { collectFiles } from './walk.js';

export interface Inputs {
  files: string[];
  /** Arguments that named nothing usable, as failed results; each already has its line on stderr. */
  problems: FileResult[];
  walkedFolder: boolean;
}

/** Expands the positionals; a missing path or an empty folder gets its line on stderr and a failed result. */
export async function resolveInputs(command: string, input: CommandInput, runtime: Runtime): Promise<Inputs> {
  if (input.positionals.length === 0) throw new GongkaiError('bad-usage', t('noPaths', input.locale, { command }));
  const collected = await collectFiles(input.positionals);
  const problems = collected.problems.map(({ path, reason }): FileResult => {
    const error = reason === 'not-found'
      ? { code: 'not-found' as const, message: t('notFound', input.locale) }
      : { code: 'empty' as const, message: t('emptyFolder', input.locale) };
    runtime.stderr.write(`${path}: ${error.message}\n`);
    return { file: path, error };
  });
  return { files: collected.files, problems, walkedFolder: collected.walkedFolder };
}

const WRITE_ERRORS: Record<string, Record<CommandInput['locale'], string>> = {
  ENOENT: { 'zh-CN': '所在文件夹不存在', en: 'its folder does not exist' },
  EACCES: { 'zh-CN': '没有写入权限', en: 'permission denied' },
  EPERM: { 'zh-CN': '没有写入权限', en: 'permission denied' },
  EISDIR: { 'zh-CN': '这是一个文件夹', en: 'it is a folder' },
};

/** Writes to `file` when given (the whole text at once), otherwise to stdout. */
export async function writeOutput(text: string, file: string | undefined, runtime: Runtime, input: CommandInput): Promise<void> {
  if (file === undefined) {
    runtime.stdout.write(text);
    return;
  }
  try {
    await writeFile(file, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = WRITE_ERRORS[code]?.[input.locale] ?? (error instanceof Error ? error.message : String(error));
    throw new GongkaiError('bad-usage', t('cannotWrite', input.locale, { message: reason }), file);
  }
}
