import type { areas } from './catalogs/fi/areas.ts';
import type { shell } from './catalogs/fi/shell.ts';

// A language's messages come in two parts, so that a first page (signing in) loads only the
// frame's: `shell` (every page's frame, signing in, account, projects, members) and `areas`
// (research and synthesis).
export type ShellMessages = Record<keyof typeof shell, string>;
export type AreaMessages = Record<keyof typeof areas, string>;
export type MessageKey = keyof ShellMessages | keyof AreaMessages;
export type Catalog = Record<MessageKey, string>;
export type CatalogPart = 'shell' | 'areas';
