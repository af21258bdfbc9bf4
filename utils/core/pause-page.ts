// The pause page's path, apart from the pause link's rules, so a page that
// only opens the mindful minute carries none of the site rules. Pure.
export const PAUSE_PAGE = '/pause.html' as const;
