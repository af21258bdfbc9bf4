// Adding a limited site: a whole host or a part of it ("youtube.com/shorts").
// Host access is requested for that one host (also for a part) inside
// the click itself (Firefox refuses a request made after an await); if the
// person declines, nothing is saved and the page says why.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NotifyOffer } from '@/components/options/NotifyOffer';
import { Problem } from '@/components/shared/Problem';
import type { Settings } from '@/utils/core/settings';
import { siteHost } from '@/utils/core/site-parts';
import { overlapping, parseMinutes, parseSite } from '@/utils/core/sites';
import { t } from '@/utils/i18n';
import { logProblem } from '@/utils/log';
import { siteOrigins } from '@/utils/site-access';
import { updateSettings } from '@/utils/store/settings';
import { minutesText } from '@/utils/ui/format';
import { describeSiteProblem } from '@/utils/ui/site-problems';

export function AddSiteForm({
  settings,
  onStatus,
}: {
  settings: Settings;
  onStatus: (s: string) => void;
}) {
  const [site, setSite] = useState('');
  const [minutes, setMinutes] = useState('30');
  const [siteProblem, setSiteProblem] = useState('');
  const [minutesProblem, setMinutesProblem] = useState('');
  const [offerNotify, setOfferNotify] = useState(false);

  function submit(event: Event) {
    event.preventDefault();
    const parsed = parseSite(site);
    const budget = parseMinutes(minutes);
    const clash = parsed.ok ? overlapping(parsed.host, settings.sites) : undefined;
    setSiteProblem(
      !parsed.ok
        ? describeSiteProblem(parsed)
        : clash
          ? t(
              clash.host.includes('/') ? 'siteErrorDuplicatePart' : 'siteErrorDuplicate',
              clash.label,
            )
          : '',
    );
    setMinutesProblem(budget.ok ? '' : t('minutesError'));
    if (!parsed.ok || clash || !budget.ok) return;
    const first =
      settings.sites.length === 0 && !settings.headsUpNotify && settings.headsUpMinutes > 0;

    // No await before this call: it must stay inside the user's click.
    browser.permissions
      .request({ origins: siteOrigins(siteHost(parsed.host)) })
      .then(async (granted) => {
        if (!granted) {
          setSiteProblem(t('permissionDeclined', parsed.label));
          return;
        }
        await updateSettings((s) => ({
          ...s,
          sites: [
            ...s.sites,
            { host: parsed.host, label: parsed.label, dailyMinutes: budget.minutes },
          ],
        }));
        setSite('');
        onStatus(t('siteAdded', parsed.label, minutesText(budget.minutes)));
        if (first) setOfferNotify(true);
      })
      .catch((error: unknown) => {
        logProblem('could not add a site', error);
        setSiteProblem(t('errorStorage'));
      });
  }

  return (
    <>
      <form class="add-site" onSubmit={submit} noValidate>
        <div>
          <label for="site">{t('siteLabel')}</label>
          <input
            id="site"
            type="text"
            autocomplete="off"
            placeholder={t('sitePlaceholder')}
            value={site}
            aria-invalid={siteProblem ? true : undefined}
            aria-describedby={siteProblem ? 'site-hint site-problem' : 'site-hint'}
            onInput={(e) => {
              setSite(e.currentTarget.value);
              setSiteProblem('');
            }}
          />
        </div>
        <div>
          <label for="minutes">{t('minutesLabel')}</label>
          <input
            id="minutes"
            type="number"
            min={1}
            max={1440}
            step={1}
            value={minutes}
            aria-invalid={minutesProblem ? true : undefined}
            aria-describedby={minutesProblem ? 'minutes-problem' : undefined}
            onInput={(e) => {
              setMinutes(e.currentTarget.value);
              setMinutesProblem('');
            }}
          />
        </div>
        <button type="submit">{t('addSite')}</button>
        <p id="site-hint" class="hint">
          {t('siteHint')}
        </p>
        <Problem id="site-problem" text={siteProblem} />
        <Problem id="minutes-problem" text={minutesProblem} />
      </form>
      {offerNotify && <NotifyOffer />}
    </>
  );
}
