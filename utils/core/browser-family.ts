// Which browser's words a page should use where the two differ (where to
// pin the toolbar button), read at run time from the user agent, so one
// build speaks rightly in whichever browser it is loaded.

export type BrowserFamily = 'firefox' | 'chromium';

/** Firefox (and its forks, which keep "Firefox/" in their user agent), or any Chromium. */
export function browserFamily(userAgent: string): BrowserFamily {
  return /\bFirefox\/\d/.test(userAgent) ? 'firefox' : 'chromium';
}
