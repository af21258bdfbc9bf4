// What a person can do on the welcome page: limit a first site, turn daily
// backups on, restore from a backup. Its own chunk, loaded as soon as the
// page's words are on screen, so the page needs little script up front.
import { AddSiteForm } from '@/components/options/AddSiteForm';
import { AutoBackup } from '@/components/shared/AutoBackup';
import { ImportField } from '@/components/shared/ImportField';
import { useSettings } from '@/hooks/use-settings';
import { t } from '@/utils/i18n';

export function WelcomeActions({ onStatus }: { onStatus: (text: string) => void }) {
  const settings = useSettings();
  return (
    <>
      <section aria-labelledby="site-heading">
        <h2 id="site-heading">{t('welcomeSiteHeading')}</h2>
        <p>{t('welcomeSite')}</p>
        {settings && <AddSiteForm settings={settings} onStatus={onStatus} />}
      </section>
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t('welcomeBackupHeading')}</h2>
        <AutoBackup onStatus={onStatus} />
      </section>
      <section aria-labelledby="restore-heading">
        <h2 id="restore-heading">{t('welcomeRestoreHeading')}</h2>
        <p>{t('welcomeRestore')}</p>
        <ImportField onStatus={onStatus} />
      </section>
    </>
  );
}
