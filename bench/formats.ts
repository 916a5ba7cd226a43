/**
 * Input formats the benchmark can generate and read back: text in every layout of src/testing/layouts.ts, and
 * HTML, DOCX and PDF as gongkai's renderers write them. Each is read through the ingest path the CLI uses.
 */
import { extractReport } from '../src/extract/index.js';
import { ingestBytes, textToDocument } from '../src/ingest/index.js';
import type { CanonicalReport } from '../src/model/report.js';
import { findSoffice } from '../src/ingest/legacy/soffice.js';
import { findBrowser, renderDocx, renderHtml } from '../src/render/index.js';
import { LAYOUTS, writeReport, type Layout } from '../src/testing/layouts.js';
import { randomReport } from '../src/testing/random-report.js';
import { Rng } from '../src/testing/rng.js';
import { cachedPdf, trueTypeFontsMissing, type PdfProducer } from './pdf-cache.js';

export type BenchInput = string | Uint8Array;

/** One generated report: what was written, and the file or text that carries it. */
export interface BenchSample {
  report: CanonicalReport;
  input: BenchInput;
}

export interface BenchFormat {
  name: string;
  /** Variants of the format, e.g. the text layouts; `--layout` picks among them. */
  variants: readonly string[];
  /** Reports timed when `--n` is not given: fewer for the formats that are slow to write or read. */
  defaultCount: number;
  /** Sample number `index` (0-based) in the given variant. */
  sample(index: number, variant: string): BenchSample | Promise<BenchSample>;
  /** Input → canonical report, as `gongkai parse` does it. Sync where the adapter is sync, so timing stays tight. */
  parse(input: BenchInput): CanonicalReport | Promise<CanonicalReport>;
  /** Why this machine cannot make the format's files (a program it needs is missing), or null when it can. */
  unavailable?(): Promise<string | null>;
}

/** Bytes through content detection and the matching adapter, then extraction: the CLI's path. */
function parseBytes(input: BenchInput): Promise<CanonicalReport> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return ingestBytes(bytes, null).then(extractReport);
}

const text: BenchFormat = {
  name: 'text',
  variants: LAYOUTS,
  defaultCount: 10_000,
  sample(index, variant) {
    const seed = index + 1;
    const report = randomReport(seed);
    const rng = new Rng(seed);
    const glued = variant === 'glued';
    const input = writeReport(report, variant as Layout, {
      seed,
      fullWidthDigits: rng.chance(0.1),
      ideographicSpaces: !glued && rng.chance(0.2),
      thousands: !glued && rng.chance(0.2),
      pageDebris: rng.chance(0.3),
      crlf: rng.chance(0.2),
      chineseDate: rng.chance(0.1),
    });
    return { report, input };
  },
  parse(input) {
    return typeof input === 'string' ? extractReport(textToDocument(input)) : parseBytes(input);
  },
};

/** The print-ready page of `gongkai render --to html`, as UTF-8 bytes (a downloaded file is bytes). */
const html: BenchFormat = {
  name: 'html',
  variants: ['render'],
  defaultCount: 3_000,
  sample(index) {
    const report = randomReport(index + 1);
    return { report, input: new TextEncoder().encode(renderHtml(report)) };
  },
  parse: parseBytes,
};

/** The Word document of `gongkai render --to docx`; writing one takes tens of milliseconds. */
const docx: BenchFormat = {
  name: 'docx',
  variants: ['render'],
  defaultCount: 1_500,
  async sample(index) {
    const report = randomReport(index + 1);
    return { report, input: await renderDocx(report) };
  },
  parse: parseBytes,
};

/** Making a PDF takes seconds, so a small set is made once, kept in .bench/ and cycled through. */
export const PDF_SET_SIZE = 30;

/**
 * PDFs from one producer: Chromium prints CJK text in Type 3 fonts (or, given TrueType fonts, in CID TrueType fonts
 * as Word does), LibreOffice in embedded Type 1 subsets.
 */
function pdfFormat(name: string, producer: PdfProducer, unavailable: () => Promise<string | null>): BenchFormat {
  return {
    name,
    variants: [producer],
    defaultCount: 300,
    async sample(index) {
      const report = randomReport((index % PDF_SET_SIZE) + 1);
      return { report, input: await cachedPdf(report, producer) };
    },
    parse: parseBytes,
    unavailable,
  };
}

const pdf = pdfFormat('pdf', 'chromium', async () => ((await findBrowser()) ? null : '生成 PDF 需要 Chromium，PATH 中未找到'));

const pdfLibreoffice = pdfFormat('pdf-lo', 'libreoffice', async () =>
  findSoffice(process.env.PATH ?? '') ? null : '生成 PDF 需要 LibreOffice（soffice），PATH 中未找到',
);

const pdfTrueType = pdfFormat('pdf-tt', 'chromium-truetype', async () =>
  (await findBrowser()) ? trueTypeFontsMissing() : '生成 PDF 需要 Chromium，PATH 中未找到',
);

/** Every format the benchmark knows. */
export const formats: BenchFormat[] = [text, html, docx, pdf, pdfLibreoffice, pdfTrueType];
