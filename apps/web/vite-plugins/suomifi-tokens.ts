import { suomifiDesignTokens, type DesignTokens } from 'suomifi-design-tokens';
import type { Plugin } from 'vite';

export const SUOMIFI_TOKENS_MODULE = 'virtual:suomifi-tokens.css';
// Vite treats ids ending in .css as stylesheets, so the resolved id keeps the extension.
const resolvedId = `\0${SUOMIFI_TOKENS_MODULE}`;

/** camelCase → kebab-case, digits kept with their word: `depthLight1` → `depth-light1`. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function valueWithUnit(token: { value: number | string; unit?: string | null }): string {
  return `${token.value}${token.unit ?? ''}`;
}

/**
 * Turns the Suomi.fi design tokens into CSS custom properties, so that our stylesheets speak
 * the design system's vocabulary (`var(--fi-color-brand-base)`) without a Sass step.
 */
export function tokensToCss(tokens: DesignTokens): string {
  const lines: string[] = [];
  const add = (name: string, value: string) => lines.push(`  --fi-${name}: ${value};`);
  const raw = tokens.values;

  for (const [name, color] of Object.entries(raw.colors)) add(`color-${kebab(name)}`, color.hsl);
  for (const [name, value] of Object.entries(raw.spacing)) {
    add(`spacing-${kebab(name)}`, valueWithUnit(value));
  }
  for (const [name, value] of Object.entries(raw.radiuses)) {
    add(`radius-${kebab(name)}`, valueWithUnit(value));
  }
  for (const [name, value] of Object.entries(raw.shadows)) {
    add(`shadow-${kebab(name)}`, valueWithUnit(value));
  }
  for (const [name, value] of Object.entries(raw.gradients)) {
    add(`gradient-${kebab(name)}`, valueWithUnit(value));
  }
  for (const [name, value] of Object.entries(raw.transitions)) {
    add(`transition-${kebab(name)}`, valueWithUnit(value));
  }
  for (const [name, value] of Object.entries(raw.breakpoints)) {
    add(`breakpoint-${kebab(name)}`, valueWithUnit(value));
  }
  for (const [name, type] of Object.entries(raw.typography)) {
    const prefix = `text-${kebab(name)}`;
    add(`${prefix}-font-size`, valueWithUnit(type.fontSize));
    add(`${prefix}-line-height`, valueWithUnit(type.lineHeight));
    add(`${prefix}-font-weight`, String(type.fontWeight));
  }
  // The stack of the design system, with Helvetica added for systems without Helvetica Neue;
  // no web font is downloaded.
  const family = raw.typography.bodyText.fontFamily.replace(
    "'Helvetica Neue',",
    "'Helvetica Neue', Helvetica,",
  );
  add('font-family', family);

  return `:root {\n${lines.join('\n')}\n}\n`;
}

/** Serves the design tokens as the virtual stylesheet `virtual:suomifi-tokens.css`. */
export function suomifiTokens(): Plugin {
  return {
    name: 'timantti:suomifi-tokens',
    resolveId(id) {
      return id === SUOMIFI_TOKENS_MODULE ? resolvedId : undefined;
    },
    load(id) {
      return id === resolvedId ? tokensToCss(suomifiDesignTokens) : undefined;
    },
  };
}
