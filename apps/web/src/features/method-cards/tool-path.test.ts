import { methodTools } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { methodToolPath } from './tool-path.ts';

describe('methodToolPath', () => {
  it('sends every tool to a page of the project it was opened from', () => {
    const seen = new Set<string>();
    for (const tool of methodTools) {
      const path = methodToolPath(tool, 'lahti', 'p1');
      expect(path).toMatch(/^\/o\/lahti\/projects\/p1\/(research|synthesis)\/[a-z]+$/);
      seen.add(path);
    }
    expect(seen.size).toBe(methodTools.length);
    expect(methodToolPath('journeys', 'lahti', 'p1')).toBe(
      '/o/lahti/projects/p1/synthesis/journeys',
    );
  });
});
