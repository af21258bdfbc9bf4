// `npm run store`: the store listing's pictures from the real extension (the
// test build) in every shipped language, light theme, with a year of made-up
// history brought in through the extension's own import, as the README's
// screenshots are. Writes store/<lang>/*.png; scripts/store-listing.ts writes
// the words beside them.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { backupDocument, type WinSeed } from '../../scripts/lib/backup-doc';
import { frameHtml, messagesOf, PICTURES, pngSize, tileHtml } from '../../scripts/lib/listing';
import { expect, test } from '../e2e/fixtures';

// Made-up wins for the pictures, in each language (data, not the extension's words).
const SAMPLES: Record<string, { past: string[]; today: string[] }> = {
  en: {
    past: [
      'Drank a glass of water',
      'Replied to the email I was avoiding #work',
      'Stretched for 5 minutes #health',
      'Called mum #family',
      'Cooked dinner from scratch #home',
      'Went for a short walk #health',
      'Read 10 pages #reading',
      'Asked for help on the bug #work',
    ],
    today: ['Went for a walk at lunch #health', 'Replied to the email I was avoiding #work'],
  },
  es: {
    past: [
      'Bebí un vaso de agua',
      'Contesté el correo que venía posponiendo #trabajo',
      'Estiré 5 minutos #salud',
      'Llamé a mamá #familia',
      'Cociné la cena desde cero #casa',
      'Di un paseo corto #salud',
      'Leí 10 páginas #lectura',
      'Pedí ayuda con el error #trabajo',
    ],
    today: ['Salí a caminar al mediodía #salud', 'Ordené por fin el escritorio #casa'],
  },
  de: {
    past: [
      'Ein Glas Wasser getrunken',
      'Die E-Mail beantwortet, die ich vor mir hergeschoben habe #arbeit',
      '5 Minuten gedehnt #gesundheit',
      'Mama angerufen #familie',
      'Abendessen selbst gekocht #zuhause',
      'Einen kurzen Spaziergang gemacht #gesundheit',
      '10 Seiten gelesen #lesen',
      'Beim Fehler um Hilfe gebeten #arbeit',
    ],
    today: [
      'In der Mittagspause spazieren gegangen #gesundheit',
      'Endlich den Schreibtisch aufgeräumt #zuhause',
    ],
  },
  fr: {
    past: [
      "J'ai bu un verre d'eau",
      "J'ai répondu à l'e-mail que je repoussais #travail",
      "J'ai fait 5 minutes d'étirements #forme",
      "J'ai appelé maman #famille",
      "J'ai cuisiné le dîner maison #maison",
      "J'ai fait une petite marche #forme",
      "J'ai lu 10 pages #lecture",
      "J'ai demandé de l'aide pour le bug #travail",
    ],
    today: ["J'ai marché à midi #forme", "J'ai enfin rangé mon bureau #maison"],
  },
  pt_BR: {
    past: [
      'Bebi um copo de água',
      'Respondi o e-mail que eu vinha adiando #trabalho',
      'Me alonguei por 5 minutos #saude',
      'Liguei para a minha mãe #familia',
      'Fiz o jantar do zero #casa',
      'Fiz uma caminhada curta #saude',
      'Li 10 páginas #leitura',
      'Pedi ajuda com o bug #trabalho',
    ],
    today: ['Caminhei na hora do almoço #saude', 'Finalmente arrumei a escrivaninha #casa'],
  },
  ja: {
    past: [
      '水を一杯飲んだ',
      '後回しにしていたメールに返信した #仕事',
      '5分ストレッチした #健康',
      '母に電話した #家族',
      '夕食を一から作った #家',
      '少し散歩した #健康',
      '本を10ページ読んだ #読書',
      'バグのことで助けを求めた #仕事',
    ],
    today: ['昼休みに散歩した #健康', 'やっと机を片づけた #家'],
  },
  ar: {
    past: [
      'شربت كوب ماء',
      'رددت على الرسالة التي كنت أؤجلها #عمل',
      'تمدّدت 5 دقائق #صحة',
      'اتصلت بأمي #عائلة',
      'طبخت العشاء بنفسي #بيت',
      'تمشّيت قليلًا #صحة',
      'قرأت 10 صفحات #قراءة',
      'طلبت المساعدة في حل المشكلة #عمل',
    ],
    today: ['تمشّيت وقت الغداء #صحة', 'رتّبت مكتبي أخيرًا #بيت'],
  },
};
const SITE = 'social.test';

/** About 400 days of wins with rest days between, and one limited site. */
function history(lang: string) {
  const past = SAMPLES[lang]?.past ?? [];
  const wins: WinSeed[] = [];
  const now = new Date();
  for (let back = 1; back < 400; back++) {
    const count = (back * 7919) % 5;
    for (let i = 0; i < count; i++) {
      const text = past[(back + i) % past.length] as string;
      const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 10 + i);
      const tags = [...text.matchAll(/#([\p{L}\p{M}\p{N}_]+)/gu)].map((m) => m[1] as string);
      wins.push({ id: `h-${back}-${i}`, text, date, tags });
    }
  }
  const settings = {
    version: 1,
    sites: [{ host: SITE, label: SITE, dailyMinutes: 20 }],
    snoozeMinutes: 5,
    dayStartHour: 0,
    showBadge: true,
    recapHour: 18,
    reviewWeekday: 0,
  };
  return { document: backupDocument(wins, { settings }), count: wins.length };
}

/** The year the history covers best: the one of the day 200 days ago. */
const wrapYear = () => new Date(Date.now() - 200 * 86_400_000).getFullYear();

async function shoot(page: Page, lang: string, file: keyof typeof PICTURES): Promise<void> {
  const path = `store/${lang}/${file}`;
  await page.screenshot({ path });
  const [width, height] = PICTURES[file];
  expect(pngSize(await page.screenshot()), path).toEqual([width, height]);
}

async function drawn(page: Page, html: string, file: keyof typeof PICTURES, lang: string) {
  const [width, height] = PICTURES[file];
  await page.setViewportSize({ width, height });
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  await shoot(page, lang, file);
}

// Files and messages use Chrome's locale codes (pt_BR); the browser and the page speak BCP 47 (pt-BR).
for (const lang of ['en', 'es', 'de', 'fr', 'pt_BR', 'ja', 'ar']) {
  test.describe(lang, () => {
    test.use({ language: lang.replace('_', '-'), theme: 'light' });

    test(`the listing pictures in ${lang}`, async ({ openOptions, context, extensionId }) => {
      test.setTimeout(180_000);
      mkdirSync(`store/${lang}`, { recursive: true });
      const t = messagesOf(lang);
      const base = `chrome-extension://${extensionId}`;

      // The history, through the options page's own import field.
      const options = await openOptions();
      await expect(options.locator('html')).toHaveAttribute(
        'lang',
        new RegExp(`^${lang.replace('_', '-')}`),
      );
      const seed = history(lang);
      await options
        .locator('input[type="file"]')
        .first()
        .setInputFiles({
          name: 'backup.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(seed.document)),
        });
      await expect(options.getByRole('status').first()).toHaveText(/\d/, { timeout: 60_000 });
      await options.close();

      // 1. The popup with today's wins, in a frame of the store's size.
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 360, height: 640 });
      await popup.goto(`${base}/popup.html`);
      const field = popup.getByRole('textbox').first();
      for (const text of SAMPLES[lang]?.today ?? []) {
        await field.fill(text);
        await field.press('Enter');
      }
      await expect(popup.locator('.win-text')).toHaveCount(2);
      await field.blur();
      const popupShot = await popup.screenshot();
      await popup.close();
      const frame = await context.newPage();
      await drawn(frame, frameHtml(lang, popupShot, t('storeShotPopup')), '1-popup.png', lang);

      // 2. The new tab, today's wins first.
      const newtab = await context.newPage();
      await newtab.setViewportSize({ width: 1280, height: 800 });
      await newtab.goto(`${base}/newtab.html`);
      await expect(newtab.locator('.win-text')).toHaveCount(2);
      await expect(newtab.locator('nav.ways')).toBeVisible();
      await newtab.evaluate(() => window.scrollTo(0, 0));
      await shoot(newtab, lang, '2-newtab.png');

      // 3. The pause on a limited site whose 20 minutes are used up.
      const pause = await context.newPage();
      await pause.setViewportSize({ width: 1280, height: 800 });
      await pause.emulateMedia({ reducedMotion: 'reduce' });
      const back = encodeURIComponent(`http://${SITE}/`);
      await pause.goto(`${base}/pause.html?site=${SITE}&url=${back}&used=1200000`);
      await expect(pause.getByRole('button').first()).toBeVisible();
      await shoot(pause, lang, '3-pause.png');

      // 4. The Look back page: the week, then the year of days.
      const lookBack = await context.newPage();
      await lookBack.setViewportSize({ width: 1280, height: 800 });
      await lookBack.goto(`${base}/lookback.html`);
      await expect(lookBack.locator('.look-back [role="grid"]')).toBeVisible();
      await shoot(lookBack, lang, '4-look-back.png');

      // 5. The wrap-up, "Your year".
      const year = await context.newPage();
      await year.setViewportSize({ width: 1280, height: 800 });
      await year.emulateMedia({ reducedMotion: 'reduce' });
      await year.goto(`${base}/review.html?year=${wrapYear()}`);
      await expect(year.getByRole('heading', { level: 1 })).toContainText(String(wrapYear()));
      await expect(year.getByRole('grid')).toBeVisible();
      await shoot(year, lang, '5-your-year.png');

      // The promo tile and the marquee.
      await drawn(frame, tileHtml(lang, 'tile'), 'promo-tile.png', lang);
      await drawn(frame, tileHtml(lang, 'marquee'), 'marquee.png', lang);
    });
  });
}
