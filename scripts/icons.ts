// `npm run icons`: renders public/icon.svg to every PNG size the manifest
// uses (public/icon/<size>.png). A unit test re-renders and compares, so the
// PNGs can never drift from the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { ICON_SIZES, renderIcon } from './lib/render-icon';

for (const size of ICON_SIZES) {
  writeFileSync(
    `public/icon/${size}.png`,
    await renderIcon(readFileSync('public/icon.svg', 'utf8'), size),
  );
  console.log(`public/icon/${size}.png`);
}
