// The one offer of the heads-up's notification, on the welcome page and the
// settings page alike, in every browser: the line shown once the first site
// is limited, whether its button is there, and the page's text around it.
import type { Tab } from '../tab';

/** The offer's own words. */
export const OFFER = /heads-up before a pause stays out of sight/;
export const NOTIFY = 'Notify me gently';

export interface Offer {
  /** What the offer says now, its button's word among it. */
  said: string;
  /** Whether the button that turns the notification on is there. */
  button: boolean;
}

/** The offer as shown, or undefined while the page shows none. */
export function notifyOffer(tab: Tab): Promise<Offer | undefined> {
  return tab.evaluate((name) => {
    const offer = document.querySelector('.notify-offer') as HTMLElement | null;
    if (!offer || offer.getBoundingClientRect().height === 0) return undefined;
    return {
      said: offer.innerText.trim(),
      button: [...offer.querySelectorAll('button')].some((b) => b.textContent?.trim() === name),
    };
  }, NOTIFY);
}

/** Everything the page shows, to be sure of what it does not say. */
export function shownText(tab: Tab): Promise<string> {
  return tab.evaluate(() => document.body.innerText, null);
}
