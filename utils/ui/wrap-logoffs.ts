// The wrap-up's sentence about logging off: how many times, and the minutes
// it took back only when there were any. One small place, so the sentence
// can follow the shared figure words when they change.
import { plural } from '@/utils/ui/plural';

export function logoffSentence(count: number, minutesTakenBack: number): string {
  return minutesTakenBack > 0
    ? plural('wrapLogoffs', count, count, minutesTakenBack)
    : plural('wrapLogoffsCount', count, count);
}
