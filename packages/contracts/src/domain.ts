import { z } from 'zod';

export const locales = ['fi', 'sv', 'en'] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

// Roles of a person in an organisation, from widest to narrowest rights.
export const roles = ['admin', 'facilitator', 'member', 'customer_member', 'viewer'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

// The double diamond: Discover → Define → Develop → Deliver.
export const phases = ['discover', 'define', 'develop', 'deliver'] as const;
export const Phase = z.enum(phases);
export type Phase = z.infer<typeof Phase>;

// "Good work happens when an expert, a developer, a decision-maker and a customer are on board."
export const perspectives = ['expert', 'developer', 'decision_maker', 'customer'] as const;
export const Perspective = z.enum(perspectives);
export type Perspective = z.infer<typeof Perspective>;

export const Id = z.uuid();
export const Timestamp = z.iso.datetime({ offset: true });

/** Trims, then bounds a single-line text field. */
export const line = (max: number) => z.string().trim().min(1).max(max);
/** Bounds a multi-line text field that may be empty. */
export const text = (max: number) => z.string().trim().max(max);
