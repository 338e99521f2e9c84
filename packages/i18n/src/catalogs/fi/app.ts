
export const app = {
  'app.name': 'Timantti',
} as const;
