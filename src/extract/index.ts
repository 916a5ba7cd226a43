/** Extract: Document → CanonicalReport. */
import type { Document } from '../ingest/document.js';
import type { CanonicalReport } from '../model/report.js';
import { blankReport } from '../model/values.js';

export function extractReport(doc: Document): CanonicalReport {
  const report = blankReport('2021');
  report.source = { ...doc.source };
  return report;
}
