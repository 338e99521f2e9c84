import type { PersonaIcon } from '@timantti/contracts';

/** One stroke of an icon: a circle or a path, drawn in the avatar's foreground colour. */
export type IconShape = { circle: [cx: number, cy: number, r: number] } | { path: string };

/**
 * The avatar icons, drawn with a few strokes on a 48 × 48 grid: figures, never faces, so a
 * persona cannot be mistaken for a real person. The page and the exported SVG draw the same.
 */
export const personaIconShapes: Record<PersonaIcon, readonly IconShape[]> = {
  person: [{ circle: [24, 16, 7] }, { path: 'M10 41c0-8 6-14 14-14s14 6 14 14' }],
  youth: [
    { path: 'M11 10l13-5 13 5-13 5z' },
    { path: 'M35 10v6' },
    { circle: [24, 20, 6] },
    { path: 'M12 42c0-7 5-12 12-12s12 5 12 12' },
  ],
  senior: [
    { circle: [21, 14, 6] },
    { path: 'M8 41c0-8 5-14 13-14 4 0 7 2 9 5' },
    { path: 'M36 42V28a3 3 0 0 1 6 0' },
  ],
  family: [
    { circle: [17, 14, 6] },
    { path: 'M5 40c0-7 5-13 12-13s12 6 12 13' },
    { circle: [34, 22, 4] },
    { path: 'M27 40c0-5 3-9 7-9s7 4 7 9' },
  ],
  worker: [
    { path: 'M14 16a10 10 0 0 1 20 0z' },
    { path: 'M12 16h24' },
    { circle: [24, 21, 5] },
    { path: 'M10 42c0-8 6-13 14-13s14 5 14 13' },
  ],
  entrepreneur: [
    { circle: [24, 12, 6] },
    { path: 'M11 33c0-7 6-12 13-12s13 5 13 12' },
    { path: 'M15 33h18v10H15z' },
    { path: 'M21 33v-3h6v3' },
  ],
};
