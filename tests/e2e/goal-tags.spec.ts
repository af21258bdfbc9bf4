// A goal written in a script with combining marks gives its wins a whole tag
// ("हिंदी लिखना" → #हिंदी-लिखना, not #ह-द-ल-खन), and a chip saves the
// person's words as written, with the tag shown beside them.
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

test('a Hindi goal tags its step’s wins whole, beside the words', async ({
  openOptions,
  openPopup,
}) => {
  const options = new OptionsPage(await openOptions());
  await options.addStep('एक पन्ना लिखा', { goal: 'हिंदी लिखना' });

  const popup = new PopupPage(await openPopup());
  await expect(popup.chips.first()).toHaveText('एक पन्ना लिखा · हिंदी लिखना');
  await popup.chips.first().click();
  await expect(popup.todayTexts).toHaveText(['एक पन्ना लिखा']);
  await expect(popup.todayItems.first().getByRole('listitem')).toHaveText(['#हिंदी-लिखना']);
});
