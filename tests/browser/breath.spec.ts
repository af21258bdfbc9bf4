// The pause's breathing guide breathes for about a minute, then rests as the
// still sentence Skip and reduced motion show, so a pause left open in a tab
// repaints nothing more; keyboard focus on Skip is not lost as it goes. In
// both browsers. The breaths are run to their end through the page's own
// animations (an endless one cannot be: finish() throws), so no test waits
// a minute.
import { type App, expect, test } from './fixtures';
import type { Tab } from './tab';

const STILL = 'Take one slow breath in, and let it out.';

/** What the guide shows: the focused element's words, whether Skip is there, and animations running. */
const guide = (tab: Tab) =>
  tab.evaluate(
    () => ({
      focused: document.activeElement?.textContent ?? '',
      skip: document.querySelector('button.skip') !== null,
      moving: document.getAnimations().length,
    }),
    null,
  );

/** The pause with its guide breathing and keyboard focus on Skip. */
async function breathingWithSkipFocused(app: App): Promise<Tab> {
  const pause = await app.open('pause');
  await expect.poll(() => guide(pause)).toMatchObject({ skip: true, moving: 3 });
  await pause.focus('button.skip');
  return pause;
}

test('the breathing guide rests after seven breaths, and focus on Skip moves to the still sentence', async ({
  app,
}) => {
  const pause = await breathingWithSkipFocused(app);
  const lengths = await pause.evaluate(
    () =>
      document.getAnimations().map((animation) => {
        const length = animation.effect?.getComputedTiming().activeDuration;
        animation.finish();
        return length;
      }),
    null,
  );
  expect(lengths).toEqual([56_000, 56_000, 56_000]);
  await expect.poll(() => guide(pause)).toEqual({ focused: STILL, skip: false, moving: 0 });
});

test('Skip from the keyboard rests the guide at once and says the still sentence there', async ({
  app,
}) => {
  const pause = await breathingWithSkipFocused(app);
  await pause.press('Enter');
  await expect.poll(() => guide(pause)).toEqual({ focused: STILL, skip: false, moving: 0 });
});
