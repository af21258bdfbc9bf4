// The kind line after a save takes turns: consecutive saves never hear the
// same words, every line comes round, and any number picks a real line.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_LINES, kindLine } from '../../../utils/ui/kind-lines';

describe('kindLine', () => {
  it('gives a different line to two saves in a row', () => {
    fc.assert(fc.property(fc.integer(), (turn) => kindLine(turn) !== kindLine(turn + 1)));
  });

  it('comes round to every line, starting anywhere', () => {
    for (const start of [0, 7, -3, 1_765_000_000]) {
      const heard = new Set(KIND_LINES.map((_, i) => kindLine(start + i)));
      expect(heard).toEqual(new Set(KIND_LINES));
    }
  });

  it('picks a real line for any number, even one that is not a whole number', () => {
    for (const turn of [Number.NaN, Number.POSITIVE_INFINITY, -0.5, 2.7, Number.MAX_SAFE_INTEGER]) {
      expect(KIND_LINES).toContain(kindLine(turn));
    }
  });

  it('has words for every line in every language, and several distinct ones', () => {
    for (const lang of ['en', 'es', 'de', 'fr', 'pt_BR', 'ja', 'ar']) {
      const messages = JSON.parse(
        readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'),
      ) as Record<string, { message: string }>;
      const words = KIND_LINES.map((key) => messages[key]?.message);
      expect(words.every((w) => w && w.trim().length > 0)).toBe(true);
      expect(new Set(words).size).toBe(KIND_LINES.length);
    }
  });
});
