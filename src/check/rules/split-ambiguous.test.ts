import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ruleTester } from '../rule-tester.js';
import { examples, fittingSplits, rule } from './split-ambiguous.js';

ruleTester(rule, examples);

test('fittingSplits: every cut into cells, no leading zero, each group ending with its sum', () => {
  assert.deepEqual(fittingSplits('112', 3, 3), [[1, 1, 2]]);
  assert.deepEqual(fittingSplits('11112', 3, 3), [
    [1, 11, 12],
    [11, 1, 12],
  ]);
  assert.deepEqual(fittingSplits('1、0、1012', 4, 0), [[1, 0, 10, 12], [1, 0, 101, 2]]);
  assert.deepEqual(fittingSplits('1 0 1012', 4, 2), []);
  assert.deepEqual(fittingSplits('1a2', 2, 0), []);
  assert.deepEqual(fittingSplits('12', 0, 0), []);
});

/** Every cut tried to the end, then filtered: the plain definition the pruned search must agree with. */
function everyFittingCut(raw: string, parts: number, groupSize: number): number[][] {
  const tokens = raw.split(/[\s、,，]+/).filter(Boolean);
  if (parts === 0 || tokens.length === 0 || !tokens.every((t) => /^\d+$/.test(t))) return [];
  const fits = (values: number[]): boolean => {
    for (let start = 0; groupSize > 0 && start < values.length; start += groupSize) {
      const group = values.slice(start, start + groupSize);
      const total = group.pop() ?? 0;
      if (group.reduce((a, b) => a + b, 0) !== total) return false;
    }
    return true;
  };
  const out: number[][] = [];
  const walk = (token: number, offset: number, acc: number[]): void => {
    const digits = tokens[token];
    if (digits === undefined) {
      if (acc.length === parts && fits(acc)) out.push(acc);
      return;
    }
    if (offset === digits.length) return walk(token + 1, 0, acc);
    const maxLength = digits[offset] === '0' ? 1 : digits.length - offset;
    for (let length = 1; length <= maxLength && acc.length < parts; length++) {
      walk(token, offset + length, [...acc, Number(digits.slice(offset, offset + length))]);
    }
  };
  walk(0, 0, []);
  return out.slice(0, 1000);
}

test('fittingSplits finds the same splits, in the same order, as trying every cut', () => {
  const digitRuns = fc.array(fc.stringMatching(/^[0-9]{1,6}$/), { minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(digitRuns, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 4 }), (runs, parts, groupSize) => {
      const raw = runs.join('、');
      assert.deepEqual(fittingSplits(raw, parts, groupSize), everyFittingCut(raw, parts, groupSize));
    }),
    { numRuns: 500 },
  );
});
