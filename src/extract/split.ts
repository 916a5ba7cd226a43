/**
 * Recovers cells whose separators a lossy extractor dropped: `21710000218` for seven cells is 217,1,0,0,0,0,218 because
 * the row total must equal the sum of the others. Every split that fits is returned; the caller decides.
 */

/** Upper bound on candidate rows; beyond it the split is reported as ambiguous rather than searched further. */
export const MAX_CANDIDATES = 20000;

/**
 * All ways to cut `digits` into `parts` numbers without leading zeros (a lone 0 is fine). A leading sign stays with
 * the first number and a decimal fraction with the last: `+33` → +3, 3; `34396.74` → 3, 4396.74 or 34, 396.74 …
 */
export function splitDigits(digits: string, parts: number, limit = MAX_CANDIDATES): number[][] {
  const m = /^([+-]?)(\d+)(\.\d+)?$/.exec(digits);
  if (!m?.[2]) return [];
  const sign = m[1] ?? '';
  const body = m[2];
  const fraction = m[3] ?? '';
  const out: number[][] = [];
  const current: string[] = [];
  const finish = (): void => {
    const last = current.length - 1;
    out.push(current.map((part, i) => Number(`${i === 0 ? sign : ''}${part}${i === last ? fraction : ''}`)));
  };
  const walk = (start: number, remaining: number): void => {
    if (out.length >= limit) return;
    const left = body.length - start;
    if (remaining === 1) {
      const rest = body.slice(start);
      if (rest.length > 0 && (rest.length === 1 || rest[0] !== '0')) {
        current.push(rest);
        finish();
        current.pop();
      }
      return;
    }
    const maxLength = body[start] === '0' ? 1 : left - (remaining - 1);
    for (let length = 1; length <= maxLength; length++) {
      current.push(body.slice(start, start + length));
      walk(start + length, remaining - 1);
      current.pop();
    }
  };
  if (parts >= 1 && parts <= body.length) walk(0, parts);
  return out;
}

export interface SplitPiece {
  /** Digits of a token that may hold several cells, or a fixed value that holds exactly one. */
  digits?: string;
  value: number | null;
}

/**
 * Full rows of `expected` values that the pieces can make when the splittable ones are cut into extra parts,
 * filtered by `fits`. Each result lists, per piece, how many parts it became, so provenance can follow.
 */
export function splitRow(
  pieces: SplitPiece[],
  expected: number,
  fits: (values: Array<number | null>) => boolean,
  limit = MAX_CANDIDATES,
): Array<{ values: Array<number | null>; parts: number[] }> {
  const deficit = expected - pieces.length;
  if (deficit <= 0) return [];
  const splittable = pieces.map((p, i) => (p.digits && digitCount(p.digits) > 1 ? i : -1)).filter((i) => i >= 0);
  if (splittable.length === 0) return [];
  const results: Array<{ values: Array<number | null>; parts: number[] }> = [];
  const extra = new Array<number>(pieces.length).fill(0);

  const emit = (): void => {
    const options = pieces.map((p, i) => (extra[i] ? splitDigits(p.digits ?? '', 1 + (extra[i] ?? 0), limit) : [[p.value]]));
    const combine = (i: number, acc: Array<number | null>): void => {
      if (results.length >= limit) return;
      if (i === pieces.length) {
        if (fits(acc)) results.push({ values: [...acc], parts: pieces.map((_, k) => 1 + (extra[k] ?? 0)) });
        return;
      }
      for (const option of options[i] ?? []) combine(i + 1, [...acc, ...option]);
    };
    combine(0, []);
  };

  const distribute = (k: number, remaining: number): void => {
    if (results.length >= limit) return;
    const index = splittable[k];
    if (index === undefined) {
      if (remaining === 0) emit();
      return;
    }
    const capacity = digitCount(pieces[index]?.digits ?? '0') - 1;
    for (let e = 0; e <= Math.min(capacity, remaining); e++) {
      extra[index] = e;
      distribute(k + 1, remaining - e);
    }
    extra[index] = 0;
  };
  distribute(0, deficit);
  return results;
}

/** Digits before any fraction: how many numbers a glued run can hold at most. */
function digitCount(digits: string): number {
  return /^[+-]?(\d+)/.exec(digits)?.[1]?.length ?? 0;
}
