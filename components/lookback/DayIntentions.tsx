// The day's site intentions, shown gently in the evening recap: what the
// person said they came to each limited site for, as they said it. Nothing
// when there were none.
import { useLive } from '@/hooks/use-live';
import { displaySite } from '@/utils/core/sites';
import { t } from '@/utils/i18n';
import { visitsOfDay } from '@/utils/store/reflections';

export function DayIntentions({ day }: { day: string }) {
  const live = useLive(() => visitsOfDay(day), [day], ['reflections']);
  const visits = live.data ?? [];
  if (visits.length === 0) return null;
  return (
    <div class="day-intentions">
      <h3 id="day-intentions-heading">{t('recapIntentionsHeading')}</h3>
      <ul aria-labelledby="day-intentions-heading">
        {visits.map((v) => (
          <li key={v.id}>{t('recapIntentionLine', displaySite(v.site ?? ''), v.text)}</li>
        ))}
      </ul>
    </div>
  );
}
