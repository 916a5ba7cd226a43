/**
 * Canonical keys built from their parts, memoised: rules ask for `requests.<row>.<column>` thousands of times per
 * report, and a fresh string each time costs more than the arithmetic it serves.
 */
const memo = new Map<string, Map<string, Map<string, string>>>();

export function cellKey(table: string, row: string, column: string): string {
  let byRow = memo.get(table);
  if (!byRow) memo.set(table, (byRow = new Map()));
  let byColumn = byRow.get(row);
  if (!byColumn) byRow.set(row, (byColumn = new Map()));
  let key = byColumn.get(column);
  if (!key) byColumn.set(column, (key = `${table}.${row}.${column}`));
  return key;
}
