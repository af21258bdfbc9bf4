// The limited sites: today's minutes against each budget and the hours it
// applies, a budget and hours to edit, whether it asks for an intention, and
// removal, which also gives the site's access back (unless another limit,
// a whole host and a part of it, still needs that host). A site whose access is
// missing (or, in Firefox, a site added before every spelling of its host
// was asked for) offers to allow it, in the click itself.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ActiveHoursEditor } from '@/components/options/ActiveHoursEditor';
import { IntentionToggle } from '@/components/options/IntentionToggle';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { MINUTE_MS } from '@/utils/core/minute';
import type { Settings } from '@/utils/core/settings';
import { siteHost } from '@/utils/core/site-parts';
import { displayHost, parseMinutes, type SiteRule } from '@/utils/core/sites';
import type { DayUsage } from '@/utils/core/tracker';
import { t } from '@/utils/i18n';
import { logProblem } from '@/utils/log';
import { firstSiteOrigin, siteOrigins } from '@/utils/site-access';
import { updateSettings } from '@/utils/store/settings';
import { usedTodayWords } from '@/utils/ui/figure-words';
import { minutesText } from '@/utils/ui/format';
import { hoursText } from '@/utils/ui/hours-words';

interface Props {
  settings: Settings;
  usage: Record<string, DayUsage>;
  onStatus: (s: string) => void;
}

/** All the access a site needs; only what it was first given (Firefox, before an upgrade); none. */
type Access = 'all' | 'first' | 'none';

async function accessTo(host: string): Promise<Access> {
  if (await browser.permissions.contains({ origins: siteOrigins(host) })) return 'all';
  return (await browser.permissions.contains({ origins: firstSiteOrigin(host) }))
    ? 'first'
    : 'none';
}

function SiteItem({
  rule,
  used,
  onStatus,
}: {
  rule: SiteRule;
  used: number;
  onStatus: Props['onStatus'];
}) {
  const [minutes, setMinutes] = useState(String(rule.dailyMinutes));
  const { problem, setProblem, run } = useAction();
  const [access, setAccess] = useState<Access>('all');
  const fieldId = `budget-${rule.host}`;
  // Access is asked for the host alone, also for a part of a site.
  const host = siteHost(rule.host);
  const origins = siteOrigins(host);

  useEffect(() => {
    const check = () =>
      void accessTo(host).then(setAccess, (error: unknown) =>
        logProblem('could not check access', error),
      );
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [host]);

  function allow() {
    // Directly in the click: Firefox refuses a request made after an await.
    browser.permissions.request({ origins }).then(
      (granted) => {
        if (granted) onStatus(t('accessAllowed', rule.label));
      },
      (error: unknown) => {
        logProblem('could not ask for access', error);
        setProblem(t('permissionDeclined', rule.label));
      },
    );
  }

  function save(event: Event) {
    event.preventDefault();
    const budget = parseMinutes(minutes);
    if (!budget.ok) {
      setProblem(t('minutesError'));
      return;
    }
    void run(async () => {
      await updateSettings((s) => ({
        ...s,
        sites: s.sites.map((r) =>
          r.host === rule.host ? { ...r, dailyMinutes: budget.minutes } : r,
        ),
      }));
      onStatus(t('siteSaved', rule.label, minutesText(budget.minutes)));
    });
  }

  const remove = () =>
    run(async () => {
      const after = await updateSettings((s) => ({
        ...s,
        sites: s.sites.filter((r) => r.host !== rule.host),
      }));
      // A build that holds the host as a required permission cannot give it back.
      if (!after.sites.some((r) => siteHost(r.host) === host)) {
        await browser.permissions.remove({ origins }).catch(() => false);
      }
      onStatus(t('siteRemoved', rule.label));
    });

  return (
    <li class="site">
      <div class="site-name">
        <bdi>
          <strong>{rule.label}</strong>
        </bdi>
        <span class="used">{usedTodayWords(used, rule.dailyMinutes)}</span>
        <span class="used">{hoursText(rule.activeHours)}</span>
      </div>
      <form class="budget" onSubmit={save} noValidate>
        <label for={fieldId} class="visually-hidden">
          {t('budgetFor', rule.label)}
        </label>
        <input
          id={fieldId}
          type="number"
          min={1}
          max={1440}
          value={minutes}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${fieldId}-problem` : undefined}
          onInput={(e) => {
            setMinutes(e.currentTarget.value);
            setProblem('');
          }}
        />
        <button type="submit" class="secondary" aria-label={t('saveBudgetFor', rule.label)}>
          {t('saveBudget')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-label={t('removeSite', rule.label)}
          onClick={remove}
        >
          {t('remove')}
        </button>
        <Problem id={`${fieldId}-problem`} text={problem} />
      </form>
      <ActiveHoursEditor key={JSON.stringify(rule.activeHours)} rule={rule} onStatus={onStatus} />
      <IntentionToggle rule={rule} onStatus={onStatus} />
      {access !== 'all' && (
        <p class="needs-access">
          {access === 'first'
            ? t('needsAccessEverySpelling', rule.label, `${displayHost(host)}.`)
            : t('needsAccess')}{' '}
          <button type="button" onClick={allow}>
            {t('allowAccess', rule.label)}
          </button>
        </p>
      )}
    </li>
  );
}

export function SiteList({ settings, usage, onStatus }: Props) {
  if (settings.sites.length === 0) return <p class="empty">{t('noSites')}</p>;
  return (
    <ul class="sites" aria-labelledby="sites-heading">
      {settings.sites.map((rule) => (
        <SiteItem
          key={rule.host}
          rule={rule}
          used={Math.floor((usage[rule.host]?.ms ?? 0) / MINUTE_MS)}
          onStatus={onStatus}
        />
      ))}
    </ul>
  );
}
