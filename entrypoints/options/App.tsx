// Settings: limited sites with their budgets, the person's small steps, the
// pause and day options, and a word on privacy.
import { useState } from 'preact/hooks';
import { useDayUsage } from '@/hooks/use-day-usage';
import { useLazy } from '@/hooks/use-lazy';
import { useSettings } from '@/hooks/use-settings';
import { t } from '@/utils/i18n';

// The sections below the sites (general settings; export, import and delete,
// which carry the most code) load right after the rest, keeping the page's
// first script within its budget.
const loadGeneralSettings = async () =>
  (await import('@/components/options/GeneralSettings')).GeneralSettings;
const loadDataSection = async () => (await import('@/components/options/DataSection')).DataSection;
const loadSyncSection = async () => (await import('@/components/options/SyncSection')).SyncSection;
// The site form and the site list wait for the settings anyway; their code
// (the form's shared with the welcome page) loads alongside them.
const loadAddSiteForm = async () => (await import('@/components/options/AddSiteForm')).AddSiteForm;
const loadSiteList = async () => (await import('@/components/options/SiteList')).SiteList;

export function App() {
  const DataSection = useLazy(loadDataSection);
  const GeneralSettings = useLazy(loadGeneralSettings);
  const AddSiteForm = useLazy(loadAddSiteForm);
  const SiteList = useLazy(loadSiteList);
  const SyncSection = useLazy(loadSyncSection);
  const settings = useSettings();
  const usage = useDayUsage(settings?.dayStartHour);
  const [status, setStatus] = useState('');
  const StepsSection = useLazy(
    async () => (await import('@/components/options/StepsSection')).StepsSection,
  );
  // The sections are laid out unseen until every part has arrived, then
  // shown at once where they will stay: nothing moves under the person's eye
  // or pointer as the parts come in one after another.
  const arrived = Boolean(
    settings &&
      AddSiteForm &&
      SiteList &&
      StepsSection &&
      GeneralSettings &&
      SyncSection &&
      DataSection,
  );
  return (
    <main class={arrived ? undefined : 'arriving'} aria-busy={arrived ? undefined : true}>
      <h1>{t('optionsHeading')}</h1>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sitesHeading')}</h2>
        <p>{t('sitesIntro')}</p>
        {settings && (
          <>
            {AddSiteForm && <AddSiteForm settings={settings} onStatus={setStatus} />}
            {SiteList && <SiteList settings={settings} usage={usage} onStatus={setStatus} />}
          </>
        )}
      </section>
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('stepsHeading')}</h2>
        <p>{t('stepsIntro')}</p>
        {settings && StepsSection && <StepsSection settings={settings} onStatus={setStatus} />}
      </section>
      <section aria-labelledby="general-heading">
        <h2 id="general-heading">{t('generalHeading')}</h2>
        {settings && GeneralSettings && (
          <GeneralSettings settings={settings} onStatus={setStatus} />
        )}
      </section>
      <section aria-labelledby="sync-heading">
        <h2 id="sync-heading">{t('syncHeading')}</h2>
        {SyncSection && <SyncSection onStatus={setStatus} />}
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('dataHeading')}</h2>
        {DataSection && <DataSection onStatus={setStatus} />}
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('privacyHeading')}</h2>
        <p>{t('privacyText')}</p>
        <p>
          <a href="/privacy.txt" target="_blank" rel="noopener">
            {t('privacyLink')}
          </a>
        </p>
      </section>
    </main>
  );
}
