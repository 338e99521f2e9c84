// Everything but the catalogs, for the web app, which loads the catalog of one language at a time.
export * from './locales.ts';
export * from './message.ts';
export type * from './messages.ts';
