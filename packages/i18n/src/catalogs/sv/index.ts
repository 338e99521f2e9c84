import type { Catalog } from '../../messages.ts';
import { app } from './app.ts';
import { domain } from './domain.ts';
import { errors } from './errors.ts';

export const catalog: Catalog = { ...domain, ...errors, ...app };
