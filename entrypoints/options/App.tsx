// Settings. Limited sites and data tools live here as they arrive.
import { t } from '../../utils/i18n';

export function App() {
  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('privacyHeading')}</h2>
        <p>{t('privacyText')}</p>
      </section>
    </main>
  );
}
