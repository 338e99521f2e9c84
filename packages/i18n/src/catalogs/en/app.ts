import type { app as fi } from '../fi/app.ts';
export const app: Record<keyof typeof fi, string> = {
  'app.name': 'Timantti',
};
