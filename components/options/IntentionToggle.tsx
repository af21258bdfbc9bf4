// Whether a limited site asks "What are you here for?" before it opens (off
// unless the person turns it on). Saved through the settings; the worker
// follows at once.
import { useEffect, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import type { SiteRule } from '@/utils/core/sites';
import { t } from '@/utils/i18n';
import { updateSettings } from '@/utils/store/settings';

interface Props {
  rule: SiteRule;
  onStatus: (s: string) => void;
}

export function IntentionToggle({ rule, onStatus }: Props) {
  const { busy, problem, run } = useAction();
  const saved = rule.intention === true;
  // Shown as chosen at once; the saved settings follow (and win if they differ later).
  const [checked, setChecked] = useState(saved);
  useEffect(() => setChecked(saved), [saved]);
  const toggle = (on: boolean) => {
    setChecked(on);
    return run(async () => {
      const change = updateSettings((s) => ({
        ...s,
        sites: s.sites.map((r) => {
          if (r.host !== rule.host) return r;
          const { intention: _old, ...rest } = r;
          return on ? { ...rest, intention: true as const } : rest;
        }),
      }));
      // Not saved: the box shows what is stored again, beside the problem.
      await change.catch((error: unknown) => {
        setChecked(saved);
        throw error;
      });
      onStatus(t(on ? 'intentionOnSaved' : 'intentionOffSaved', rule.label));
    });
  };

  return (
    <div class="intention-toggle">
      <label>
        <input
          type="checkbox"
          checked={checked}
          disabled={busy}
          aria-label={t('intentionToggleFor', rule.label)}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />{' '}
        {t('intentionToggle')}
      </label>
      <Problem text={problem} />
    </div>
  );
}
