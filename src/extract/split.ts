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
  // Where each part so far starts; a part's digits are sliced and read only when a whole split is found. A glued row
  // of seven cells is cut some two hundred ways, and slicing at every step of the search cost more than the cuts.
  const starts: number[] = [];
  const finish = (): void => {
    const last = starts.length - 1;
    const values: number[] = [];
    for (let i = 0; i <= last; i++) {
      const part = body.slice(starts[i], i === last ? body.length : starts[i + 1]);
      // Sign and fraction are pasted on only where there are any: most runs are bare digits.
      const signed = (i === 0 && sign !== '') || (i === last && fraction !== '');
      values.push(signed ? Number(`${i === 0 ? sign : ''}${part}${i === last ? fraction : ''}`) : Number(part));
    }
    out.push(values);
  };
  const walk = (start: number, remaining: number): void => {
    if (out.length >= limit) return;
    const left = body.length - start;
    if (remaining === 1) {
      // The last part takes the rest: one digit, or more without a leading zero.
      if (left > 0 && (left === 1 || body.charCodeAt(start) !== ZERO)) {
        starts.push(start);
        finish();
        starts.pop();
      }
      return;
    }
    const maxLength = body.charCodeAt(start) === ZERO ? 1 : left - (remaining - 1);
    starts.push(start);
    for (let length = 1; length <= maxLength; length++) walk(start + length, remaining - 1);
    starts.pop();
  };
  if (parts >= 1 && parts <= body.length) walk(0, parts);
  return out;
}

const ZERO = 0x30;

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
    // One row of values grown and shrunk as the search goes, copied only for a row that fits (fits keeps no row).
    const acc: Array<number | null> = [];
    const combine = (i: number): void => {
      if (results.length >= limit) return;
      if (i === pieces.length) {
        if (fits(acc)) results.push({ values: acc.slice(), parts: pieces.map((_, k) => 1 + (extra[k] ?? 0)) });
        return;
      }
      const before = acc.length;
      for (const option of options[i] ?? []) {
        for (let k = 0; k < option.length; k++) acc.push(option[k] ?? null);
        combine(i + 1);
        // Popped, not cut by setting the length: that is a call into the runtime, many times dearer than a pop.
        while (acc.length > before) acc.pop();
      }
    };
    combine(0);
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
