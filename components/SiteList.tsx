// The limited sites: today's minutes against each budget, a budget to edit,
// and removal, which also gives the site's access back.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../utils/i18n';
import { type Settings, updateSettings } from '../utils/settings';
import { originPattern, parseMinutes, type SiteRule } from '../utils/sites';
import type { DayUsage } from '../utils/tracker';
import { minutesText } from './minutes';

interface Props {
  settings: Settings;
  usage: Record<string, DayUsage>;
  onStatus: (s: string) => void;
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
  const [problem, setProblem] = useState('');
  const [hasAccess, setHasAccess] = useState(true);
  const fieldId = `budget-${rule.host}`;
  const origins = [originPattern(rule.host)];

  useEffect(() => {
    const check = () => void browser.permissions.contains({ origins }).then(setHasAccess);
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [rule.host]);

  function allow() {
    // Directly in the click: Firefox refuses a request made after an await.
    void browser.permissions.request({ origins }).then((granted) => {
      if (granted) onStatus(t('accessAllowed', rule.label));
    });
  }

  async function save(event: Event) {
    event.preventDefault();
    const budget = parseMinutes(minutes);
    if (!budget.ok) {
      setProblem(t('minutesError'));
      return;
    }
    await updateSettings((s) => ({
      ...s,
      sites: s.sites.map((r) =>
        r.host === rule.host ? { ...r, dailyMinutes: budget.minutes } : r,
      ),
    }));
    onStatus(t('siteSaved', rule.label, minutesText(budget.minutes)));
  }

  async function remove() {
    await updateSettings((s) => ({ ...s, sites: s.sites.filter((r) => r.host !== rule.host) }));
    // A build that holds the host as a required permission cannot give it back.
    await browser.permissions.remove({ origins }).catch(() => false);
    onStatus(t('siteRemoved', rule.label));
  }

  return (
    <li class="site">
      <div class="site-name">
        <strong>{rule.label}</strong>
        <span class="used">{t('usedToday', String(used), minutesText(rule.dailyMinutes))}</span>
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
        {problem && (
          <p id={`${fieldId}-problem`} class="problem" role="alert">
            {problem}
          </p>
        )}
      </form>
      {!hasAccess && (
        <p class="needs-access">
          {t('needsAccess')}{' '}
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
          used={Math.floor((usage[rule.host]?.ms ?? 0) / 60_000)}
          onStatus={onStatus}
        />
      ))}
    </ul>
  );
}
