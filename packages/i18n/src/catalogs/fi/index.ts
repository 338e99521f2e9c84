import { areas } from './areas.ts';
import { shell } from './shell.ts';

export const catalog = { ...shell, ...areas };
