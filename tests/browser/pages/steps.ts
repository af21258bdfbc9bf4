// The person's small steps in the settings, in every browser: the form that
// adds a step (under a goal, maybe gentle) or edits one, the list in its
// order with each step's own buttons, the hint naming the goal's tag, and the
// two switches below it (the built-in tiny wins, the energy question).
import { expect } from '@playwright/test';
import type { Tab } from '../tab';
import type { OptionsView } from './options';
import { labelled } from './wins';

/** The switches under the list, by their field's id. */
export type StepSwitch = 'show-built-in' | 'ask-energy';

export class StepsSettings {
  readonly tab: Tab;

  constructor(readonly options: OptionsView) {
    this.tab = options.tab;
  }

  /** Writes a step in the form and saves it; waits until the page says it is kept. */
  async add(text: string, opts: { goal?: string; gentle?: boolean } = {}): Promise<void> {
    await this.tab.fill('Small step', text);
    if (opts.goal) await this.tab.fill('Goal', opts.goal);
    if (opts.gentle) await this.tab.click('#step-gentle');
    await this.tab.clickButton('Save step');
    await expect
      .poll(() => this.options.status())
      .toBe(`“${text}” is one of your small steps now.`);
  }

  /** The steps' words, as listed under "Your small steps". */
  names(): Promise<string[]> {
    return this.tab.evaluate(
      () =>
        [...document.querySelectorAll('ul.steps[aria-labelledby="steps-heading"] > li strong')].map(
          (el) => el.textContent?.trim() ?? '',
        ),
      null,
    );
  }

  /** Moves focus to the step's button with this label (“Move down: …”) and presses Enter. */
  async pressByKeyboard(label: string): Promise<void> {
    await this.tab.focus(`button${labelled(label)}`);
    await this.tab.press('Enter');
  }

  /** The label of the focused element. */
  focusedLabel(): Promise<string | null> {
    return this.tab.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? null,
      null,
    );
  }

  /** What the "Small step" field holds now. */
  fieldValue(): Promise<string | undefined> {
    return this.tab.evaluate(
      () => (document.getElementById('step-text') as HTMLInputElement | null)?.value,
      null,
    );
  }

  /** The hint under the goal field (the tag its wins get), or undefined. */
  goalHint(): Promise<string | undefined> {
    return this.tab.evaluate(
      () => document.getElementById('step-goal-tag')?.textContent?.trim(),
      null,
    );
  }

  /** Whether a switch under the list is on. */
  isOn(id: StepSwitch): Promise<boolean | undefined> {
    return this.tab.evaluate(
      (i) => (document.getElementById(i) as HTMLInputElement | null)?.checked,
      id,
    );
  }

  /** Turns a switch under the list off (a click on it), and waits until it is. */
  async turnOff(id: StepSwitch): Promise<void> {
    expect(await this.isOn(id)).toBe(true);
    await this.tab.click(`#${id}`);
    await expect.poll(() => this.isOn(id)).toBe(false);
  }
}
