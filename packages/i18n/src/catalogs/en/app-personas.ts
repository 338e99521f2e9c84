import type { appPersonas as fi } from '../fi/app-personas.ts';

export const appPersonas: Record<keyof typeof fi, string> = {
  'searchType.persona': 'Persona or customer story',
};
