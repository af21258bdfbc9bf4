// A pseudo locale for testing: every message longer (about 40 % more, in
// long words, as German or Finnish grow), accented, marked at both ends
// (⟦…⟧) and right to left (it takes Arabic's folder and plural forms, so the
// browser runs the pages right to left). A string without the marks on a
// page is hard-coded; a label it clips or a page it breaks shows at once.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../utils/languages';
import { tempDir } from './temp-dir';

type Messages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

/** The language whose folder the pseudo messages take: right to left, six plural forms. */
export const PSEUDO_AS = 'ar';

const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'î',
  o: 'ø',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  s: 'š',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
  S: 'Š',
  Z: 'Ž',
};
const PLACEHOLDER = /(\$[A-Za-z0-9_@]+\$|\$\d)/;

/** One message made long, accented and marked; its placeholders stay as they are. */
export function pseudoText(text: string): string {
  const body = text
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTS[c] ?? c).join('')))
    .join('');
  const extra = Math.ceil(text.replace(PLACEHOLDER, '').length * 0.4);
  const words =
    extra > 0
      ? ` ${'ŵ'.repeat(Math.min(extra, 12))}${extra > 12 ? ` ${'ẋ'.repeat(extra - 12)}` : ''}`
      : '';
  return `⟦א ${body}${words}⟧`;
}

/** The pseudo messages for `PSEUDO_AS`'s folder, from the English ones. */
export function pseudoMessages(en: Messages): Messages {
  const out: Messages = {};
  for (const [key, entry] of Object.entries(en)) {
    const base = /^(.+)_other$/.exec(key)?.[1];
    if (key.endsWith('_one')) continue;
    if (base) {
      for (const category of LANGUAGES[PSEUDO_AS]) {
        out[`${base}_${category}`] = { ...entry, message: pseudoText(entry.message) };
      }
    } else out[key] = { ...entry, message: pseudoText(entry.message) };
  }
  return out;
}

/** A copy of a built extension whose Arabic is the pseudo locale; returns its folder. */
export function pseudoBuild(builtDir: string): string {
  const dir = join(tempDir('pseudo'), 'extension');
  cpSync(builtDir, dir, { recursive: true });
  const en = JSON.parse(readFileSync(join(dir, '_locales/en/messages.json'), 'utf8')) as Messages;
  writeFileSync(
    join(dir, `_locales/${PSEUDO_AS}/messages.json`),
    JSON.stringify(pseudoMessages(en)),
  );
  return dir;
}
