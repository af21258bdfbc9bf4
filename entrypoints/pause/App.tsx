// The mindful pause. With a site: the budget is used; "Log off" (the
// celebrated choice) records a win and leaves; a small step away from the
// screen does the same and records the step as a win too; "more minutes" is
// allowed, without a word of blame. Without a site: a mindful minute from the
// popup.
// The pause of a part of a site ("youtube.com/shorts") also offers the rest
// of it ("Back to youtube.com"): the same log-off win, then the site's top
// page instead of closing the tab.
// After a log-off the page stays a short beat to say it ("Logged off
// social.example after 32 min. That's a win.", in a live region) before the
// tab closes or moves on, whatever other tabs are open: the win is recorded
// first, then said, then the page goes.
// If the site stops being limited while the pause is open (removed in the
// settings), the page says so kindly and offers the way back to the page.

import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Breath } from '@/components/pause/Breath';
import { KindSteps } from '@/components/pause/KindSteps';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { useSettings } from '@/hooks/use-settings';
import { msMinutes } from '@/utils/core/minute';
import { outsideUrl, readPauseLink } from '@/utils/core/pause-link';
import type { PauseStep } from '@/utils/core/pause-steps';
import { siteHost } from '@/utils/core/site-parts';
import { canonicalSite, displayHost, displaySite } from '@/utils/core/sites';
import type { NewWin } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';
import { askWorker } from '@/utils/messages';
import { currentDay } from '@/utils/store/today';
import { visitIntention } from '@/utils/store/visits';
import { addWin } from '@/utils/store/wins';
import { minutesText } from '@/utils/ui/format';
import { logoffText } from '@/utils/ui/logoff-words';
import { plural } from '@/utils/ui/plural';

const paused = readPauseLink(location.search);
/** How long the log-off's acknowledgement stays before the page goes. */
const MOMENT_MS = 2500;
const beat = () => new Promise((resolve) => setTimeout(resolve, MOMENT_MS));

/** Close this tab, or when it is the window's last, show the new tab instead. */
async function leave(celebrate: boolean) {
  const [current, inWindow] = await Promise.all([
    browser.tabs.getCurrent(),
    browser.tabs.query({ currentWindow: true }),
  ]);
  if (current?.id !== undefined && inWindow.length > 1) {
    await browser.tabs.remove(current.id);
  } else {
    location.href = browser.runtime.getURL(`/newtab.html${celebrate ? '?celebrate=logoff' : ''}`);
  }
}

export function App() {
  const { busy, problem, run } = useAction();
  const settings = useSettings();
  // What is already saved (the log-off, a step's key): a second try after a
  // problem records neither twice.
  const saved = useRef(new Set<string>());
  const [moment, setMoment] = useState('');
  const snoozeMinutes = settings?.snoozeMinutes;

  if (!paused) {
    return (
      <main>
        <h1>{t('mindfulHeading')}</h1>
        <p class="lead">{t('mindfulText')}</p>
        <Breath />
        <div class="choices">
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run(async () => {
                const saved = await addWin({ text: t('mindfulWinText'), kind: 'pause' });
                if (!saved.ok) throw new Error(saved.reason);
                await leave(false);
              })
            }
          >
            {t('mindfulLog')}
          </button>
          <button
            type="button"
            class="secondary"
            disabled={busy}
            onClick={() => run(() => leave(false))}
          >
            {t('closeTab')}
          </button>
        </div>
        <Problem text={problem} />
      </main>
    );
  }

  const { site, url } = paused;
  if (settings && !settings.sites.some((rule) => rule.host === site)) {
    return (
      <main>
        <h1>{t('pauseFreeHeading')}</h1>
        <p class="lead">{t('pauseNoLongerLimited', site)}</p>
        <div class="choices">
          <button type="button" class="primary" onClick={() => location.replace(url)}>
            {t('pauseGoBack')}
          </button>
        </div>
      </main>
    );
  }
  // The site as the person knows it (its rule's label), never punycode.
  const host = canonicalSite(site) ?? site;
  const name = settings?.sites.find((r) => r.host === host)?.label ?? displaySite(host);
  const usedMinutes = Math.max(1, msMinutes(paused.usedMs));
  const outside = outsideUrl(paused);
  const logOff = (step?: PauseStep, backTo?: string) =>
    run(async () => {
      const once = async (key: string, win: NewWin) => {
        if (saved.current.has(key)) return;
        const result = await addWin(win);
        if (!result.ok) throw new Error(result.reason);
        saved.current.add(key);
      };
      // What the person said they came for today, if they did, goes with the win.
      const came = await visitIntention(await currentDay(), site);
      const text = logoffText(name, usedMinutes, came);
      await once('logoff', { text, kind: 'logoff', site, minutes: usedMinutes });
      // As a press of the step's chip saves it: it counts toward its goal.
      if (step) await once(`step:${step.key}`, step.win);
      // Recorded: now said, and seen for a beat, before anything leaves.
      setMoment(t('logoffMoment', text));
      await beat();
      if (backTo) location.replace(backTo);
      else await leave(true);
    });

  const moreMinutes = () =>
    run(async () => {
      // Yes also when the site is no longer limited: the way back is open.
      const reply = await askWorker({ type: 'snooze', host: site });
      if (!reply.ok) throw new Error(reply.reason);
      location.replace(url);
    });

  return (
    <main>
      <h1>{t('pauseHeading')}</h1>
      <p class="lead">{t('pauseSpent', minutesText(usedMinutes), name)}</p>
      <Breath />
      <p>{t('pauseInvite')}</p>
      <div class="choices">
        <button type="button" class="primary" disabled={busy} onClick={() => logOff()}>
          {t('logOff')}
        </button>
        {outside && (
          <button
            type="button"
            class="secondary"
            disabled={busy}
            onClick={() => logOff(undefined, outside)}
          >
            {t('pauseBackTo', displayHost(siteHost(host)))}
          </button>
        )}
        {snoozeMinutes !== undefined && (
          <button type="button" class="secondary" disabled={busy} onClick={moreMinutes}>
            {plural('snooze', snoozeMinutes, snoozeMinutes)}
          </button>
        )}
      </div>
      <p class="moment" role="status">
        {moment}
      </p>
      <Problem text={problem} />
      {settings && <KindSteps own={settings.steps} busy={busy} onChoose={logOff} />}
    </main>
  );
}
