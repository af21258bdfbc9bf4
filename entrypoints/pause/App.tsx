// The mindful pause. With a site: the budget is used; "Log off" (the
// celebrated choice) records a win and leaves; "more minutes" is allowed,
// without a word of blame. Without a site: a mindful minute from the popup.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Breath } from '../../components/Breath';
import { minutesText } from '../../components/minutes';
import { useSettings } from '../../components/useSettings';
import { t } from '../../utils/i18n';
import type { RuntimeMessage, RuntimeReply } from '../../utils/messages';
import { addWin } from '../../utils/wins';

const params = new URLSearchParams(location.search);
const site = params.get('site');
const returnUrl = params.get('url');
const usedMinutes = Math.max(1, Math.round(Number(params.get('used') ?? 0) / 60_000));

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
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const settings = useSettings();
  const snoozeMinutes = settings?.snoozeMinutes;
  const dayStartHour = settings?.dayStartHour ?? 0;

  async function act(work: () => Promise<void>) {
    setBusy(true);
    setProblem('');
    try {
      await work();
    } catch (error) {
      console.error('Small Wins pause:', error);
      setProblem(t('pauseProblem'));
      setBusy(false);
    }
  }

  if (!site || !returnUrl) {
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
              act(async () => {
                await addWin({ text: t('mindfulWinText'), kind: 'pause' }, { dayStartHour });
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
            onClick={() => act(() => leave(false))}
          >
            {t('closeTab')}
          </button>
        </div>
        {problem && (
          <p role="alert" class="problem">
            {problem}
          </p>
        )}
      </main>
    );
  }

  const logOff = () =>
    act(async () => {
      const text = t('logoffWinText', site, t('minutesShort', usedMinutes));
      const saved = await addWin(
        { text, kind: 'logoff', site, minutes: usedMinutes },
        { dayStartHour },
      );
      if (!saved.ok) throw new Error(saved.reason);
      await leave(true);
    });

  const moreMinutes = () =>
    act(async () => {
      const message: RuntimeMessage = { type: 'snooze', host: site };
      const reply = (await browser.runtime.sendMessage(message)) as RuntimeReply;
      if (!reply.ok) throw new Error(reply.reason);
      location.replace(returnUrl);
    });

  return (
    <main>
      <h1>{t('pauseHeading')}</h1>
      <p class="lead">{t('pauseSpent', minutesText(usedMinutes), site)}</p>
      <Breath />
      <p>{t('pauseInvite')}</p>
      <div class="choices">
        <button type="button" class="primary" disabled={busy} onClick={logOff}>
          {t('logOff')}
        </button>
        {snoozeMinutes !== undefined && (
          <button type="button" class="secondary" disabled={busy} onClick={moreMinutes}>
            {snoozeMinutes === 1 ? t('snoozeOne') : t('snoozeMany', snoozeMinutes)}
          </button>
        )}
      </div>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
    </main>
  );
}
