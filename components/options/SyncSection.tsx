// Opt-in sync through the browser's own storage.sync: the switch, one line
// on what travels and how, this computer's name, a meter of the space used
// and the days of wins travelling, and kind words when space runs short or
// something from sync could not be read. The worker does the syncing.
import { useEffect, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { useSyncState } from '@/hooks/use-sync-state';
import { t } from '@/utils/i18n';
import type { SyncState } from '@/utils/store/sync/items';
import {
  MAX_NAME_LENGTH,
  renameComputer,
  turnSyncOff,
  turnSyncOn,
} from '@/utils/store/sync/switch';
import { plural } from '@/utils/ui/plural';

function Meter({ state }: { state: SyncState }) {
  const meter = state.meter;
  if (!meter) return <p class="hint">{t('syncWaiting')}</p>;
  const used = Math.max(1, Math.ceil(meter.bytes / 1024));
  const quota = Math.floor(meter.quota / 1024);
  return (
    <div class="sync-meter">
      <meter
        min={0}
        max={meter.quota}
        value={meter.bytes}
        aria-label={t('syncMeter', used, quota)}
      />
      <p>
        {t('syncMeter', used, quota)} {plural('syncDays', meter.days, meter.days)}
      </p>
      {meter.behind > 0 && (
        <p class="reminder">{plural('syncBehind', meter.behind, meter.behind)}</p>
      )}
    </div>
  );
}

export function SyncSection({ onStatus }: { onStatus: (s: string) => void }) {
  const state = useSyncState();
  const { busy, problem, run } = useAction();
  const [name, setName] = useState('');
  useEffect(() => setName(state?.name ?? ''), [state?.name]);
  // Shown as chosen at once; the stored state follows (and wins if it differs later).
  const [checked, setChecked] = useState(false);
  useEffect(() => setChecked(state?.on ?? false), [state?.on]);
  if (!state) return null;

  const toggle = (on: boolean) => {
    setChecked(on);
    return run(async () => {
      try {
        if (on) await turnSyncOn(name.trim() || t('syncDefaultName'));
        else await turnSyncOff();
      } catch (error) {
        setChecked(!on); // not changed: the switch shows what is stored, beside the problem
        throw error;
      }
      onStatus(t(on ? 'syncOnSaved' : 'syncOffSaved'));
    });
  };
  const rename = (event: Event) => {
    event.preventDefault();
    const chosen = name.trim() || t('syncDefaultName');
    void run(async () => {
      await renameComputer(chosen);
      onStatus(t('syncNameSaved', chosen));
    });
  };

  return (
    <div class="sync">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          aria-checked={checked}
          disabled={busy}
          aria-describedby="sync-what"
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />{' '}
        {t('syncToggle')}
      </label>
      <p id="sync-what" class="hint">
        {t('syncWhat')}
      </p>
      {checked && state.on && (
        <>
          <form class="row" onSubmit={rename}>
            <label>
              {t('syncNameLabel')}{' '}
              <input
                type="text"
                value={name}
                maxLength={MAX_NAME_LENGTH}
                onInput={(e) => setName(e.currentTarget.value)}
              />
            </label>
            <button type="submit" class="secondary" disabled={busy}>
              {t('syncNameSave')}
            </button>
          </form>
          <Meter state={state} />
          {state.problem === 'full' && <p class="reminder">{t('syncFull')}</p>}
          {state.refused.length > 0 && (
            <p class="hint">{t('syncRefused', state.refused.join(', '))}</p>
          )}
        </>
      )}
      <p class="hint">{t('syncBrowserNote')}</p>
      <Problem text={problem} />
    </div>
  );
}
