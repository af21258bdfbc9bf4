// The one rule for the hour the person's day starts (0–11, midnight when
// unset or out of range), apart from the rest of the settings so the pages
// that only need "today" carry none of the site rules. Pure.
export const DEFAULT_DAY_START_HOUR = 0;

export function dayStartHourOf(raw: unknown): number {
  const value =
    typeof raw === 'object' && raw !== null
      ? (raw as { dayStartHour?: unknown }).dayStartHour
      : undefined;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 11
    ? value
    : DEFAULT_DAY_START_HOUR;
}
