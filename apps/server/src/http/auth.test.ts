import { describe, expect, it } from 'vitest';
import { originAllowed } from './auth.ts';

describe('the Origin check', () => {
  it.each([
    [undefined, 'https://timantti.example', true],
    ['https://timantti.example', 'https://timantti.example', true],
    ['https://timantti.example:443', 'https://timantti.example', true],
    ['https://TIMANTTI.example', 'https://timantti.example:443', true],
    ['http://localhost:3000', 'http://localhost:3000', true],
    ['http://timantti.example', 'https://timantti.example', false],
    ['https://timantti.example:8443', 'https://timantti.example', false],
    ['https://evil.example', 'https://timantti.example', false],
    ['https://timantti.example.evil.example', 'https://timantti.example', false],
    ['null', 'https://timantti.example', false],
    ['not a url', 'https://timantti.example', false],
    ['https://timantti.example', 'https://not a host', false],
  ])('%s against %s → %s', (origin, own, allowed) => {
    expect(originAllowed(origin, own)).toBe(allowed);
  });
});
