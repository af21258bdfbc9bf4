// The person's own small steps: one form to add a step (or edit one chosen
// from the list), each maybe under a goal and maybe marked gentle; the list
// to reorder, remove and try for a few days; and whether the built-in tiny
// wins and the energy question show.
import { useRef, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { useSettingsChange } from '@/hooks/use-settings-change';
import type { Settings } from '@/utils/core/settings';
import {
  checkGoal,
  goalTag,
  MAX_GOAL_LENGTH,
  MAX_STEP_LENGTH,
  MAX_STEPS,
  type SmallStep,
} from '@/utils/core/steps';
import { checkWinText } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';
import { updateSettings } from '@/utils/store/settings';
import { describeProblem } from '@/utils/ui/problems';
import { StepList } from './StepList';

interface Props {
  settings: Settings;
  onStatus: (s: string) => void;
}

export function StepsSection({ settings, onStatus }: Props) {
  const [text, setText] = useState('');
  const [goal, setGoal] = useState('');
  const [gentle, setGentle] = useState(false);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [textProblem, setTextProblem] = useState('');
  const [goalProblem, setGoalProblem] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const { problem, run } = useAction();
  const { shown, change: toggle, problem: toggleProblem } = useSettingsChange(settings, onStatus);
  const tag = goalTag(goal.trim());

  const clear = () => {
    setText('');
    setGoal('');
    setGentle(false);
    setEditing(undefined);
  };
  const edit = (step: SmallStep) => {
    setText(step.text);
    setGoal(step.goal ?? '');
    setGentle(step.gentle);
    setEditing(step.id);
    field.current?.focus();
  };

  function submit(event: Event) {
    event.preventDefault();
    const stepCheck = checkWinText(text, MAX_STEP_LENGTH);
    const goalCheck = checkGoal(goal);
    const full = !editing && settings.steps.length >= MAX_STEPS;
    setTextProblem(
      !stepCheck.ok ? describeProblem(stepCheck) : full ? t('stepsFull', MAX_STEPS) : '',
    );
    setGoalProblem(
      goalCheck.ok
        ? ''
        : goalCheck.reason === 'tooLong'
          ? t('goalTooLong', MAX_GOAL_LENGTH)
          : t('errorControl'),
    );
    if (!stepCheck.ok || !goalCheck.ok || full) return;
    const fields = { text: stepCheck.text, goal: goalCheck.goal || undefined, gentle };
    const id = editing;
    void run(async () => {
      await updateSettings((s) => ({
        ...s,
        steps: id
          ? s.steps.map((x) => (x.id === id ? { ...x, ...fields } : x))
          : [...s.steps, { id: crypto.randomUUID(), ...fields }],
      }));
      clear();
      onStatus(t(id ? 'stepUpdated' : 'stepAdded', fields.text));
    });
  }

  return (
    <>
      <form class="step-form" onSubmit={submit} noValidate>
        <div>
          <label for="step-text">{t('stepField')}</label>
          <input
            id="step-text"
            ref={field}
            type="text"
            dir="auto"
            autocomplete="off"
            placeholder={t('stepPlaceholder')}
            value={text}
            aria-invalid={textProblem ? true : undefined}
            aria-describedby={textProblem ? 'step-text-problem' : undefined}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setTextProblem('');
            }}
          />
          <Problem id="step-text-problem" text={textProblem} />
        </div>
        <div>
          <label for="step-goal">{t('goalField')}</label>
          <input
            id="step-goal"
            type="text"
            dir="auto"
            autocomplete="off"
            placeholder={t('goalPlaceholder')}
            value={goal}
            aria-invalid={goalProblem ? true : undefined}
            aria-describedby={goalProblem ? 'step-goal-problem' : tag ? 'step-goal-tag' : undefined}
            onInput={(e) => {
              setGoal(e.currentTarget.value);
              setGoalProblem('');
            }}
          />
          {tag && (
            <p id="step-goal-tag" class="hint">
              {t('goalTagHint', tag)}
            </p>
          )}
          <Problem id="step-goal-problem" text={goalProblem} />
        </div>
        <div class="check">
          <input
            id="step-gentle"
            type="checkbox"
            checked={gentle}
            onChange={(e) => setGentle(e.currentTarget.checked)}
          />
          <label for="step-gentle">{t('stepGentleLabel')}</label>
        </div>
        <div class="step-buttons">
          <button type="submit">{editing ? t('stepSaveChanges') : t('stepSave')}</button>
          {editing && (
            <button type="button" class="secondary" onClick={clear}>
              {t('stepCancel')}
            </button>
          )}
        </div>
      </form>
      <Problem text={problem} />
      <StepList settings={settings} onEdit={edit} onStatus={onStatus} />
      <div class="check">
        <input
          id="show-built-in"
          type="checkbox"
          checked={shown.showBuiltInSteps}
          onChange={(e) => void toggle({ showBuiltInSteps: e.currentTarget.checked })}
        />
        <label for="show-built-in">{t('showBuiltInLabel')}</label>
      </div>
      <div class="check">
        <input
          id="ask-energy"
          type="checkbox"
          checked={shown.askEnergy}
          onChange={(e) => void toggle({ askEnergy: e.currentTarget.checked })}
        />
        <label for="ask-energy">{t('askEnergyLabel')}</label>
      </div>
      <Problem text={toggleProblem} />
    </>
  );
}
