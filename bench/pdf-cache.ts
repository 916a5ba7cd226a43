/**
 * PDFs for the benchmark, made once and kept in .bench/ (git-ignored): printed by Chromium from the HTML page (in its
 * usual fonts, or in TrueType CJK fonts as Word prints 宋体), or converted by LibreOffice from the Word document. A file is named after a
 * hash of what it was made from (the HTML page; for LibreOffice, the report itself, since a DOCX carries the time it
 * was written), so a change to the renderer or the random reports makes new ones.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertWithSoffice, findSoffice } from '../src/ingest/legacy/soffice.js';
import type { CanonicalReport } from '../src/model/report.js';
import { htmlToPdf, renderDocx, renderHtml } from '../src/render/index.js';
import { TRUETYPE_FAMILIES, trueTypeFontConfig } from '../src/testing/truetype-fonts.js';

/** The program that makes the PDF. */
export type PdfProducer = 'chromium' | 'chromium-truetype' | 'libreoffice';

/** The folder holding package.json: the same whether this runs from bench/ or from the compiled .bench/build/bench/. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const CACHE_DIRS: Record<PdfProducer, string> = {
  chromium: join(projectRoot(), '.bench', 'pdf') + '/',
  'chromium-truetype': join(projectRoot(), '.bench', 'pdf-truetype') + '/',
  libreoffice: join(projectRoot(), '.bench', 'pdf-libreoffice') + '/',
};

const MAKING: Record<PdfProducer, string> = {
  chromium: '用 Chromium 打印 PDF',
  'chromium-truetype': '用 Chromium 以 TrueType 中文字体打印 PDF',
  libreoffice: '用 LibreOffice 将 DOCX 转换为 PDF',
};

/** Bytes by producer and hash: every sample of the same report shares one buffer, so cycling costs no memory. */
const loaded = new Map<string, Promise<Uint8Array>>();
const made = new Set<PdfProducer>();

/** The report as a PDF from the given producer, from the cache when it is there. */
export function cachedPdf(report: CanonicalReport, producer: PdfProducer = 'chromium'): Promise<Uint8Array> {
  const source = producer === 'libreoffice' ? JSON.stringify(report) : renderHtml(report);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const key = `${producer}/${hash}`;
  let bytes = loaded.get(key);
  if (!bytes) {
    bytes = load(producer, hash, report, source);
    loaded.set(key, bytes);
  }
  return bytes;
}

async function load(producer: PdfProducer, hash: string, report: CanonicalReport, source: string): Promise<Uint8Array> {
  const dir = CACHE_DIRS[producer];
  const path = `${dir}${hash}.pdf`;
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    if (!made.has(producer)) {
      made.add(producer);
      process.stderr.write(`${MAKING[producer]}，缓存于 ${dir}（仅首次运行）…\n`);
    }
    const pdf =
      producer === 'libreoffice'
        ? await convertDocx(report)
        : await htmlToPdf(source, producer === 'chromium-truetype' ? { env: await trueTypeEnv() } : {});
    await mkdir(dir, { recursive: true });
    await writeFile(path, pdf);
    return pdf;
  }
}

async function convertDocx(report: CanonicalReport): Promise<Uint8Array> {
  const soffice = findSoffice(process.env.PATH ?? '');
  if (!soffice) throw new Error('生成 PDF 需要 LibreOffice（soffice），PATH 中未找到');
  return convertWithSoffice(soffice, await renderDocx(report), { inputExtension: 'docx', target: 'pdf', timeoutMs: 120_000, file: null });
}

/** Why TrueType-font PDFs cannot be made here (a font is missing), or null when they can. */
export function trueTypeFontsMissing(): string | null {
  let installed = '';
  try {
    installed = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  } catch {
    return '需要 fontconfig（fc-list）';
  }
  const missing = TRUETYPE_FAMILIES.filter((family) => !installed.includes(family));
  return missing.length === 0 ? null : `需要 TrueType 中文字体 ${missing.join('、')}（Debian 软件包 fonts-arphic-uming、fonts-wqy-zenhei）`;
}

/** The printing browser's environment with the TrueType fontconfig file (see src/testing/truetype-fonts.ts). */
async function trueTypeEnv(): Promise<NodeJS.ProcessEnv> {
  const path = join(CACHE_DIRS['chromium-truetype'], 'fonts.conf');
  await mkdir(CACHE_DIRS['chromium-truetype'], { recursive: true });
  await writeFile(path, trueTypeFontConfig());
  return { ...process.env, FONTCONFIG_FILE: path };
}
