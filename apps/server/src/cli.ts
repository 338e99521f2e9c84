import { parseArgs } from 'node:util';
import { CreateInvitationInput, line } from '@timantti/contracts';
import { openDatabase, type OpenedDatabase } from './db/open.ts';
import { audit } from './modules/audit/audit.repo.ts';
import { acceptPath } from './modules/invitations/accept-path.ts';
import { insertInvitation } from './modules/invitations/invitations.repo.ts';
import { insertOrganisation } from './modules/organisations/organisations.repo.ts';
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
    removed. Restart the server first, so that it indexes new text the same way.`;

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

const [command, ...rest] = process.argv.slice(2);
if (command === 'create-admin') {
  await createAdmin(rest);
} else if (command === 'rebuild-search') {
  await rebuildSearch(rest);
} else {
  console.log(usage);
  process.exit(command ? 2 : 0);
}
