export * from './domain.ts';
export * from './problem.ts';
export * from './auth.ts';
export * from './organisations.ts';
export * from './projects.ts';
export * from './composition.ts';
export * from './checklist-templates.ts';
export * from './research.ts';
