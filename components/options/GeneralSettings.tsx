// Snooze length, the start of the day, recap hour, first day of the week,
// review day, the badge, the heads-up before the pause, and the evening
// reminder with rest days, and the person's own questions.

import { HeadsUpSettings } from '@/components/options/HeadsUpSettings';
import { NudgeSettings } from '@/components/options/NudgeSettings';
import { PromptSettings } from '@/components/options/PromptSettings';
import { Problem } from '@/components/shared/Problem';
import { useSettingsChange } from '@/hooks/use-settings-change';
import { REVIEW_ON_WEEK_END, type Settings } from '@/utils/core/settings';
import {
  languageWeekStart,
  WEEK_START_CHOICES,
  WEEK_START_FROM_LANGUAGE,
  weekdaysFrom,
  weekEndOf,
} from '@/utils/core/week-start';
import { t, uiLanguage } from '@/utils/i18n';
import { hourLabel, weekdayName } from '@/utils/ui/calendar-format';
import { weekStartFor } from '@/utils/ui/week';

interface NumberSelectProps {
  id: string;
  label: string;
  value: number;
  options: number[];
  format?: (n: number) => string;
  onChange: (n: number) => Promise<void>;
}

function NumberSelect({ id, label, value, options, format = String, onChange }: NumberSelectProps) {
  return (
    <div>
      <label for={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(e) => void onChange(Number(e.currentTarget.value))}
      >
        {options.map((n) => (
          <option key={n} value={String(n)}>
            {format(n)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function GeneralSettings({
  settings,
  onStatus,
}: {
  settings: Settings;
  onStatus: (s: string) => void;
}) {
  const { shown, change, problem } = useSettingsChange(settings, onStatus);
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  const weekStart = weekStartFor(shown);
  return (
    <div class="general">
      <NumberSelect
        id="snooze"
        label={t('snoozeLabel')}
        value={shown.snoozeMinutes}
        options={[1, 2, 5, 10, 15]}
        onChange={(snoozeMinutes) => change({ snoozeMinutes })}
      />
      <NumberSelect
        id="day-start"
        label={t('dayStartLabel')}
        value={shown.dayStartHour}
        options={range(0, 12)}
        format={hourLabel}
        onChange={(dayStartHour) => change({ dayStartHour })}
      />
      <NumberSelect
        id="recap-hour"
        label={t('recapHourLabel')}
        value={shown.recapHour}
        options={range(12, 12)}
        format={hourLabel}
        onChange={(recapHour) => change({ recapHour })}
      />
      <NumberSelect
        id="week-start"
        label={t('weekStartLabel')}
        value={shown.weekStart}
        options={[...WEEK_START_CHOICES]}
        format={(d) =>
          d === WEEK_START_FROM_LANGUAGE
            ? t('weekStartLanguage', weekdayName(languageWeekStart(uiLanguage())))
            : weekdayName(d)
        }
        onChange={(weekStart) => change({ weekStart })}
      />
      <NumberSelect
        id="review-weekday"
        label={t('reviewWeekdayLabel')}
        value={shown.reviewWeekday}
        options={[REVIEW_ON_WEEK_END, ...weekdaysFrom(weekStart)]}
        format={(d) =>
          d === REVIEW_ON_WEEK_END
            ? t('reviewWeekEnd', weekdayName(weekEndOf(weekStart)))
            : weekdayName(d)
        }
        onChange={(reviewWeekday) => change({ reviewWeekday })}
      />
      <div class="check">
        <input
          id="badge"
          type="checkbox"
          checked={shown.showBadge}
          onChange={(e) => void change({ showBadge: e.currentTarget.checked })}
        />
        <label for="badge">{t('badgeLabel')}</label>
      </div>
      <div class="check">
        <input
          id="hide-on-start"
          type="checkbox"
          checked={shown.hideOnStart}
          onChange={(e) => void change({ hideOnStart: e.currentTarget.checked })}
        />
        <label for="hide-on-start">{t('screenSafeSetting')}</label>
      </div>
      <HeadsUpSettings settings={settings} onStatus={onStatus} />
      <NudgeSettings settings={settings} onStatus={onStatus} />
      <PromptSettings settings={settings} onStatus={onStatus} />
      <Problem text={problem} />
    </div>
  );
}
