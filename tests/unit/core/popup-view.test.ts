// The popup stays one screen: it shows the latest few of today's wins and counts the rest.
import { describe, expect, it } from 'vitest';
import { POPUP_LATEST, popupView } from '@/utils/core/popup-view';
import type { Win } from '@/utils/core/win-rules';

const wins = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `w${i}` }) as Win);

describe('what the popup shows of today', () => {
  it('shows every win while there are no more than it has room for', () => {
    expect(popupView(wins(POPUP_LATEST))).toEqual({ shown: wins(POPUP_LATEST), more: 0 });
    expect(popupView([])).toEqual({ shown: [], more: 0 });
  });

  it('shows the latest few and counts the rest', () => {
    const view = popupView(wins(12));
    expect(view.shown.map((w) => w.id)).toEqual(['w9', 'w10', 'w11']);
    expect(view.more).toBe(9);
  });
});
