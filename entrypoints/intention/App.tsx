// "What are you here for?" before a limited site that asks for an intention:
// one line (a win's text rules, its limit said), then Continue saves it for
// the day and site, or Skip goes on without a word. Either way the worker
// notes the page was passed (so it is not asked again until a new day or a
// pause) and the site opens at the address the person was going to. Only a
// limited site's own http(s) address is ever opened from here.
import { useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { useSettings } from '@/hooks/use-settings';
import { readIntentionLink } from '@/utils/core/intention-link';
import { displaySite } from '@/utils/core/sites';
import { checkVisitText, VISIT_MAX } from '@/utils/core/visit';
import { t } from '@/utils/i18n';
import { askWorker } from '@/utils/messages';
import { saveVisitIntention } from '@/utils/store/visits';
import { minutesText } from '@/utils/ui/format';
import { describeVisitProblem } from '@/utils/ui/visit-problems';

const FIELD = 'intention-text';

export function App() {
  const settings = useSettings();
  const [text, setText] = useState('');
  const { busy, problem, setProblem, run } = useAction();
  // Never inside another page's frame: a click there must not pass the question.
  if (!settings || window.top !== window.self) return null;

  const visit = readIntentionLink(location.hash, settings.sites);
  if (!visit) {
    return (
      <main>
        <h1>{t('intentionHeading')}</h1>
        <p class="lead">{t('intentionNoSite')}</p>
      </main>
    );
  }
  const rule = settings.sites.find((r) => r.host === visit.site);
  const name = rule?.label ?? displaySite(visit.site);

  async function goOn() {
    const reply = await askWorker({ type: 'intentionPassed', host: visit?.site ?? '' });
    if (!reply.ok) throw new Error(reply.reason);
    if (visit) location.replace(visit.url);
  }

  function save(event: Event) {
    event.preventDefault();
    if (busy || !visit) return;
    const check = checkVisitText(text);
    if (!check.ok) return setProblem(describeVisitProblem(check));
    void run(async () => {
      const saved = await saveVisitIntention(visit.site, check.text);
      if (!saved.ok) throw new Error(saved.reason);
      await goOn();
    });
  }

  return (
    <main>
      <h1>{t('intentionHeading')}</h1>
      <p class="lead">{t('intentionLead', name, minutesText(rule?.dailyMinutes ?? 0))}</p>
      <form onSubmit={save} noValidate>
        <label for={FIELD}>{t('intentionField', name)}</label>
        <input
          id={FIELD}
          type="text"
          dir="auto"
          value={text}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${FIELD}-hint${problem ? ` ${FIELD}-problem` : ''}`}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setProblem('');
          }}
          // biome-ignore lint/a11y/noAutofocus: the page asks one question; its field is where a person types
          autoFocus
        />
        <p id={`${FIELD}-hint`} class="hint">
          {t('intentionHint', VISIT_MAX)}
        </p>
        <Problem id={`${FIELD}-problem`} text={problem} />
        <div class="choices">
          <button type="submit" class="primary" disabled={busy}>
            {t('intentionContinue')}
          </button>
          <button type="button" class="secondary" disabled={busy} onClick={() => run(goOn)}>
            {t('intentionSkip')}
          </button>
        </div>
      </form>
    </main>
  );
}
