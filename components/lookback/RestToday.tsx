// Today as a rest day: one press marks it (no evening reminder, no recap
// offered), one more unmarks it. A rest weekday from the options is shown as
// rest too, and changed there. Rest is a normal part of a week, never a gap.

import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { isRestDay, weekdayOf } from '@/utils/core/nudge';
import type { Settings } from '@/utils/core/settings';
import { t } from '@/utils/i18n';
import { updateSettings } from '@/utils/store/settings';

export function RestToday({ today, settings }: { today: string; settings: Settings }) {
  const { busy, problem, run } = useAction();
  const rest = isRestDay(today, settings.restWeekdays, settings.restDays);
  const byWeekday = settings.restWeekdays.includes(weekdayOf(today));
  const mark = (on: boolean) =>
    void run(async () => {
      await updateSettings((s) => ({
        ...s,
        restDays: on ? [...s.restDays, today] : s.restDays.filter((d) => d !== today),
      }));
    });
  return (
    <section class="card rest-today" aria-label={t('restTodayLabel')}>
      {rest && <p role="status">{t('restTodayIs')}</p>}
      {!byWeekday && (
        <button type="button" class="secondary" disabled={busy} onClick={() => mark(!rest)}>
          {rest ? t('restTodayUnmark') : t('restTodayMark')}
        </button>
      )}
      <Problem text={problem} />
    </section>
  );
}
