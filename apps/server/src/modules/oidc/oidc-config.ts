import { Role } from '@timantti/contracts';
import type { LocaleCode } from '@timantti/i18n';
import { z } from 'zod';

export const ProviderId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'a-z, 0-9 and -, at most 40');

// One name for every language, or one per language (the login page falls back to Finnish).
export const ProviderName = z.union([
  z.string().min(1).max(80),
  z.strictObject({
    fi: z.string().min(1).max(80),
    sv: z.string().min(1).max(80).optional(),
    en: z.string().min(1).max(80).optional(),
  }),
]);
export type ProviderName = z.infer<typeof ProviderName>;

/** One identity provider as the installation describes it in TIMANTTI_OIDC_PROVIDERS. */
export const OidcProviderSetting = z.strictObject({
  id: ProviderId,
  issuer: z.url({ protocol: /^https$/ }),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  name: ProviderName,
  // The organisation (by slug) and role of a person who signs in without an account.
  organisation: z.string().optional(),
  role: Role.default('member'),
  // false lets a person with no account and no invitation join the organisation above.
  invitationRequired: z.boolean().default(true),
});
export type OidcProviderSetting = z.infer<typeof OidcProviderSetting>;

export const OidcProviderSettings = z.array(OidcProviderSetting);

/** A provider as the server uses it, from the environment or from the admin CLI's table. */
export type OidcProvider = {
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: ProviderName;
  newUsers: { organisation: { slug: string } | { id: string } | null; role: Role };
  invitationRequired: boolean;
};

export type OidcConfig = {
  providers: OidcProvider[];
  passwordLogin: boolean;
  /** The address people reach Timantti at; the redirect URI registered at each provider. */
  publicUrl: string | undefined;
};

export function fromSetting(setting: OidcProviderSetting): OidcProvider {
  return {
    id: setting.id,
    issuer: setting.issuer,
    clientId: setting.clientId,
    clientSecret: setting.clientSecret,
    name: setting.name,
    newUsers: {
      organisation: setting.organisation ? { slug: setting.organisation } : null,
      role: setting.role,
    },
    invitationRequired: setting.invitationRequired,
  };
}

export const providerName = (name: ProviderName, locale: LocaleCode): string =>
  typeof name === 'string' ? name : (name[locale] ?? name.fi);

export const callbackPath = (providerId: string) => `/api/v1/auth/oidc/${providerId}/callback`;
