import { app } from './app.ts';
import { domain } from './domain.ts';
import { errors } from './errors.ts';

// The frame of every page, signing in, the account, projects and members: what a first page
// needs. Finnish is the source language: the other catalogs are typed against this one.
export const shell = { ...domain, ...errors, ...app };
