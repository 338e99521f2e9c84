import { z } from 'zod';
import { Id, Locale, Role, Timestamp, inputString, line } from './domain.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const Email = inputString().trim().toLowerCase().max(254).pipe(z.email());
// Length and commonness are checked by the server so that the error names the exact rule.
export const NewPassword = inputString().max(1024);

export const LoginInput = z.strictObject({
  email: Email,
  password: inputString().min(1).max(1024),
});

/** How one may sign in here: the password form and a button per identity provider. */
export const SignInMethods = z.object({
  password: z.boolean(),
  providers: z.array(
    z.object({
      id: z.string(),
      // In the caller's language.
      name: z.string(),
      // A plain link: the browser leaves for the provider and comes back signed in.
      startPath: z.string(),
    }),
  ),
});
export type SignInMethods = z.infer<typeof SignInMethods>;

/** Given when the session came from a provider that offers RP-initiated logout. */
export const LogoutResult = z.object({ endSessionUrl: z.string() });

export const MeOrganisation = z.object({
  id: Id,
  name: z.string(),
  slug: z.string(),
  role: Role,
});

export const Me = z.object({
  user: z.object({
    id: Id,
    email: z.string(),
    displayName: z.string(),
    locale: Locale,
  }),
  organisations: z.array(MeOrganisation),
  // Sent back in the X-CSRF-Token header on every write made with the session cookie.
  csrfToken: z.string(),
  // What this installation can do, where the web app says so: Finnish search finds inflected
  // forms and parts of compound words only with Voikko on the server.
  installation: z.object({ finnishMorphology: z.boolean() }),
});
export type Me = z.infer<typeof Me>;

export const UpdateAccountInput = z.strictObject({
  displayName: line(120).optional(),
  locale: Locale.optional(),
});

export const ChangePasswordInput = z.strictObject({
  currentPassword: inputString().min(1).max(1024),
  newPassword: NewPassword,
});

export const SessionSummary = z.object({
  id: Id,
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export const SessionList = z.object({ items: z.array(SessionSummary) });
export type SessionSummary = z.infer<typeof SessionSummary>;
