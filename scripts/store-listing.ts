// `npm run store` (after the pictures): writes store/<lang>/listing.md from
// each locale's messages, so the listing's words are translated where the
// extension is and never drift from them (a unit test compares).
import { mkdirSync, writeFileSync } from 'node:fs';
import { listingMarkdown, locales } from './lib/listing';

for (const lang of locales()) {
  mkdirSync(`store/${lang}`, { recursive: true });
  writeFileSync(`store/${lang}/listing.md`, listingMarkdown(lang));
  console.log(`store/${lang}/listing.md`);
}
