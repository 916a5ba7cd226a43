/**
 * PDF: the print-ready HTML printed by headless Chromium, when one is installed. Runs offline in a throw-away
 * profile, is killed after a timeout, and leaves no temporary files behind.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GongkaiError } from '../errors.js';
import type { CanonicalReport } from '../model/report.js';
import { renderHtml } from './html.js';

export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export interface PdfOptions {
  /** Browser executable; found on PATH when not given. */
  browser?: string;
  /** Milliseconds before the browser is killed. */
  timeoutMs?: number;
  /** The browser's environment, when not this process's: e.g. FONTCONFIG_FILE to choose the fonts it embeds. */
  env?: NodeJS.ProcessEnv;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** The report as PDF bytes; a GongkaiError when no browser is installed or printing fails. */
export async function renderPdf(report: CanonicalReport, options: PdfOptions = {}): Promise<Uint8Array> {
  return htmlToPdf(renderHtml(report), options);
}

/** Prints an HTML page to PDF with headless Chromium. */
export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const browser = options.browser ?? (await findBrowser());
  if (!browser) {
    throw new GongkaiError(
      'bad-usage',
      `生成 PDF 需要 Chromium 或 Google Chrome，但在 PATH 中未找到（${BROWSER_NAMES.join('、')}）。请安装后重试，或改用 --to html 后自行打印。`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-pdf-'));
  try {
    const input = join(dir, 'report.html');
    const output = join(dir, 'report.pdf');
    await writeFile(input, html, 'utf8');
    await runBrowser(browser, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--no-pdf-header-footer',
      '--print-to-pdf-no-header',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--print-to-pdf=${output}`,
      pathToFileURL(input).href,
    ], options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.env);
    let pdf: Buffer;
    try {
      pdf = await readFile(output);
    } catch {
      throw new GongkaiError('corrupt', `浏览器未生成 PDF（${browser}）`);
    }
    if (pdf.subarray(0, 4).toString('latin1') !== '%PDF') throw new GongkaiError('corrupt', `浏览器生成的 PDF 无效（${browser}）`);
    return new Uint8Array(pdf);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The first Chromium-like executable on PATH, or null. */
export async function findBrowser(path = process.env.PATH ?? ''): Promise<string | null> {
  for (const name of BROWSER_NAMES) {
    for (const dir of path.split(delimiter).filter(Boolean)) {
      const candidate = join(dir, name);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not in this directory
      }
    }
  }
  return null;
}

/** Runs the browser in its own process group, so that a timeout kills its helper processes too. */
function runBrowser(browser: string, args: string[], timeoutMs: number, env = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(browser, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new GongkaiError('bad-usage', `无法启动浏览器 ${browser}：${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new GongkaiError('corrupt', `浏览器打印 PDF 超时（${Math.round(timeoutMs / 1000)} 秒）`));
      else if (code !== 0) reject(new GongkaiError('corrupt', `浏览器打印 PDF 失败（退出码 ${code}）：${lastLine(stderr)}`));
      else resolve();
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is already gone
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() ?? '';
}
