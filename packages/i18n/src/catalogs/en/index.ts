import type { Catalog } from '../../messages.ts';
import { areas } from './areas.ts';
import { shell } from './shell.ts';

export const catalog: Catalog = { ...shell, ...areas };
