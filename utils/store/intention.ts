// The marks the worker reads to decide when to ask "What are you here for?"
// (when a site's intention page was passed, when the site last paused), kept
// across browser restarts so the first visit of the day is asked only once.
import { type IntentionMarks, type MarkEvent, NO_MARKS, noteMark } from '@/utils/core/intention';
import type { SiteRule } from '@/utils/core/sites';
import { intentionMarksItem } from './items';
export async function readMarks(): Promise<IntentionMarks> {
  return (await intentionMarksItem.getValue()) ?? NO_MARKS;
}

/** Notes that a site paused or had its intention page passed (the worker's queue serialises these). */
export async function noteIntentionMark(event: MarkEvent, rules: readonly SiteRule[]) {
  await intentionMarksItem.setValue(noteMark(await readMarks(), event, rules));
}
