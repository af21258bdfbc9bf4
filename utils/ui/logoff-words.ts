// The log-off win's words: "Logged off social.example after 12 min", and
// with what the person said they came for, "… — came to reply to Sam". One
// place, so the pause page and its test build the same sentence.
import { type MessageKey, t } from '@/utils/i18n';

type Say = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export function logoffText(
  site: string,
  usedMinutes: number,
  intention: string | undefined,
  say: Say = t,
): string {
  const minutes = say('minutesShort', usedMinutes);
  return intention
    ? say('logoffWinIntentionText', site, minutes, intention)
    : say('logoffWinText', site, minutes);
}
