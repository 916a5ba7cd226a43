/** Last year's report for the cross-year rules: only when it is for the year before. */
import type { CanonicalReport } from '../model/report.js';
import { getValue } from '../model/values.js';
import type { FindingCell, RuleContext } from './types.js';

/** The previous report when its year is the report year − 1 (or either year is unknown). */
export function previousYear(context: RuleContext): CanonicalReport | undefined {
  const { previous, report } = context;
  if (!previous) return undefined;
  const year = report.meta.year;
  const before = previous.meta.year;
  if (year !== null && before !== null && before !== year - 1) return undefined;
  return previous;
}

/** A cell of last year's report, keyed `previous:<key>` so it cannot be mistaken for this year's. */
export function previousCell(previous: CanonicalReport, key: string, side?: FindingCell['side']): FindingCell {
  const provenance = previous.provenance[key];
  const cell: FindingCell = { key: `previous:${key}`, value: getValue(previous, key) ?? null };
  if (side) cell.side = side;
  if (provenance) {
    const { raw: _raw, derivation: _derivation, ...loc } = provenance;
    cell.loc = loc;
  }
  return cell;
}
