/**
 * PDFs for the benchmark, printed by Chromium once and kept in .bench/pdf/ (git-ignored). A file is named after a
 * hash of the HTML it was printed from, so a change to the renderer or the random reports prints new ones.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CanonicalReport } from '../src/model/report.js';
import { htmlToPdf, renderHtml } from '../src/render/index.js';

/** The folder holding package.json: the same whether this runs from bench/ or from the compiled .bench/build/bench/. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const CACHE_DIR = join(projectRoot(), '.bench', 'pdf') + '/';

/** Bytes by hash: every sample of the same report shares one buffer, so cycling costs no memory. */
const loaded = new Map<string, Promise<Uint8Array>>();
let printed = 0;

/** The report printed to PDF, from the cache when it is there. */
export function cachedPdf(report: CanonicalReport): Promise<Uint8Array> {
  const html = renderHtml(report);
  const hash = createHash('sha256').update(html).digest('hex').slice(0, 16);
  let bytes = loaded.get(hash);
  if (!bytes) {
    bytes = load(hash, html);
    loaded.set(hash, bytes);
  }
  return bytes;
}

async function load(hash: string, html: string): Promise<Uint8Array> {
  const path = `${CACHE_DIR}${hash}.pdf`;
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    if (printed++ === 0) process.stderr.write(`用 Chromium 打印 PDF，缓存于 ${CACHE_DIR}（仅首次运行）…\n`);
    const pdf = await htmlToPdf(html);
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(path, pdf);
    return pdf;
  }
}
