// Settings: limited sites with their budgets, the pause and day options, and
// a word on privacy.
import { useState } from 'preact/hooks';
import { AddSiteForm } from '../../components/AddSiteForm';
import { DataSection } from '../../components/DataSection';
import { GeneralSettings } from '../../components/GeneralSettings';
import { SiteList } from '../../components/SiteList';
import { useDayUsage } from '../../components/useDayUsage';
import { useSettings } from '../../components/useSettings';
import { t } from '../../utils/i18n';

export function App() {
  const settings = useSettings();
  const usage = useDayUsage(settings?.dayStartHour ?? 0);
  const [status, setStatus] = useState('');
  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sitesHeading')}</h2>
        <p>{t('sitesIntro')}</p>
        {settings && (
          <>
            <AddSiteForm settings={settings} onStatus={setStatus} />
            <SiteList settings={settings} usage={usage} onStatus={setStatus} />
          </>
        )}
      </section>
      <section aria-labelledby="general-heading">
        <h2 id="general-heading">{t('generalHeading')}</h2>
        {settings && <GeneralSettings settings={settings} onStatus={setStatus} />}
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('dataHeading')}</h2>
        <DataSection onStatus={setStatus} />
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('privacyHeading')}</h2>
        <p>{t('privacyText')}</p>
      </section>
    </main>
  );
}
