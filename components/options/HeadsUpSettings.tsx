// The heads-up before the pause: how many minutes before it the badge turns
// calm (off, 1, 2 or 5), and whether one gentle notification goes too. The
// notification permission is optional and asked for in the click that turns
// it on; declined, the heads-up stays on the badge.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Problem } from '@/components/shared/Problem';
import { useSettingsChange } from '@/hooks/use-settings-change';
import { HEADS_UP_CHOICES, type Settings } from '@/utils/core/settings';
import { t } from '@/utils/i18n';
import { logProblem } from '@/utils/log';
import { NOTIFICATIONS, releaseNotificationsIfUnused } from '@/utils/notify-permission';
import { minutesText } from '@/utils/ui/format';

interface Props {
  settings: Settings;
  onStatus: (s: string) => void;
}

export function HeadsUpSettings({ settings, onStatus }: Props) {
  const { shown, change, problem, setProblem } = useSettingsChange(settings, onStatus);
  // On only while the browser allows it too (a backup from another computer
  // may say "on" where the permission was never given).
  const [allowed, setAllowed] = useState<boolean | undefined>(undefined);
  // What the person just chose, shown at once while it is asked and saved.
  const [choice, setChoice] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    browser.permissions.contains(NOTIFICATIONS).then(setAllowed, () => setAllowed(false));
  }, [settings.headsUpNotify]);

  function toggleNotify(on: boolean) {
    setProblem('');
    setChoice(on);
    const done = () => setChoice(undefined);
    if (!on) {
      // Off: the permission goes back too, unless the evening reminder uses it.
      void change({ headsUpNotify: false }).then(releaseNotificationsIfUnused).finally(done);
      return;
    }
    // Directly in the click: browsers refuse a request made after an await.
    browser.permissions
      .request(NOTIFICATIONS)
      .then(
        async (granted) => {
          if (!granted) return setProblem(t('headsUpNotifyDeclined'));
          setAllowed(true);
          await change({ headsUpNotify: true });
        },
        (error: unknown) => {
          logProblem('could not ask to notify', error);
          setProblem(t('headsUpNotifyDeclined'));
        },
      )
      .finally(done);
  }

  return (
    <>
      <div>
        <label for="heads-up">{t('headsUpLabel')}</label>
        <select
          id="heads-up"
          value={String(shown.headsUpMinutes)}
          onChange={(e) => void change({ headsUpMinutes: Number(e.currentTarget.value) })}
        >
          {HEADS_UP_CHOICES.map((n) => (
            <option key={n} value={String(n)}>
              {n === 0 ? t('headsUpOff') : minutesText(n)}
            </option>
          ))}
        </select>
      </div>
      <div class="check">
        <input
          id="heads-up-notify"
          type="checkbox"
          checked={choice ?? (shown.headsUpNotify && allowed !== false)}
          disabled={shown.headsUpMinutes === 0}
          onChange={(e) => toggleNotify(e.currentTarget.checked)}
        />
        <label for="heads-up-notify">{t('headsUpNotifyLabel')}</label>
      </div>
      <Problem text={problem} />
    </>
  );
}
