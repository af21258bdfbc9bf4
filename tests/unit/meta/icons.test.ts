// Every icon size is exactly what the one SVG source renders to.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ICON_SIZES, renderIcon } from '../../../scripts/lib/render-icon';

it.each(ICON_SIZES)(
  'public/icon/%i.png matches public/icon.svg (run `npm run icons`)',
  async (size) => {
    const fresh = await renderIcon(readFileSync('public/icon.svg', 'utf8'), size);
    expect(Buffer.from(readFileSync(`public/icon/${size}.png`)).equals(Buffer.from(fresh))).toBe(
      true,
    );
  },
);
