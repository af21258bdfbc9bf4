// Beside the recap the evening reminder opened: "in an hour" and "no more
// reminders", the same choices Chromium puts on the notification itself
// (Firefox shows no buttons on notifications, so this is where they live there).
import { useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { t } from '@/utils/i18n';
import { snoozeNudge, stopNudges } from '@/utils/nudge-alarm';

export function NudgeChoices() {
  const { busy, problem, run } = useAction();
  const [status, setStatus] = useState('');
  const choose = (act: () => Promise<void>, done: string) =>
    void run(async () => {
      await act();
      setStatus(done);
    });
  return (
    <section class="card nudge-choices" aria-label={t('nudgeChoicesLabel')}>
      <div class="row">
        <button
          type="button"
          class="secondary"
          disabled={busy}
          onClick={() => choose(() => snoozeNudge(), t('nudgeSnoozed'))}
        >
          {t('nudgeSnooze')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={busy}
          onClick={() => choose(stopNudges, t('nudgeTurnedOff'))}
        >
          {t('nudgeOff')}
        </button>
      </div>
      <p class="status" role="status">
        {status}
      </p>
      <Problem text={problem} />
    </section>
  );
}
