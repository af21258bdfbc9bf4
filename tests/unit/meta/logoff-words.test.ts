// The log-off win carries what the person came for, in both languages, and
// even the longest site and intention make a win that is never cut.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VISIT_MAX } from '../../../utils/core/visit';
import { checkWinText } from '../../../utils/core/win-rules';
import type { MessageKey } from '../../../utils/i18n';
import { logoffText } from '../../../utils/ui/logoff-words';

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** browser.i18n.getMessage for one locale file. */
function sayIn(lang: string) {
  const messages = JSON.parse(
    readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'),
  ) as Messages;
  return (key: MessageKey, ...subs: (string | number)[]) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message ${key}`);
    return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return String(subs[Number(content.slice(1)) - 1] ?? '');
    });
  };
}

describe('the log-off win', () => {
  it('says what the person came for when they said it', () => {
    expect(logoffText('social.example', 12, 'reply to Sam', sayIn('en'))).toBe(
      'Logged off social.example after 12 min — came to reply to Sam',
    );
    expect(logoffText('social.example', 12, 'responder a Sam', sayIn('es'))).toBe(
      'Me desconecté de social.example tras 12 min — vine a responder a Sam',
    );
  });

  it('stays as it was without an intention', () => {
    expect(logoffText('social.example', 32, undefined, sayIn('en'))).toBe(
      'Logged off social.example after 32 min',
    );
  });

  it('fits in a win with the longest site name and intention', () => {
    const site = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.test`;
    for (const lang of ['en', 'es']) {
      const text = logoffText(site, 1440, 'x'.repeat(VISIT_MAX), sayIn(lang));
      expect(checkWinText(text)).toEqual({ ok: true, text });
    }
  });
});
