// Snooze length, the start of the day, and the badge.
import { t } from '../utils/i18n';
import { type Settings, updateSettings } from '../utils/settings';

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
  const hours = Array.from({ length: 12 }, (_, h) => h);
  const hourLabel = (h: number) =>
    new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(
      new Date(2000, 0, 1, h),
    );
  // 2023-01-01 was a Sunday: day d of that week is weekday d.
  const weekdayLabel = (d: number) =>
    new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(new Date(2023, 0, 1 + d));
  return (
    <div class="general">
      <div>
        <label for="snooze">{t('snoozeLabel')}</label>
        <select
          id="snooze"
          value={String(settings.snoozeMinutes)}
          onChange={(e) => void change({ snoozeMinutes: Number(e.currentTarget.value) })}
        >
          {[1, 2, 5, 10, 15].map((m) => (
            <option key={m} value={String(m)}>
              {m}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="day-start">{t('dayStartLabel')}</label>
        <select
          id="day-start"
          value={String(settings.dayStartHour)}
          onChange={(e) => void change({ dayStartHour: Number(e.currentTarget.value) })}
        >
          {hours.map((h) => (
            <option key={h} value={String(h)}>
              {hourLabel(h)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="recap-hour">{t('recapHourLabel')}</label>
        <select
          id="recap-hour"
          value={String(settings.recapHour)}
          onChange={(e) => void change({ recapHour: Number(e.currentTarget.value) })}
        >
          {Array.from({ length: 12 }, (_, i) => i + 12).map((h) => (
            <option key={h} value={String(h)}>
              {hourLabel(h)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="review-weekday">{t('reviewWeekdayLabel')}</label>
        <select
          id="review-weekday"
          value={String(settings.reviewWeekday)}
          onChange={(e) => void change({ reviewWeekday: Number(e.currentTarget.value) })}
        >
          {[1, 2, 3, 4, 5, 6, 0].map((d) => (
            <option key={d} value={String(d)}>
              {weekdayLabel(d)}
            </option>
          ))}
        </select>
      </div>
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
