// Host access is asked for a site's host alone: a part of a site
// ("youtube.com/shorts") asks for exactly what its whole host would.
import { expect, it } from 'vitest';
import { firstSiteOrigin, siteOrigins } from '../../../utils/site-access';

it('asks for the host alone, for a whole site and a part of it alike', () => {
  expect(siteOrigins('youtube.com/shorts')).toEqual(siteOrigins('youtube.com'));
  expect(siteOrigins('youtube.com/shorts')).toContain('*://*.youtube.com/*');
  expect(firstSiteOrigin('reddit.com/r/all')).toEqual(['*://*.reddit.com/*']);
});
