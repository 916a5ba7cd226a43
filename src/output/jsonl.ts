/** JSON Lines output for `gongkai parse --format jsonl`: one compact report per line, for streaming and `jq -c`. */
import type { CanonicalReport } from '../model/report.js';
import { outputReport } from './json.js';

export function formatReportsJsonl(reports: CanonicalReport[]): string {
  return reports.map((report) => JSON.stringify(outputReport(report)) + '\n').join('');
}
