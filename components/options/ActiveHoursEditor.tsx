// A site's active hours: which days and from when to when its budget applies
// (an end before the start runs past midnight), or every hour. Saved through
// the settings, which the worker follows at once.
import { useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { normalizeActiveHours } from '@/utils/core/active-hours';
import type { SiteRule } from '@/utils/core/sites';
import { t } from '@/utils/i18n';
import { updateSettings } from '@/utils/store/settings';
import { weekdayName, weekdayShort } from '@/utils/ui/calendar-format';
import { hoursText, parseClock, timeValue } from '@/utils/ui/hours-words';

const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

interface Props {
  rule: SiteRule;
  onStatus: (s: string) => void;
}

export function ActiveHoursEditor({ rule, onStatus }: Props) {
  const hours = rule.activeHours;
  const [days, setDays] = useState<number[]>(hours?.days ?? [1, 2, 3, 4, 5]);
  const [from, setFrom] = useState(timeValue(hours?.from ?? 9 * 60));
  const [to, setTo] = useState(timeValue(hours?.to ?? 17 * 60));
  const { problem, setProblem, run } = useAction();
  const id = `hours-${rule.host}`;

  const store = (activeHours: SiteRule['activeHours']) =>
    run(async () => {
      await updateSettings((s) => ({
        ...s,
        sites: s.sites.map((r) => {
          if (r.host !== rule.host) return r;
          const { activeHours: _old, ...rest } = r;
          return activeHours ? { ...rest, activeHours } : rest;
        }),
      }));
      onStatus(t('hoursSaved', rule.label, hoursText(activeHours)));
    });

  function save(event: Event) {
    event.preventDefault();
    const chosen = normalizeActiveHours({ days, from: parseClock(from), to: parseClock(to) });
    if (!chosen) {
      setProblem(t('hoursError'));
      return;
    }
    void store(chosen);
  }

  const toggle = (day: number, on: boolean) => {
    setDays((current) => (on ? [...current, day] : current.filter((d) => d !== day)));
    setProblem('');
  };

  return (
    <details class="hours">
      <summary>{t('hoursToggle')}</summary>
      <form onSubmit={save} noValidate>
        <fieldset>
          <legend>{t('hoursLegend', rule.label)}</legend>
          <div class="days">
            {MONDAY_FIRST.map((day) => (
              <label key={day} title={weekdayName(day)}>
                <input
                  type="checkbox"
                  checked={days.includes(day)}
                  aria-label={weekdayName(day)}
                  onChange={(e) => toggle(day, e.currentTarget.checked)}
                />
                <span aria-hidden="true">{weekdayShort(day)}</span>
              </label>
            ))}
          </div>
          <div class="times">
            <label for={`${id}-from`}>{t('hoursFrom')}</label>
            <input
              id={`${id}-from`}
              type="time"
              value={from}
              onInput={(e) => setFrom(e.currentTarget.value)}
            />
            <label for={`${id}-to`}>{t('hoursTo')}</label>
            <input
              id={`${id}-to`}
              type="time"
              value={to}
              onInput={(e) => setTo(e.currentTarget.value)}
            />
          </div>
          <p class="hint">{t('hoursHint')}</p>
          <div class="actions">
            <button type="submit" class="secondary">
              {t('hoursSave')}
            </button>
            {hours && (
              <button type="button" class="secondary" onClick={() => store(undefined)}>
                {t('hoursClear')}
              </button>
            )}
          </div>
          <Problem text={problem} />
        </fieldset>
      </form>
    </details>
  );
}
