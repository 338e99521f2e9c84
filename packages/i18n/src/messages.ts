import type { catalog as fi } from './catalogs/fi/index.ts';

export type MessageKey = keyof typeof fi;
export type Catalog = Record<MessageKey, string>;
