// Checking a backup's lists a few thousand records at a time: each list is
// checked record by record (./backup-records.ts has the checks), pausing
// after every CHECK_STEP records so a page can give the person a turn while
// 100,000 wins are checked. Pure: the pauses are a generator's yields.
import type { ImportProblem } from './backup';
import { type Check, isObject } from './backup-records';

export type Checked<T> = { ok: true; records: T[] } | { ok: false; problem: ImportProblem };

/** Records checked between two turns of the page when a file is checked in steps. */
export const CHECK_STEP = 2000;

/** Runs checking steps to the end at once (tests, and small lists such as sites). */
export function drain<R>(steps: Generator<void, R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Checks every record of a list, pausing (a `yield`) after each CHECK_STEP
 * records so a caller can give the page a turn: 100,000 wins took most of a
 * second to check in one go.
 */
export function* checkAllSteps<T>(
  store: string,
  value: unknown,
  check: Check<T>,
): Generator<void, Checked<T>> {
  if (value === undefined) return { ok: true, records: [] };
  if (!Array.isArray(value)) {
    return { ok: false, problem: { code: 'badRecord', store, index: -1, field: store } };
  }
  const records: T[] = [];
  for (let index = 0; index < value.length; index++) {
    if (index > 0 && index % CHECK_STEP === 0) yield;
    const record: unknown = value[index];
    const result = isObject(record) ? check(record) : 'record';
    if (typeof result === 'string') {
      return { ok: false, problem: { code: 'badRecord', store, index, field: result } };
    }
    records.push(result);
  }
  return { ok: true, records };
}

export function checkAll<T>(store: string, value: unknown, check: Check<T>): Checked<T> {
  return drain(checkAllSteps(store, value, check));
}
