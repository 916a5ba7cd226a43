/**
 * Where the real sample reports are: `../shared/seeds` beside the repository (as CI lays it out), or the folder named
 * by GONGKAI_SEEDS. Null in a fresh clone, where the tests that read them skip.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function seedsDir(): string | null {
  const candidates = [process.env.GONGKAI_SEEDS, fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))];
  return candidates.find((dir): dir is string => Boolean(dir) && existsSync(dir as string)) ?? null;
}
