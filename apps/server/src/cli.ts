import { parseArgs } from 'node:util';
import { CreateInvitationInput, line } from '@timantti/contracts';
import { openDatabase, type OpenedDatabase } from './db/open.ts';
import { audit } from './modules/audit/audit.repo.ts';
import { acceptPath } from './modules/invitations/accept-path.ts';
import { insertInvitation } from './modules/invitations/invitations.repo.ts';
import { OidcProviderSetting, ProviderId } from './modules/oidc/oidc-config.ts';
import {
  deleteStoredProvider,
  listStoredProviders,
  upsertStoredProvider,
} from './modules/oidc/oidc.repo.ts';
import {
  findOrganisationBySlug,
  insertOrganisation,
} from './modules/organisations/organisations.repo.ts';
import { rebuildSearchVectors } from './modules/search/commands/rebuild-search-vectors.ts';
import { finnishMorphology, sharedFinnishAnalyzer } from './modules/search/voikko.ts';
import { loadConfig } from './platform/env.ts';
import { createLifecycle, describeError } from './platform/lifecycle.ts';
import { createLogger } from './platform/logger.ts';

const usage = `Usage:
  npm run admin -- create-admin --organisation "Lahden kaupunki" --slug lahti --email admin@lahti.fi [--base-url https://timantti.lahti.fi]

    Creates an organisation and an invitation for its first administrator, and prints the link.
    The administrator sets their own password when accepting: no password ever passes through here.

  npm run admin -- rebuild-search

    Recomputes every stored search vector, after Voikko (libvoikko1, voikko-fi) was installed or
    removed. Restart the server first, so that it indexes new text the same way.

  npm run admin -- oidc-add --id helsinki --issuer https://login.microsoftonline.com/<tenant>/v2.0
      --client-id <id> --name "Helsingin kaupunki" [--name-sv "Helsingfors stad"] [--name-en …]
      [--organisation helsinki --role member --no-invitation-required]

    Adds (or replaces) a single sign-on provider; the server uses it from the next sign-in on.
    The client secret is read from TIMANTTI_OIDC_CLIENT_SECRET, so that it stays out of the shell's
    history. Without --no-invitation-required only invited people and existing accounts get in;
    with it, others join --organisation with --role. The redirect URI to register at the
    provider is <base URL>/api/v1/auth/oidc/<id>/callback (docs/oidc.md).

  npm run admin -- oidc-list
  npm run admin -- oidc-remove --id helsinki`;

/**
 * Runs one command on the database, then exits: 0 when it succeeded, 1 with its message when
 * it failed. The database is closed on every way out, Ctrl-C included.
 */
async function withDatabase(run: (database: OpenedDatabase) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('warn');
  const lifecycle = createLifecycle(logger);
  try {
    const database = await lifecycle.open(
      openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger }),
      (opened) => opened.close(),
    );
    await run(database);
  } catch (error) {
    console.error(describeError(error));
    await lifecycle.exit(1);
  }
  await lifecycle.exit(0);
}

async function createAdmin(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      organisation: { type: 'string' },
      slug: { type: 'string' },
      email: { type: 'string' },
      'base-url': { type: 'string', default: 'http://localhost:3000' },
    },
  });
  const name = line(200).safeParse(values.organisation);
  const slug = line(60)
    .regex(/^[a-z0-9-]+$/)
    .safeParse(values.slug);
  const invitation = CreateInvitationInput.safeParse({ email: values.email, role: 'admin' });
  if (!name.success || !slug.success || !invitation.success) {
    console.error(usage);
    process.exit(2);
  }
  await withDatabase(async (database) => {
    const token = await database.db.transaction(async (tx) => {
      const organisation = await insertOrganisation(tx, { name: name.data, slug: slug.data });
      const created = await insertInvitation(tx, {
        organisationId: organisation.id,
        email: invitation.data.email,
        role: 'admin',
        invitedBy: null,
      });
      await audit(tx, {
        organisationId: organisation.id,
        actorUserId: null,
        action: 'invitation.created',
        targetType: 'invitation',
        targetId: created.row.id,
        metadata: { role: 'admin', via: 'cli' },
      });
      return created.token;
    });
    console.log(`Organisation "${name.data}" created.`);
    console.log(`Send this link to its first administrator (valid for 14 days):`);
    console.log(`  ${new URL(acceptPath(token), values['base-url']).toString()}`);
  });
}

async function rebuildSearch(args: string[]) {
  if (args.length > 0) {
    console.error(usage);
    process.exit(2);
  }
  const morphology = finnishMorphology();
  console.log(
    morphology.on
      ? 'Finnish morphology (Voikko) is on: vectors get lemmas and compound parts.'
      : `Finnish morphology (Voikko) is off (${morphology.reason}): vectors get Snowball stems only.`,
  );
  await withDatabase(async (database) => {
    const results = await rebuildSearchVectors({
      db: database.db,
      analyzer: sharedFinnishAnalyzer(),
      onProgress: ({ table, done, changed, total }) =>
        console.log(`  ${table}: ${done}/${total} rows, ${changed} changed`),
    });
    const rows = results.reduce((sum, result) => sum + result.done, 0);
    const changed = results.reduce((sum, result) => sum + result.changed, 0);
    console.log(`Search vectors rebuilt: ${rows} rows, ${changed} changed.`);
  });
}

async function addProvider(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      id: { type: 'string' },
      issuer: { type: 'string' },
      'client-id': { type: 'string' },
      name: { type: 'string' },
      'name-sv': { type: 'string' },
      'name-en': { type: 'string' },
      organisation: { type: 'string' },
      role: { type: 'string', default: 'member' },
      'no-invitation-required': { type: 'boolean', default: false },
    },
  });
  const name =
    values['name-sv'] || values['name-en']
      ? { fi: values.name, sv: values['name-sv'], en: values['name-en'] }
      : values.name;
  const setting = OidcProviderSetting.safeParse({
    id: values.id,
    issuer: values.issuer,
    clientId: values['client-id'],
    clientSecret: process.env.TIMANTTI_OIDC_CLIENT_SECRET,
    name,
    organisation: values.organisation,
    role: values.role,
    invitationRequired: !values['no-invitation-required'],
  });
  if (!setting.success || (!setting.data.invitationRequired && !setting.data.organisation)) {
    for (const issue of setting.error?.issues ?? [])
      console.error(`  ${issue.path.join('.')}: ${issue.message}`);
    console.error(usage);
    process.exit(2);
  }
  const provider = setting.data;
  await withDatabase(async (database) => {
    const organisation = provider.organisation
      ? await findOrganisationBySlug(database.db, provider.organisation)
      : null;
    if (provider.organisation && !organisation)
      throw new Error(`No organisation with the slug "${provider.organisation}".`);
    await upsertStoredProvider(database.db, {
      id: provider.id,
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      displayName: provider.name,
      organisationId: organisation?.id ?? null,
      role: provider.role,
      invitationRequired: provider.invitationRequired,
    });
    console.log(`Provider "${provider.id}" saved. Register this redirect URI at the provider:`);
    console.log(`  <base URL>/api/v1/auth/oidc/${provider.id}/callback`);
  });
}

async function listProviders() {
  await withDatabase(async (database) => {
    const rows = await listStoredProviders(database.db);
    if (rows.length === 0) console.log('No providers added with the CLI.');
    for (const row of rows)
      console.log(
        `${row.id}\t${row.issuer}\t${row.invitationRequired ? 'invitation required' : `others join as ${row.role}`}`,
      );
  });
}

async function removeProvider(args: string[]) {
  const { values } = parseArgs({ args, options: { id: { type: 'string' } } });
  const id = ProviderId.safeParse(values.id);
  if (!id.success) {
    console.error(usage);
    process.exit(2);
  }
  await withDatabase(async (database) => {
    if (!(await deleteStoredProvider(database.db, id.data)))
      throw new Error(`No provider "${id.data}" added with the CLI.`);
    // Linked identities stay: the same provider added again signs the same people in.
    console.log(`Provider "${id.data}" removed.`);
  });
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'create-admin') {
  await createAdmin(rest);
} else if (command === 'rebuild-search') {
  await rebuildSearch(rest);
} else if (command === 'oidc-add') {
  await addProvider(rest);
} else if (command === 'oidc-list') {
  await listProviders();
} else if (command === 'oidc-remove') {
  await removeProvider(rest);
} else {
  console.log(usage);
  process.exit(command ? 2 : 0);
}
