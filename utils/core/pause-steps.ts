// The kinder ways out of a pause: beside "Log off", two or three small steps
// away from the screen. The person's own small steps when they have some
// (gentlest first, as on a low-energy day, each group in their order),
// otherwise the built-in ones. Choosing one logs off and records the step as
// the chips do (its own words, its goal's tag beside them), so it counts toward its
// goal and its try. Pure: the built-in words come from the screen.
import { type Chip, orderChips, type SmallStep, stepWin } from './steps';
import type { NewWin } from './win-rules';

/** At most this many steps beside "Log off" and "more minutes". */
export const PAUSE_STEP_COUNT = 3;

export interface PauseStep {
  key: string;
  /** What the button says. */
  label: string;
  /** The win it records beside the log-off. */
  win: NewWin;
}

/** The steps the pause page offers, best first. */
export function pauseSteps(
  own: readonly SmallStep[],
  builtIn: readonly PauseStep[],
  count = PAUSE_STEP_COUNT,
): PauseStep[] {
  if (own.length === 0) return builtIn.slice(0, count);
  const chips: Chip[] = own.map((s) => ({
    key: s.id,
    text: s.text,
    goal: s.goal,
    gentle: s.gentle,
  }));
  return orderChips(chips, [], 'low')
    .slice(0, count)
    .map((chip) => ({ key: chip.key, label: chip.text, win: stepWin(chip) }));
}
