import type { ShellMessages } from '../../messages.ts';
import { app } from './app.ts';
import { domain } from './domain.ts';
import { errors } from './errors.ts';

export const shell: ShellMessages = { ...domain, ...errors, ...app };
