// axe-core on the screens of a day with a gentle shape: the evening
// reminder's settings with rest weekdays, the recap a reminder opens with its
// choices, and the new tab on a rest day; light and dark.
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ theme: colorScheme });

    test('the reminder settings, the recap a reminder opens and a rest day pass axe', async ({
      context,
      openOptions,
    }) => {
      const options = await openOptions();
      await expect(options.getByLabel('Reminder time (empty for none)')).toBeVisible();
      expect(await seriousViolations(options)).toEqual([]);

      const recap = await context.newPage();
      await recap.goto(options.url().replace('options.html', 'newtab.html?recap=nudge'));
      await expect(recap.getByRole('textbox', { name: 'Good thing 1' })).toBeFocused();
      await expect(recap.getByRole('button', { name: 'In an hour' })).toBeVisible();
      expect(await seriousViolations(recap)).toEqual([]);

      await recap.getByRole('button', { name: 'Make today a rest day' }).click();
      await expect(recap.getByText('Today is a rest day. Resting counts too.')).toBeVisible();
      expect(await seriousViolations(recap)).toEqual([]);
    });
  });
}
