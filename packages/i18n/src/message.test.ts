import { describe, expect, it } from 'vitest';
import { formatMessage, parseMessage } from './message.ts';

describe('formatMessage', () => {
  it('fills values and leaves a missing one as it was', () => {
    expect(formatMessage('fi', 'Ryhmä {title} luotiin ({who}).', { title: 'Luvat' })).toBe(
      'Ryhmä Luvat luotiin ({who}).',
    );
  });

  it('picks an exact form before the category, and # only means the number in a plural', () => {
    const message = '#{count, plural, =0 {ei kortteja} one {# kortti {name}} other {# korttia}}';
    expect(formatMessage('fi', message, { count: 0, name: 'A' })).toBe('#ei kortteja');
    expect(formatMessage('fi', message, { count: 1, name: 'A' })).toBe('#1 kortti A');
    expect(formatMessage('fi', message, { count: 7 })).toBe('#7 korttia');
  });

  it('formats numbers for the language, and passes a string through', () => {
    expect(formatMessage('en', '{max, number}', { max: 10000 })).toBe('10,000');
    expect(formatMessage('fi', '{max, number}', { max: 10000 })).toBe('10\u00a0000');
    expect(formatMessage('fi', '{max, number}', { max: '' })).toBe('');
  });

  it.each([
    '{count, plural, one {# kortti}}',
    '{count, select, a {x} other {y}}',
    '{count, plural, one {# kortti} other {# korttia}',
    'Lopussa }',
    '{count, plural, other {a} other {b}}',
    '{}',
  ])('refuses %s', (message) => {
    expect(() => parseMessage(message)).toThrow(SyntaxError);
  });
});
