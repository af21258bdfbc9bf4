// Snooze length, the start of the day, recap hour, review day, and the badge.
import { t, uiLanguage } from '../utils/i18n';
import { type Settings, updateSettings } from '../utils/settings';

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
  const change = async (patch: Partial<Settings>) => {
    await updateSettings((s) => ({ ...s, ...patch }));
    onStatus(t('settingsSaved'));
  };
  const hourLabel = (h: number) =>
    new Intl.DateTimeFormat(uiLanguage(), { hour: 'numeric', minute: '2-digit' }).format(
      new Date(2000, 0, 1, h),
    );
  // 2023-01-01 was a Sunday: day d of that week is weekday d.
  const weekdayLabel = (d: number) =>
    new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long' }).format(new Date(2023, 0, 1 + d));
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  return (
    <div class="general">
      <NumberSelect
        id="snooze"
        label={t('snoozeLabel')}
        value={settings.snoozeMinutes}
        options={[1, 2, 5, 10, 15]}
        onChange={(snoozeMinutes) => change({ snoozeMinutes })}
      />
      <NumberSelect
        id="day-start"
        label={t('dayStartLabel')}
        value={settings.dayStartHour}
        options={range(0, 12)}
        format={hourLabel}
        onChange={(dayStartHour) => change({ dayStartHour })}
      />
      <NumberSelect
        id="recap-hour"
        label={t('recapHourLabel')}
        value={settings.recapHour}
        options={range(12, 12)}
        format={hourLabel}
        onChange={(recapHour) => change({ recapHour })}
      />
      <NumberSelect
        id="review-weekday"
        label={t('reviewWeekdayLabel')}
        value={settings.reviewWeekday}
        options={[1, 2, 3, 4, 5, 6, 0]}
        format={weekdayLabel}
        onChange={(reviewWeekday) => change({ reviewWeekday })}
      />
      <div class="check">
        <input
          id="badge"
          type="checkbox"
          checked={settings.showBadge}
          onChange={(e) => void change({ showBadge: e.currentTarget.checked })}
        />
        <label for="badge">{t('badgeLabel')}</label>
      </div>
    </div>
  );
}
