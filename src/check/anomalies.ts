/** Reading the layout anomalies extraction recorded: where they are and which rows they cover. */
import { cellDefs, type CellDef } from '../format/index.js';
import type { FormatDef } from '../format/types.js';
import type { Anomaly, CanonicalReport } from '../model/report.js';
import { rowLabel, tableName } from './labels.js';
import type { FindingLocation } from './types.js';

export function anomaliesOf(report: CanonicalReport, ...codes: Array<Anomaly['code']>): Anomaly[] {
  return report.anomalies.filter((a) => codes.includes(a.code));
}

export function anomalyLocation(anomaly: Anomaly): FindingLocation {
  return { ...anomaly.loc, key: anomaly.key };
}

/** True when the anomaly is about this row key (`requests.otherDisposal.other`), its group or its whole table. */
export function covers(anomaly: Anomaly, rowKey: string): boolean {
  return anomaly.key === rowKey || rowKey.startsWith(`${anomaly.key}.`);
}

/** Readable name of what an anomaly is about: a cell's row and column, a row's label, or a table's ordinal. */
export function anomalySubject(format: FormatDef, anomaly: Anomaly): string {
  if (!anomaly.key.includes('.')) return `${tableName(anomaly.key)}表`;
  const cell = cellByKey(format).get(anomaly.key);
  if (cell) return `${rowLabel(format, `${cell.table}.${cell.row}`)}·${cell.columnLabel}`;
  return rowLabel(format, anomaly.key);
}

const cellCache = new WeakMap<FormatDef, Map<string, CellDef>>();

/** The format's cells by canonical key, built once per format. */
function cellByKey(format: FormatDef): Map<string, CellDef> {
  let cells = cellCache.get(format);
  if (!cells) {
    cells = new Map();
    for (const cell of cellDefs(format)) if (!cells.has(cell.key)) cells.set(cell.key, cell);
    cellCache.set(format, cells);
  }
  return cells;
}

/** Values as printed, for a message: `1、0、0`. Blank values show as `空`. */
export function listValues(values: Array<number | null> | undefined): string {
  return (values ?? []).map((v) => (v === null ? '空' : String(v))).join('、');
}
