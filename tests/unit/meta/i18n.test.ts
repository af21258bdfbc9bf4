// Numbers in messages are written the way the page's language writes them,
// not as the digits a program prints.
import { describe, expect, it } from 'vitest';
import { substitution } from '../../../utils/i18n';

describe('message substitutions', () => {
  it('groups large numbers the Spanish way in Spanish and the English way in English', () => {
    expect(substitution(12345, 'es')).toBe('12.345');
    expect(substitution(12345, 'en-US')).toBe('12,345');
  });

  it('writes small numbers as plain digits in both languages', () => {
    expect(substitution(7, 'es')).toBe('7');
    expect(substitution(30, 'en')).toBe('30');
  });

  it('leaves text as it is', () => {
    expect(substitution('news.test', 'es')).toBe('news.test');
  });
});
