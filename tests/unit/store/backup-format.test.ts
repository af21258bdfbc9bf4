// The backup format as a whole: its own export, files that are not a
// backup of this app, the size limit, and nothing unknown ever kept.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, parseBackup } from '../../../utils/core/backup';
import { NOW, parseChanged, sample } from './backup-seeds';

describe('parseBackup: the file', () => {
  it('accepts its own export', () => {
    const parsed = parseBackup(JSON.stringify(sample()), NOW);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.data.wins).toHaveLength(2);
  });

  it.each([
    ['not JSON', () => parseBackup('{"format": "small-wins-backup", ', NOW), { code: 'notJson' }],
    ['an empty file', () => parseBackup('', NOW), { code: 'notJson' }],
    ['another JSON document', () => parseBackup('[1,2,3]', NOW), { code: 'notBackup' }],
    [
      "another app's export",
      () => parseChanged((d) => ({ ...d, format: 'other-app' })),
      { code: 'notBackup' },
    ],
    [
      'an unknown version',
      () => parseChanged((d) => ({ ...d, version: 99 })),
      { code: 'newerVersion', version: 99 },
    ],
  ])('refuses %s', (_name, run, problem) => {
    expect(run()).toEqual({ ok: false, problem });
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(parseBackup(' '.repeat(MAX_IMPORT_BYTES + 1), NOW)).toEqual({
      ok: false,
      problem: { code: 'tooBig', maxBytes: MAX_IMPORT_BYTES },
    });
  });

  it('keeps only the fields the app knows, never a stranger one', () => {
    const junk = 'j'.repeat(5 * 1024 * 1024);
    const doc = JSON.parse(JSON.stringify(sample()));
    doc.junk = junk;
    doc.wins[0].junk = junk;
    doc.usage[0].junk = junk;
    doc.reflections[0].junk = junk;
    doc.settings.junk = junk;
    doc.settings.sites[0].junk = junk;
    const parsed = parseBackup(JSON.stringify(doc), NOW);
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    expect(JSON.stringify(parsed.data)).not.toContain('jjjj');
    expect(parsed.data.wins[0]).toEqual(sample().wins[0]);
  });
});
