/** Finding LibreOffice and running one headless conversion, bounded in time and leaving nothing behind. */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GongkaiError } from '../../errors.js';

const NAMES = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];

/** Full path of the LibreOffice launcher on `searchPath` (PATH syntax), or null. */
export function findSoffice(searchPath: string): string | null {
  for (const dir of searchPath.split(delimiter)) {
    if (!dir) continue;
    for (const name of NAMES) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

export interface ConversionRequest {
  /** Extension the input is saved under, which picks LibreOffice's import filter (`doc`, `xls`). */
  inputExtension: string;
  /** Output format for `--convert-to` (`docx`, `html`). */
  target: string;
  timeoutMs: number;
  /** For error messages. */
  file: string | null;
}

/** Converts the bytes with LibreOffice and returns the converted file's bytes. */
export async function convertWithSoffice(soffice: string, bytes: Uint8Array, request: ConversionRequest): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-soffice-'));
  try {
    const input = join(dir, `input.${request.inputExtension}`);
    await writeFile(input, bytes);
    const args = [
      // A private profile: no clash with a running LibreOffice or another conversion, nothing left in $HOME.
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      request.target,
      '--outdir',
      join(dir, 'out'),
      input,
    ];
    const result = await run(soffice, args, request.timeoutMs, dir, request.file);
    if (result === 'timeout') {
      throw new GongkaiError('corrupt', `LibreOffice 转换超时（超过 ${Math.round(request.timeoutMs / 1000)} 秒），文件可能已损坏`, request.file);
    }
    try {
      return new Uint8Array(await readFile(join(dir, 'out', `input.${request.target}`)));
    } catch {
      throw new GongkaiError('corrupt', 'LibreOffice 无法转换该文件（文件可能已损坏、已加密，或不是 Word/WPS 文档）', request.file);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the command in its own process group so that a timeout can stop LibreOffice's child processes too. */
function run(command: string, args: string[], timeoutMs: number, home: string, file: string | null): Promise<'done' | 'timeout'> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', env: { ...process.env, HOME: home } });
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve('timeout');
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new GongkaiError('needs-libreoffice', `无法启动 LibreOffice（${error.message}）`, file));
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve('done');
    });
  });
}
