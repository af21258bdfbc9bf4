// The evening reminder: a clock time (empty for none, the default), the days
// it may come on, and the weekdays that are always rest days (no reminder, no
// recap offered). The notification permission is optional and asked for in
// the click that saves a time, as the heads-up asks; declined, nothing is on.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Problem } from '@/components/shared/Problem';
import { useSettingsChange } from '@/hooks/use-settings-change';
import type { Settings } from '@/utils/core/settings';
import { t } from '@/utils/i18n';
import { logProblem } from '@/utils/log';
import { releaseNotificationsIfUnused } from '@/utils/notify-permission';
import { weekdayName, weekdayShort } from '@/utils/ui/calendar-format';
import { parseClock, timeValue } from '@/utils/ui/hours-words';

const NOTIFICATIONS: { permissions: ['notifications'] } = { permissions: ['notifications'] };
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

interface Props {
  settings: Settings;
  onStatus: (s: string) => void;
}

function Weekdays(props: {
  id: string;
  legend: string;
  chosen: number[];
  onChange: (days: number[]) => void;
}) {
  return (
    <fieldset class="weekdays" id={props.id}>
      <legend>{props.legend}</legend>
      {MONDAY_FIRST.map((day) => (
        <label key={day} title={weekdayName(day)}>
          <input
            type="checkbox"
            checked={props.chosen.includes(day)}
            aria-label={weekdayName(day)}
            onChange={(e) =>
              props.onChange(
                e.currentTarget.checked
                  ? [...props.chosen, day]
                  : props.chosen.filter((d) => d !== day),
              )
            }
          />
          <span aria-hidden="true">{weekdayShort(day)}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function NudgeSettings({ settings, onStatus }: Props) {
  const { shown, change, problem, setProblem } = useSettingsChange(settings, onStatus);
  const saved = settings.nudgeMinute === null ? '' : timeValue(settings.nudgeMinute);
  const [time, setTime] = useState(saved);
  useEffect(() => setTime(saved), [saved]);

  function save(event: Event) {
    event.preventDefault();
    setProblem('');
    if (time.trim() === '') {
      // Off: the permission goes back too, unless the heads-up uses it.
      void change({ nudgeMinute: null }).then(releaseNotificationsIfUnused);
      return;
    }
    const minute = parseClock(time);
    if (minute === null) return setProblem(t('nudgeTimeProblem'));
    // Directly in the click: browsers refuse a request made after an await.
    browser.permissions.request(NOTIFICATIONS).then(
      async (granted) => {
        if (!granted) return setProblem(t('nudgeDeclined'));
        await change({ nudgeMinute: minute });
      },
      (error: unknown) => {
        logProblem('could not ask to notify', error);
        setProblem(t('nudgeDeclined'));
      },
    );
  }

  return (
    <div class="nudge">
      <h3>{t('nudgeHeading')}</h3>
      <p class="hint">{t('nudgeIntro')}</p>
      <form class="row" onSubmit={save} noValidate>
        <label for="nudge-time">{t('nudgeTimeLabel')}</label>
        <input
          id="nudge-time"
          type="time"
          value={time}
          aria-invalid={problem ? true : undefined}
          onInput={(e) => {
            setTime(e.currentTarget.value);
            setProblem('');
          }}
        />
        <button type="submit" class="secondary">
          {t('nudgeSave')}
        </button>
      </form>
      <Weekdays
        id="nudge-days"
        legend={t('nudgeDaysLabel')}
        chosen={shown.nudgeWeekdays}
        onChange={(nudgeWeekdays) => void change({ nudgeWeekdays })}
      />
      <Weekdays
        id="rest-days"
        legend={t('restWeekdaysLabel')}
        chosen={shown.restWeekdays}
        onChange={(restWeekdays) => void change({ restWeekdays })}
      />
      <Problem text={problem} />
    </div>
  );
}
