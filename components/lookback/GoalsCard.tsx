// Per goal, how often its steps were taken in the last 7 days and this month
// (wins carrying the goal's tag). Shown only to someone with a goal.
import { useLive } from '@/hooks/use-live';
import type { Settings } from '@/utils/core/settings';
import { goalCounts, goalsFrom } from '@/utils/core/steps';
import { t } from '@/utils/i18n';
import { listRange } from '@/utils/store/history';
import { goalStepsWords } from '@/utils/ui/figure-words';

export function GoalsCard({ today, settings }: { today: string; settings: Settings }) {
  const hasGoal = settings.steps.some((s) => s.goal);
  const from = goalsFrom(today);
  const counts = useLive(
    async () => (hasGoal ? goalCounts(settings.steps, await listRange(from, today), today) : []),
    [today, settings, hasGoal],
    ['wins'],
  ).data;
  if (!counts || counts.length === 0) return null;
  return (
    <section class="card goals" aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t('goalsHeading')}</h2>
      <ul>
        {counts.map((g) => (
          <li key={g.tag}>{goalStepsWords(g.goal, g.week, g.month)}</li>
        ))}
      </ul>
    </section>
  );
}
