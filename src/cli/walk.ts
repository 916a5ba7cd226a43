/**
 * Expands the PATH arguments into files: a file stays as given, a folder is walked recursively (skipping dot-files,
 * dot-folders and node_modules) and its files are sorted. The type of each file is left to ingest, which reads the
 * content, so no extension filter applies.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface CollectedFiles {
  /** Files in argument order; within a folder sorted by path (code-unit order, the same on every machine). */
  files: string[];
  /** Arguments that do not exist or hold nothing, as `{ path, reason }` for the one-line error. */
  problems: Array<{ path: string; reason: 'not-found' | 'empty-folder' }>;
  /** True when some argument was a folder: the output is then always a list, even for one file. */
  walkedFolder: boolean;
}

export async function collectFiles(paths: string[]): Promise<CollectedFiles> {
  const seen = new Set<string>();
  const result: CollectedFiles = { files: [], problems: [], walkedFolder: false };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      result.problems.push({ path, reason: 'not-found' });
      continue;
    }
    const found = info.isDirectory() ? await walk(path, new Set()) : [path];
    if (info.isDirectory()) {
      result.walkedFolder = true;
      found.sort(compareCodeUnits);
      if (found.length === 0) result.problems.push({ path, reason: 'empty-folder' });
    }
    for (const file of found) {
      if (seen.has(file)) continue;
      seen.add(file);
      result.files.push(file);
    }
  }
  return result;
}

/** Files below `dir`; `visited` holds real paths so a symlink loop is entered only once. */
async function walk(dir: string, visited: Set<string>): Promise<string[]> {
  const real = await realpath(dir);
  if (visited.has(real)) return [];
  visited.add(real);
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDirectory) files.push(...(await walk(path, visited)));
    else if (isFile) files.push(path);
  }
  return files;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
