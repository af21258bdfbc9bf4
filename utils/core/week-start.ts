// The day a week starts on, as the person's language and region count it:
// Sunday in the US, Japan, Brazil or Israel, Saturday in much of the
// Arabic-speaking world, Monday in most other places. The platform knows
// (Intl.Locale week info); where it does not, a small table by region does.
// A setting can choose the day instead. Pure: the language is passed in.

/** 0 = Sunday … 6 = Saturday, as Date#getDay counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The settings' choice: the language's own week, or a weekday. */
export const WEEK_START_FROM_LANGUAGE = -1;
export const WEEK_START_CHOICES = [WEEK_START_FROM_LANGUAGE, 1, 0, 6] as const;

const SUNDAY = new Set(
  'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const SATURDAY = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

/** A stored choice, or the language's week when it is not a weekday. */
export function weekStartChoiceOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6
    ? value
    : WEEK_START_FROM_LANGUAGE;
}

/** The first day of the week by region when the platform cannot say. */
export function fallbackWeekStart(region: string | undefined): Weekday {
  if (region && SUNDAY.has(region)) return 0;
  if (region && SATURDAY.has(region)) return 6;
  return 1;
}

type WeekInfoLocale = Intl.Locale & {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
};

/** The first day of the week for a language tag ("en-US", "ar", "de"). */
export function languageWeekStart(language: string): Weekday {
  let locale: WeekInfoLocale;
  try {
    locale = new Intl.Locale(language) as WeekInfoLocale;
  } catch {
    return 1;
  }
  const info = locale.getWeekInfo?.() ?? locale.weekInfo;
  // Intl counts 1 = Monday … 7 = Sunday.
  if (info && info.firstDay >= 1 && info.firstDay <= 7) return (info.firstDay % 7) as Weekday;
  return fallbackWeekStart(locale.maximize().region);
}

/** The week start in use: the setting's weekday, or the language's. */
export function weekStartOf(choice: number, language: string): Weekday {
  return choice >= 0 && choice <= 6 ? (choice as Weekday) : languageWeekStart(language);
}

/** The last day of a week starting on `start`. */
export function weekEndOf(start: Weekday): Weekday {
  return ((start + 6) % 7) as Weekday;
}

/** The seven weekdays in the order of a week starting on `start`. */
export function weekdaysFrom(start: Weekday): Weekday[] {
  return Array.from({ length: 7 }, (_, i) => ((start + i) % 7) as Weekday);
}
