// Each tag shows once: a tag written in the words is read there, and only the
// tags that are not in them (a goal's) show beside the words.
import { describe, expect, it } from 'vitest';
import { shownTags, tagsFor } from '../../../utils/core/win-rules';

describe('shownTags', () => {
  it('shows a goal’s tag beside words that do not hold it', () => {
    expect(shownTags({ text: 'Wrote a page', tags: ['writing'] })).toEqual(['writing']);
  });

  it('does not repeat a tag the words already hold, in any case', () => {
    const text = 'Wrote a page #Writing';
    const win = { text, tags: tagsFor(text, ['poetry']) };
    expect(win.tags).toEqual(['writing', 'poetry']);
    expect(shownTags(win)).toEqual(['poetry']);
  });

  it('shows a win saved before goal tags were kept apart with its tag once', () => {
    expect(shownTags({ text: 'One page #write-a-book', tags: ['write-a-book'] })).toEqual([]);
  });

  it('shows nothing for a win without tags', () => {
    expect(shownTags({ text: 'Made tea', tags: [] })).toEqual([]);
  });
});
