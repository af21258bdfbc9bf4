// The one offer of the notification permission, shown once the first site is
// limited: the heads-up before a pause is a badge on the toolbar button,
// unseen while the button is not pinned, so one line says so and one button
// turns the gentle notification on. Nothing is asked until it is pressed;
// declining leaves the heads-up on the badge, as before.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Problem } from '@/components/shared/Problem';
import { t } from '@/utils/i18n';
import { logProblem } from '@/utils/log';
import { NOTIFICATIONS } from '@/utils/notify-permission';
import { updateSettings } from '@/utils/store/settings';

export function NotifyOffer() {
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState('');

  function accept() {
    setProblem('');
    // Directly in the click: browsers refuse a request made after an await.
    browser.permissions
      .request(NOTIFICATIONS)
      .then(async (granted) => {
        if (!granted) return setProblem(t('headsUpNotifyDeclined'));
        await updateSettings((s) => ({ ...s, headsUpNotify: true }));
        setOn(true);
      })
      .catch((error: unknown) => {
        logProblem('could not turn the heads-up notification on', error);
        setProblem(t('headsUpNotifyDeclined'));
      });
  }

  return (
    <div class="notify-offer">
      <p aria-live="polite">
        {on ? (
          t('notifyOfferOn')
        ) : (
          <>
            {t('notifyOffer')}{' '}
            <button type="button" class="secondary" onClick={accept}>
              {t('notifyOfferButton')}
            </button>
          </>
        )}
      </p>
      <Problem text={problem} />
    </div>
  );
}
