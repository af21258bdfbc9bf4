// What an import did, in words: what was added, what was updated, what was
// already here and what was skipped (a different one is already here and was
// kept), so nothing is ever dropped without a word. Each kind of record is
// named as a person knows it ("3 wins", "1 note", "2 days of counted time"),
// and a figure of 0 is left out (figure-words.ts).
import { t } from '@/utils/i18n';
import type { ImportReport, KindReport } from '@/utils/store/data';
import { listWords } from '@/utils/ui/figure-words';
import { type PluralBase, plural } from '@/utils/ui/plural';

const NOUNS = {
  wins: 'countWins',
  reflections: 'countNotes',
  usage: 'countDays',
  sites: 'countSites',
} as const satisfies Record<string, PluralBase>;

type Part = keyof typeof NOUNS;

/** "3 wins, 1 note and 2 limited sites": each kind with a count above 0 for `field`. */
function counted(report: ImportReport, field: keyof KindReport): string[] {
  return (Object.keys(NOUNS) as Part[])
    .filter((part) => report[part][field] > 0)
    .map((part) => plural(NOUNS[part], report[part][field], report[part][field]));
}

export function importReportWords(report: ImportReport): string {
  const { wins, reflections, sites } = report;
  const parts: string[] = [];
  const added = counted(report, 'added');
  const updated = counted(report, 'updated');
  const here = counted(report, 'alreadyHere');
  if (added.length > 0) parts.push(t('importAdded', listWords(added)));
  if (updated.length > 0) parts.push(t('importUpdated', listWords(updated)));
  if (here.length > 0) parts.push(t('importAlreadyHere', listWords(here)));
  if (wins.skipped > 0) parts.push(t('importSkippedWins', wins.skipped));
  if (reflections.skipped > 0) parts.push(t('importSkippedReflections', reflections.skipped));
  if (sites.skipped > 0) parts.push(t('importSkippedSites', sites.skipped));
  if (parts.length === 0) parts.push(t('importEmpty'));
  if (report.sitesAdded.length > 0) parts.push(t('importSites', report.sitesAdded.join(', ')));
  return parts.join(' ');
}
