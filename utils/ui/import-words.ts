// What an import did, in words: for every kind of record, what was added,
// what was already here and what was skipped (a different one is already
// here and was kept), so nothing is ever dropped without a word.
import { t } from '@/utils/i18n';
import type { ImportReport } from '@/utils/store/data';

export function importReportWords(report: ImportReport): string {
  const { wins, reflections, usage, sites } = report;
  const parts = [t('importDone', wins.added, wins.alreadyHere)];
  if (wins.skipped > 0) parts.push(t('importSkippedWins', wins.skipped));
  parts.push(t('importReflections', reflections.added, reflections.alreadyHere));
  if (reflections.skipped > 0) parts.push(t('importSkippedReflections', reflections.skipped));
  parts.push(t('importUsage', usage.added, usage.updated, usage.alreadyHere));
  parts.push(t('importSitesCount', sites.added, sites.alreadyHere));
  if (sites.skipped > 0) parts.push(t('importSkippedSites', sites.skipped));
  if (report.sitesAdded.length > 0) parts.push(t('importSites', report.sitesAdded.join(', ')));
  return parts.join(' ');
}
