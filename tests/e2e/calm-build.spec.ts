// The new tab loads nothing of the Look back page up front: the week, the
// year of days and search live on their own page, and the card for the
// moment arrives after today's list as its own chunk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { upFrontScripts } from '../../scripts/lib/sizes';

const SHIPPED = '.output-test/chrome-mv3';
/** Words only the Look back page's parts ask for, and the card's own. */
const LOOK_BACK_ONLY = ['weekHeading', 'yearHeading', 'searchHeading', 'wrapShare'];
const CARD_ONLY = ['recapHeading', 'reviewHeading', 'pastHeading'];

const upFront = (page: string) =>
  upFrontScripts(SHIPPED, page)
    .map((file) => readFileSync(join(SHIPPED, file), 'utf8'))
    .join('\n');

test('the new tab loads neither the Look back page nor the card for the moment up front', () => {
  const code = upFront('newtab');
  for (const key of [...LOOK_BACK_ONLY, ...CARD_ONLY]) expect(code).not.toContain(`"${key}"`);
});
