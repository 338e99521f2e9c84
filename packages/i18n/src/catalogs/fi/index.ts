import { app } from './app.ts';
import { domain } from './domain.ts';
import { errors } from './errors.ts';

// Finnish is the source language: the other catalogs are typed against this one.
export const catalog = { ...domain, ...errors, ...app };
