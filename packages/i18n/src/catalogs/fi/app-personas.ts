// Texts of the persona and customer story pages (personat ja asiakastarinat), part of the app catalog.
export const appPersonas = {
  'searchType.persona': 'Persona tai asiakastarina',
} as const;
