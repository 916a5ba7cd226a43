/** Names of rows, groups and columns as a reader knows them, looked up in the format data. */
import type { FormatDef, LabelDef } from '../format/types.js';

/** Display name of a Table B row: the group label before a numbered sub-row, e.g. `（三）不予公开·1.属于国家秘密`. */
export function requestRowLabel(format: FormatDef, rowKey: string): string {
  const row = format.requestRows.find((r) => r.key === rowKey);
  if (!row) {
    const group = format.requestGroups.find((g) => g.key === rowKey);
    return group ? group.label : rowKey;
  }
  const group = row.group ? format.requestGroups.find((g) => g.key === row.group) : undefined;
  return group ? `${group.label}·${row.label}` : row.label;
}

export function requestColumnLabel(format: FormatDef, columnKey: string): string {
  return format.requestColumns.find((c) => c.key === columnKey)?.label ?? columnKey;
}

export function appealGroupLabel(format: FormatDef, groupKey: string): string {
  const group = format.appealGroups.find((g) => g.key === groupKey);
  if (!group) return groupKey;
  return group.key === 'review' ? group.label : `行政诉讼·${group.label}`;
}

/** Display name of any data row: a Table A row, a Table B row or group, or a Table C group, from its key. */
export function rowLabel(format: FormatDef, key: string): string {
  let byKey = rowLabelCache.get(format);
  if (!byKey) rowLabelCache.set(format, (byKey = new Map()));
  let label = byKey.get(key);
  if (label === undefined) {
    label = findRowLabel(format, key);
    // Keys come from the format and from anomalies; the cap keeps odd keys read from documents from piling up.
    if (byKey.size > 5000) byKey.clear();
    byKey.set(key, label);
  }
  return label;
}

/** Row names repeat for every report; looking them up walks the format's lists. */
const rowLabelCache = new WeakMap<FormatDef, Map<string, string>>();

function findRowLabel(format: FormatDef, key: string): string {
  const [table, ...rest] = key.split('.');
  const row = rest.join('.');
  if (table === 'requests') return requestRowLabel(format, row);
  if (table === 'appeals') return appealGroupLabel(format, row);
  for (const block of format.active) {
    const found = block.rows.find((r) => r.key === row);
    if (found) return found.label;
  }
  return key;
}

/** Human name of a table: the section ordinal it belongs to. */
export function tableName(table: string): string {
  return table === 'active' ? '二' : table === 'requests' ? '三' : table === 'appeals' ? '四' : table;
}

/**
 * The format's definition of a label read in a report, from the label key the extractor gives it
 * (`requests.row:withheld.stateSecret`, `active.caption:0`, `appeals.column:upheld`, …).
 */
export function labelDef(format: FormatDef, key: string): LabelDef | undefined {
  let byKey = labelDefCache.get(format);
  if (!byKey) labelDefCache.set(format, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, findLabelDef(format, key));
  return byKey.get(key);
}

/** Every label definition of the format: Table A's rows and columns, Table B's and C's rows, groups and columns. */
export function labelDefs(format: FormatDef): LabelDef[] {
  return [
    ...format.active.flatMap((block) => [...block.rows, ...block.columns]),
    ...format.requestRows,
    ...format.requestGroups,
    ...format.requestColumns,
    ...format.appealGroups,
    ...format.appealColumns,
  ];
}

const labelDefCache = new WeakMap<FormatDef, Map<string, LabelDef | undefined>>();

function findLabelDef(format: FormatDef, key: string): LabelDef | undefined {
  const match = /^(active|requests|appeals)\.(row|group|column|caption):(.+)$/.exec(key);
  if (!match) return undefined;
  const [, table, kind, id = ''] = match;
  if (table === 'active') {
    if (kind === 'caption') {
      const block = format.active[Number(id)];
      return block ? { label: block.caption, anchors: [] } : undefined;
    }
    for (const block of format.active) {
      const found = kind === 'row' ? block.rows.find((r) => r.key === id) : block.columns.find((c) => c.key === id);
      if (found) return found;
    }
    return undefined;
  }
  if (table === 'requests') {
    if (kind === 'row') return format.requestRows.find((r) => r.key === id);
    if (kind === 'group') return format.requestGroups.find((g) => g.key === id);
    if (kind === 'column') return format.requestColumns.find((c) => c.key === id);
    return undefined;
  }
  if (kind === 'group') return format.appealGroups.find((g) => g.key === id);
  if (kind === 'column') return format.appealColumns.find((c) => c.key === id);
  return undefined;
}
