import { researchImportJob } from '../modules/research/imports/import.job.ts';
import { themeSuggestionJob } from '../modules/synthesis/theme-suggestion.job.ts';
import type { JobDefinition } from '../platform/jobs/job-definition.ts';

/** Every kind of job; the worker role runs each, every instance may enqueue them. */
export const jobDefinitions: readonly JobDefinition[] = [themeSuggestionJob, researchImportJob];
