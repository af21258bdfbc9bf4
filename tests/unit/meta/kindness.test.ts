// Small Wins never speaks of failure or guilt, in any language: effort
// counts, rest is normal. Each language has its own list of the words that
// blame ("failed", "missed", "streak", "behind", "should have", "only 2"), and
// every message of every locale is read against its language's list. A new
// language adds its list here; a locale without one fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string }>;
const dir = 'public/_locales';
const COUNT = String.raw`(?:\$[A-Z_]+\$|\d)`;
// Whole words for alphabetic scripts (a letter neither before nor after a stem's start).
const words = (...stems: string[]) => new RegExp(`(?<!\\p{L})(?:${stems.join('|')})`, 'iu');
const anywhere = (...parts: string[]) => new RegExp(parts.join('|'), 'u');

const BLAME: Record<string, RegExp> = {
  en: words(
    'fail',
    'missed',
    'streak',
    'behind\\b',
    "should(?: have|'ve)",
    `only ${COUNT}`,
    'lazy',
    'guilt',
    'shame',
    'ashamed',
    'wasted',
    'gave up',
  ),
  es: words(
    'fall(?:aste|ado|ada|ido|ida|o|ó)(?!\\p{L})',
    'fracas',
    'te perdiste',
    'racha',
    'atrasad',
    'deberías haber',
    'habrías debido',
    `solo ${COUNT}`,
    `sólo ${COUNT}`,
    'perez',
    'culpa',
    'vergüenza',
    'desperdici',
  ),
  de: words(
    'versag',
    'gescheitert',
    'verpasst',
    'Strähne',
    'Streak',
    'Serie(?!\\p{L})',
    'Rückstand',
    'hinterher',
    'hättest',
    `nur ${COUNT}`,
    'faul(?!\\p{L})',
    'Schuld',
    'schäm',
    'verschwend',
  ),
  fr: words(
    'échou',
    'échec',
    'manqué',
    'raté',
    'série(?!\\p{L})',
    'en retard',
    'aurais dû',
    'aurait dû',
    `seulement ${COUNT}`,
    `que ${COUNT} (?:fois|jour|victoire)`,
    'paresse',
    'culpab',
    'honte',
    'gaspill',
  ),
  pt_BR: words(
    'falh(?:ou|aste|ado|ada|a|ar)(?!\\p{L})',
    'fracass',
    'perdeu',
    'sequência',
    'ofensiva',
    'atrasad',
    'deveria ter',
    `apenas ${COUNT}`,
    `só ${COUNT}`,
    'preguiç',
    'culpa',
    'vergonha',
    'desperdiç',
  ),
  ja: anywhere(
    '失敗',
    '逃した',
    '見逃',
    '連続記録',
    'ストリーク',
    '遅れを取',
    'べきだった',
    `${COUNT}[^。、\\s]{0,3}(?:だけ|しか)`,
    '怠け',
    '怠惰',
    '罪悪感',
    '恥',
    '無駄',
    'サボ',
  ),
  ar: anywhere(
    'فشل',
    'أخفق',
    'إخفاق',
    '(?<!\\p{L})فاتك',
    'فوّت',
    'سلسلة',
    'متأخر',
    'كان (?:ي)?جب عليك',
    'كان عليك أن',
    `${COUNT}[^.،]{0,12}فقط`,
    `فقط[^.،]{0,4}${COUNT}`,
    'كسل',
    'كسول',
    'بالذنب',
    'خجل',
    'العار',
    'أضعت',
    'ضيّعت',
  ),
};

const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8'));

it('has a list of words of blame for every language with messages', () => {
  for (const lang of readdirSync(dir)) expect(Object.keys(BLAME), lang).toContain(lang);
});

it('catches the words it is there for', () => {
  expect('You failed your streak').toMatch(BLAME.en as RegExp);
  expect('Only 2 wins this week').toMatch(BLAME.en as RegExp);
  expect('Only web sites can be limited').not.toMatch(BLAME.en as RegExp);
  expect('Du hast es verpasst').toMatch(BLAME.de as RegExp);
  expect('Tu as échoué').toMatch(BLAME.fr as RegExp);
  expect('Você falhou').toMatch(BLAME.pt_BR as RegExp);
  expect('3日しかできなかった').toMatch(BLAME.ja as RegExp);
  expect('لقد فشلت').toMatch(BLAME.ar as RegExp);
});

describe.each(readdirSync(dir))('the %s messages', (lang) => {
  const messages = load(lang);
  it.each(Object.keys(messages))('%s speaks without blame', (key) => {
    const blame = BLAME[lang] ?? /$^/;
    expect(messages[key]?.message).not.toMatch(blame);
  });
});
