/**
 * A plain evaluator of the format's identities (format-spec §4.1–4.2), independent of src/check, so generators can
 * be tested on their own and the checker can be tested against something it did not write.
 */
import { formatFor } from '../format/index.js';
import type { IdentityDef } from '../format/types.js';
import type { CanonicalReport } from '../model/report.js';
import { getValue } from '../model/values.js';

export interface IdentityViolation {
  id: string;
  /** The column (each column), row (each row) or group (each group) where the sums differ. */
  at: string;
  lhs: number;
  rhs: number;
}

/** Each identity instance whose two sides differ; blank cells count as 0. Empty for a valid report. */
export function identityViolations(report: CanonicalReport): IdentityViolation[] {
  const format = formatFor(report.meta.formatVersion ?? '2021');
  const found: IdentityViolation[] = [];
  const v = (key: string) => getValue(report, key) ?? 0;
  const sum = (keys: string[]) => keys.reduce((s, k) => s + v(k), 0);
  const check = (identity: IdentityDef, at: string, lhs: string[], rhs: string[]) => {
    const [l, r] = [sum(lhs), sum(rhs)];
    // Sums of decimals are not involved, but compare with a tolerance anyway so a future decimal identity works.
    if (Math.abs(l - r) > 1e-9) found.push({ id: identity.id, at, lhs: l, rhs: r });
  };
  for (const identity of format.identities) {
    const prefix = identity.table;
    if (identity.scope === 'each column') {
      for (const c of format.requestColumns) {
        check(identity, c.key, identity.lhs.map((row) => `${prefix}.${row}.${c.key}`), identity.rhs.map((row) => `${prefix}.${row}.${c.key}`));
      }
    } else {
      const rows = identity.scope === 'each row' ? format.requestRows : format.appealGroups;
      for (const row of rows) {
        check(identity, row.key, identity.lhs.map((c) => `${prefix}.${row.key}.${c}`), identity.rhs.map((c) => `${prefix}.${row.key}.${c}`));
      }
    }
  }
  return found;
}

/** Ids of the identities a change to this one cell must break (the cell sits on exactly one side of each). */
export function identitiesThrough(key: string, version: '2019' | '2021'): string[] {
  const format = formatFor(version);
  const [table, ...rest] = key.split('.');
  const column = rest.pop() ?? '';
  const row = rest.join('.');
  return format.identities
    .filter((identity) => identity.table === table)
    .filter((identity) => {
      const terms = [...identity.lhs, ...identity.rhs];
      return identity.scope === 'each column' ? terms.includes(row) : terms.includes(column);
    })
    .map((identity) => identity.id);
}
