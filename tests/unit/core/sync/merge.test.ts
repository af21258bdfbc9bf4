// The merge of copies from several computers: whatever order they arrive in,
// however often, each key settles on the same version everywhere; clocks that
// disagree by a day decide nothing; edits and deletions are never undone by
// an older copy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Doc, type Entry, mergeAll, mergeDocs } from '@/utils/core/sync/model';
import { stampChanges } from '@/utils/core/sync/stamp';

const entry: fc.Arbitrary<Entry> = fc.record({
  n: fc.integer({ min: 1, max: 6 }),
  c: fc.constantFrom('aaaaaaaa', 'bbbbbbbb', 'cccccccc'),
  d: fc.oneof(fc.constant(null), fc.string({ maxLength: 3 })),
});
const doc: fc.Arbitrary<Doc> = fc.dictionary(fc.constantFrom('w:1', 'w:2', 's:x', 'site:a'), entry);

describe('merging copies', () => {
  it('gives the same result whichever copy comes first (commutative)', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        expect(mergeDocs(a, b)).toEqual(mergeDocs(b, a));
      }),
    );
  });

  it('gives the same result however three copies are grouped (associative)', () => {
    fc.assert(
      fc.property(doc, doc, doc, (a, b, c) => {
        expect(mergeDocs(mergeDocs(a, b), c)).toEqual(mergeDocs(a, mergeDocs(b, c)));
      }),
    );
  });

  it('changes nothing when a copy arrives twice (idempotent)', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        expect(mergeDocs(a, a)).toEqual(a);
        expect(mergeDocs(mergeDocs(a, b), b)).toEqual(mergeDocs(a, b));
      }),
    );
  });

  it('settles on the same records on every computer, in any order of arrival', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 5 }), fc.integer(), (docs, seed) => {
        const shuffled = [...docs].sort(
          (x, y) =>
            ((JSON.stringify(x).length * seed) % 7) - ((JSON.stringify(y).length * seed) % 7),
        );
        expect(mergeAll(shuffled)).toEqual(mergeAll(docs));
      }),
    );
  });
});

const own = (id: string) => ({ own: id, from: '2026-01-01' });
const win = (text: string) => ({ d: { id: '1', text }, day: '2026-03-01' });

describe('versions that survive clocks a day apart', () => {
  it('keeps an edit made after seeing a copy, even on a computer whose clock is a day behind', () => {
    // Computer A (clock right) writes; B (clock a day behind) sees it, then edits.
    const a = stampChanges({}, { 'w:1': win('first') }, own('aaaaaaaa'), {
      joining: false,
      seen: [],
    });
    const b = stampChanges(a, { 'w:1': win('edited on B') }, own('bbbbbbbb'), {
      joining: false,
      seen: [a],
    });
    // Wall clocks take no part: only what each computer had seen counts.
    expect(mergeDocs(a, b)['w:1']?.d).toEqual({ id: '1', text: 'edited on B' });
    expect(mergeDocs(b, a)['w:1']?.d).toEqual({ id: '1', text: 'edited on B' });
  });

  it('never brings back a deleted win from an older copy', () => {
    const a = stampChanges({}, { 'w:1': win('hello') }, own('aaaaaaaa'), {
      joining: false,
      seen: [],
    });
    const b = stampChanges(a, {}, own('bbbbbbbb'), { joining: false, seen: [a] });
    expect(b['w:1']?.d).toBeNull();
    expect(mergeAll([a, b, a])['w:1']?.d).toBeNull();
  });

  it('settles the same win edited on two computers at once the same way on both', () => {
    const base = stampChanges({}, { 'w:1': win('base') }, own('aaaaaaaa'), {
      joining: false,
      seen: [],
    });
    const onA = stampChanges(base, { 'w:1': win('A') }, own('aaaaaaaa'), {
      joining: false,
      seen: [],
    });
    const onB = stampChanges(base, { 'w:1': win('B') }, own('bbbbbbbb'), {
      joining: false,
      seen: [],
    });
    const atA = mergeDocs(onA, onB);
    const atB = mergeDocs(onB, onA);
    expect(atA).toEqual(atB);
    expect(atA['w:1']?.d).toEqual({ id: '1', text: 'B' });
  });

  it('leaves older days it does not hold alone, and never counts another computer’s minutes as deleted', () => {
    const known: Doc = {
      'w:old': { n: 1, c: 'bbbbbbbb', d: { id: 'old' }, day: '2025-01-01' },
      'u:2026-03-01|a.test|bbbbbbbb': { n: 2, c: 'bbbbbbbb', d: { ms: 5 }, day: '2026-03-01' },
    };
    expect(stampChanges(known, {}, own('aaaaaaaa'), { joining: false, seen: [] })).toEqual(known);
  });

  it('lets a computer that is joining adopt what travels and add only what it alone has', () => {
    const shared: Doc = {
      'w:1': { n: 4, c: 'bbbbbbbb', d: { id: '1', text: 'shared' }, day: '2026-03-01' },
    };
    const joined = stampChanges(
      shared,
      { 'w:1': win('stale copy'), 'w:2': { d: { id: '2' }, day: '2026-03-02' } },
      own('cccccccc'),
      { joining: true, seen: [shared] },
    );
    expect(joined['w:1']).toEqual(shared['w:1']);
    expect(joined['w:2']).toEqual({ n: 5, c: 'cccccccc', d: { id: '2' }, day: '2026-03-02' });
  });
});
