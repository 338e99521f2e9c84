import * as client from 'openid-client';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.ts';
import type { OidcConfig, OidcProvider, ProviderName } from './oidc-config.ts';
import { listStoredProviders } from './oidc.repo.ts';

/**
 * The installation's identity providers: those from the environment, then those the admin CLI
 * stored (read on each use, so an added provider needs no restart; the environment wins on a
 * shared id). Each provider's discovery document is fetched once and kept; a failed fetch is
 * not kept, so the next sign-in tries again.
 */
export class OidcProviders {
  readonly passwordLogin: boolean;
  readonly publicUrl: string | undefined;
  readonly #fromEnvironment: OidcProvider[];
  readonly #db: Db;
  readonly #discovered = new Map<string, Promise<client.Configuration>>();

  constructor(db: Db, config: OidcConfig | undefined) {
    this.#db = db;
    this.#fromEnvironment = config?.providers ?? [];
    this.passwordLogin = config?.passwordLogin ?? true;
    this.publicUrl = config?.publicUrl;
  }

  async list(): Promise<OidcProvider[]> {
    const stored = await listStoredProviders(this.#db);
    const ids = new Set(this.#fromEnvironment.map((provider) => provider.id));
    return [
      ...this.#fromEnvironment,
      ...stored
        .filter((row) => !ids.has(row.id))
        .map((row) => ({
          id: row.id,
          issuer: row.issuer,
          clientId: row.clientId,
          clientSecret: row.clientSecret,
          name: row.displayName as ProviderName,
          newUsers: {
            organisation: row.organisationId ? { id: row.organisationId } : null,
            role: row.role,
          },
          invitationRequired: row.invitationRequired,
        })),
    ];
  }

  async find(id: string): Promise<OidcProvider | null> {
    return (await this.list()).find((provider) => provider.id === id) ?? null;
  }

  /** The provider's endpoints and keys, through its discovery document. */
  configuration(provider: OidcProvider): Promise<client.Configuration> {
    // The secret is part of the key: a provider replaced with the CLI is discovered anew.
    const key = JSON.stringify([
      provider.id,
      provider.issuer,
      provider.clientId,
      provider.clientSecret,
    ]);
    let configuration = this.#discovered.get(key);
    if (!configuration) {
      configuration = client.discovery(
        new URL(provider.issuer),
        provider.clientId,
        undefined,
        client.ClientSecretBasic(provider.clientSecret),
        { timeout: 10 },
      );
      this.#discovered.set(key, configuration);
      configuration.catch(() => this.#discovered.delete(key));
    }
    return configuration;
  }
}

/** This installation's address as the provider sees it: TIMANTTI_PUBLIC_URL, else the request's. */
export function baseUrlOf(providers: OidcProviders, request: FastifyRequest): string {
  return providers.publicUrl ?? `${request.protocol}://${request.host}`;
}
