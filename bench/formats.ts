/**
 * Input formats the benchmark can generate and read back. Today: text in every layout of src/testing/layouts.ts.
 * HTML, DOCX and PDF generators go here later: each needs a way to write a report as that file type and the ingest
 * path the CLI uses for it; the benchmark loop does not change.
 */
import { extractReport } from '../src/extract/index.js';
import { ingestBytes, textToDocument } from '../src/ingest/index.js';
import type { CanonicalReport } from '../src/model/report.js';
import { LAYOUTS, writeReport, type Layout } from '../src/testing/layouts.js';
import { Rng } from '../src/testing/rng.js';

export type BenchInput = string | Uint8Array;

export interface BenchFormat {
  name: string;
  /** Variants of the format, e.g. the text layouts; `--layout` picks among them. */
  variants: readonly string[];
  /** The report as this format's input; `seed` varies the quirks. */
  generate(report: CanonicalReport, variant: string, seed: number): BenchInput;
  /** Input → canonical report, as `gongkai parse` does it. Sync where the adapter is sync, so timing stays tight. */
  parse(input: BenchInput): CanonicalReport | Promise<CanonicalReport>;
}

const text: BenchFormat = {
  name: 'text',
  variants: LAYOUTS,
  generate(report, variant, seed) {
    const rng = new Rng(seed);
    const glued = variant === 'glued';
    return writeReport(report, variant as Layout, {
      seed,
      fullWidthDigits: rng.chance(0.1),
      ideographicSpaces: !glued && rng.chance(0.2),
      thousands: !glued && rng.chance(0.2),
      pageDebris: rng.chance(0.3),
      crlf: rng.chance(0.2),
      chineseDate: rng.chance(0.1),
    });
  },
  parse(input) {
    return typeof input === 'string' ? extractReport(textToDocument(input)) : ingestBytes(input, null).then(extractReport);
  },
};

/** Every format the benchmark knows; add html, docx and pdf generators here. */
export const formats: BenchFormat[] = [text];
