// Whether the evening reminder's alarm for a day was decided, read from the
// plan the worker stores (`nudgePlan`): the next reminder is planned for a
// later day. No plan yet (the worker has not yet heard of a new reminder) is
// not a decision. Shared by the Chromium and Firefox page objects, with the
// reminder time they set.
export function decidedAfter(plan: unknown, day: string): boolean {
  const planned = (plan as { day?: unknown } | null | undefined)?.day;
  return typeof planned === 'string' && planned > day;
}

/**
 * In a page, by its clock: the reminder time ("HH:MM") of the next minute
 * that starts at least a whole minute from now, 60–120 s ahead (6–12 s in a
 * test build). A minute that merely starts within the next 60 s could be a
 * second away, its alarm firing before a test could see nothing shown yet.
 */
export function reminderTimeAMinuteAhead(): string {
  const soon = new Date(Date.now() + 120_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(soon.getHours())}:${pad(soon.getMinutes())}`;
}
