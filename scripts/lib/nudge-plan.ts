// Whether the evening reminder's alarm for a day was decided, read from the
// plan the worker stores (`nudgePlan`): the next reminder is planned for a
// later day. No plan yet (the worker has not yet heard of a new reminder) is
// not a decision. Shared by the Chromium and Firefox page objects.
export function decidedAfter(plan: unknown, day: string): boolean {
  const planned = (plan as { day?: unknown } | null | undefined)?.day;
  return typeof planned === 'string' && planned > day;
}
