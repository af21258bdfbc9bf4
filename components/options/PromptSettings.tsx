// The person's own morning and evening questions: one a line in a box each,
// and whether they are asked in turn or at random. An empty box keeps the
// built-in question. What cannot be kept is explained and stays in the box.
import { useEffect, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { type PromptOrder, parsePromptLines } from '@/utils/core/prompts';
import type { Settings } from '@/utils/core/settings';
import { t } from '@/utils/i18n';
import { updateSettings } from '@/utils/store/settings';

interface Props {
  settings: Settings;
  onStatus: (s: string) => void;
}

export function PromptSettings({ settings, onStatus }: Props) {
  const [morning, setMorning] = useState(settings.morningPrompts.join('\n'));
  const [evening, setEvening] = useState(settings.eveningPrompts.join('\n'));
  const [order, setOrder] = useState<PromptOrder>(settings.promptOrder);
  const { busy, problem, setProblem, run } = useAction();
  useEffect(() => setOrder(settings.promptOrder), [settings.promptOrder]);

  function save(event: Event) {
    event.preventDefault();
    const parsed = [parsePromptLines(morning), parsePromptLines(evening)];
    for (const p of parsed) {
      if (!p.ok) return setProblem(t(p.reason === 'tooLong' ? 'promptsTooLong' : 'promptsTooMany'));
    }
    const [m, e] = parsed.map((p) => (p.ok ? p.prompts : []));
    void run(async () => {
      await updateSettings((s) => ({
        ...s,
        morningPrompts: m ?? [],
        eveningPrompts: e ?? [],
        promptOrder: order,
      }));
      setMorning((m ?? []).join('\n'));
      setEvening((e ?? []).join('\n'));
      onStatus(t('promptsSaved'));
    });
  }

  const edit = (set: (v: string) => void) => (e: { currentTarget: HTMLTextAreaElement }) => {
    set(e.currentTarget.value);
    setProblem('');
  };
  return (
    <form class="prompts" onSubmit={save}>
      <h3>{t('promptsHeading')}</h3>
      <p class="hint">{t('promptsIntro')}</p>
      <label for="prompts-morning">{t('promptsMorningLabel')}</label>
      <textarea id="prompts-morning" rows={3} value={morning} onInput={edit(setMorning)} />
      <label for="prompts-evening">{t('promptsEveningLabel')}</label>
      <textarea id="prompts-evening" rows={3} value={evening} onInput={edit(setEvening)} />
      <label for="prompts-order">{t('promptsOrderLabel')}</label>
      <select
        id="prompts-order"
        value={order}
        onChange={(e) => setOrder(e.currentTarget.value as PromptOrder)}
      >
        <option value="turn">{t('promptsOrderTurn')}</option>
        <option value="random">{t('promptsOrderRandom')}</option>
      </select>
      <Problem text={problem} />
      <div>
        <button type="submit" class="secondary" disabled={busy}>
          {t('promptsSave')}
        </button>
      </div>
    </form>
  );
}
