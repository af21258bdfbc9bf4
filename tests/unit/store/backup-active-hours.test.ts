// A limited site's active hours travel in a backup: exported with the site,
// brought back by an import into a fresh profile, and refused by name when
// they are anything the app could not have written.
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../utils/core/backup';
import type { SiteRule } from '../../../utils/core/sites';
import { importData, readAll } from '../../../utils/store/data';
import { NOW, sample } from './backup-seeds';

const weekdays: SiteRule = {
  host: 'news.example',
  label: 'news.example',
  dailyMinutes: 20,
  activeHours: { days: [1, 2, 3, 4, 5], from: 9 * 60, to: 17 * 60 },
};
const withSite = (site: unknown) => {
  const doc = sample();
  return { ...doc, settings: { ...doc.settings, sites: [site] } };
};
const parse = (doc: unknown) => parseBackup(JSON.stringify(doc), NOW);

describe('active hours in a backup', () => {
  it('come back with their site', async () => {
    const parsed = parse(withSite(weekdays));
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    expect(parsed.data.settings.sites).toEqual([weekdays]);
    await importData(parsed.data);
    expect((await readAll()).settings.sites).toEqual([weekdays]);
  });

  it('keep an overnight window as it was written', () => {
    const night = { ...weekdays, activeHours: { days: [5, 6], from: 22 * 60, to: 2 * 60 } };
    const parsed = parse(withSite(night));
    expect(parsed.ok && parsed.data.settings.sites).toEqual([night]);
  });

  it.each([
    ['no days', { days: [], from: 540, to: 1020 }],
    ['a day that is not one', { days: [1, 7], from: 540, to: 1020 }],
    ['days out of order', { days: [3, 1], from: 540, to: 1020 }],
    ['the same start and end', { days: [1], from: 540, to: 540 }],
    ['a time past midnight', { days: [1], from: 540, to: 1440 }],
    ['a time as text', { days: [1], from: '9:00', to: 1020 }],
    ['not an object', 'weekdays'],
  ])('are refused by name with %s', (_, activeHours) => {
    expect(parse(withSite({ ...weekdays, activeHours }))).toEqual({
      ok: false,
      problem: { code: 'badRecord', store: 'settings.sites', index: 0, field: 'activeHours' },
    });
  });
});
