// An organisation, its admin and one project, written through the server's own code
// (createProject adds the creator to the team and the checklist, as the API does): the home of
// the evidence the search and import benchmarks write.
import { randomBytes } from 'node:crypto';
import type { Db } from '../apps/server/src/db/client.ts';
import { memberships, organisations, users } from '../apps/server/src/db/schema.ts';
import { createProject } from '../apps/server/src/modules/projects/commands/create-project.ts';

export type BenchProject = { organisationId: string; userId: string; projectId: string };

export async function createBenchProject(db: Db, name: string): Promise<BenchProject> {
  const suffix = randomBytes(4).toString('hex');
  const [organisation] = await db
    .insert(organisations)
    .values({ name: 'Benchmark City', slug: `bench-${suffix}` })
    .returning({ id: organisations.id });
  const [user] = await db
    .insert(users)
    .values({
      email: `bench-${suffix}@example.invalid`,
      displayName: 'Bench Researcher',
      locale: 'fi',
    })
    .returning({ id: users.id });
  if (!organisation || !user) throw new Error('organisation or user insert returned nothing');
  await db
    .insert(memberships)
    .values({ organisationId: organisation.id, userId: user.id, role: 'admin' });
  const projectId = await createProject(db, {
    actorUserId: user.id,
    organisationId: organisation.id,
    values: {
      name,
      challenge:
        'Miten voisimme tehdä kunnan palveluista helpommin löydettäviä niin, että asiakas saa avun ensimmäisellä yhteydenotolla?',
      goals: ['Ymmärtää asiakkaiden kokemus'],
      targetGroup: 'Kuntalaiset',
      indicators: ['Asiakastyytyväisyys'],
    },
  });
  return { organisationId: organisation.id, userId: user.id, projectId };
}
