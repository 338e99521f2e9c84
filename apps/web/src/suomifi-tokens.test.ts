import { suomifiDesignTokens } from 'suomifi-design-tokens';
import { describe, expect, it } from 'vitest';
import { kebab, tokensToCss } from '../vite-plugins/suomifi-tokens.ts';

describe('Suomi.fi design tokens as CSS custom properties', () => {
  const css = tokensToCss(suomifiDesignTokens);

  it('names properties after the design system', () => {
    expect(kebab('depthLight1')).toBe('depth-light1');
    expect(css).toContain('--fi-color-brand-base: hsl(214, 100%, 24%);');
    expect(css).toContain('--fi-spacing-m: 20px;');
    expect(css).toContain('--fi-text-heading1-font-size: 40px;');
  });

  it('uses the font stack without downloading a font', () => {
    expect(css).toMatch(/--fi-font-family: 'Source Sans 3', 'Helvetica Neue', Helvetica, 'Arial'/);
    expect(css).not.toMatch(/url\(|@import|@font-face/);
  });
});
