import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths, researchPaths, safeRedirect } from './paths.ts';

describe('safeRedirect', () => {
  it.each([
    ['/o/lahti/projects', '/o/lahti/projects'],
    ['/invite/abc?x=1#y', '/invite/abc?x=1#y'],
    ['//evil.example/path', null],
    ['/\\evil.example', null],
    ['https://evil.example/', null],
    ['javascript:alert(1)', null],
    ['/line\nbreak', null],
    ['', null],
    [undefined, null],
    [42, null],
  ])('%j → %j', (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});

describe('paths', () => {
  it('encodes slugs, ids and the redirect target', () => {
    expect(paths.project('lahti', 'a b')).toBe('/o/lahti/projects/a%20b');
    expect(paths.login('/o/lahti/projects?q=a&b')).toBe(
      '/login?redirect=%2Fo%2Flahti%2Fprojects%3Fq%3Da%26b',
    );
    expect(paths.login('/')).toBe('/login');
    expect(paths.login()).toBe('/login');
  });

  it('builds the absolute invitation address from the origin', () => {
    expect(absoluteUrl('https://timantti.lahti.fi', '/invite/tok_en')).toBe(
      'https://timantti.lahti.fi/invite/tok_en',
    );
  });
});

describe('researchPaths', () => {
  it('live under the project and carry evidence filters in the query', () => {
    const research = researchPaths('lahti', 'p1');
    expect(research.participant('x/y')).toBe('/o/lahti/projects/p1/research/participants/x%2Fy');
    expect(research.evidence()).toBe('/o/lahti/projects/p1/research/evidence');
    expect(research.evidence({ tagId: 't1' })).toBe(
      '/o/lahti/projects/p1/research/evidence?tagId=t1',
    );
  });
});
