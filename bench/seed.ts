// A realistic organisation for the API benchmark, written through the server's own code
// (createProject adds the creator to the team and the built-in checklist, as the API does).
import { randomBytes } from 'node:crypto';
import type { Perspective, Phase, Role } from '@timantti/contracts';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../apps/server/src/db/client.ts';
import {
  memberships,
  organisations,
  projectMembers,
  projects,
  users,
} from '../apps/server/src/db/schema.ts';
import { createSession } from '../apps/server/src/modules/auth/sessions.repo.ts';
import { createProject } from '../apps/server/src/modules/projects/commands/create-project.ts';

export type Seeded = {
  organisationId: string;
  userId: string;
  sessionToken: string;
  counts: {
    users: number;
    projects: number;
    teamProjects: number;
    otherOrganisationProjects: number;
  };
  /** Deletes what was seeded (for a DATABASE_URL that outlives the benchmark). */
  remove: () => Promise<void>;
};

// A small deterministic generator, so every run seeds the same shapes.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const services = [
  'Kirjastopalvelut',
  'Kotihoito',
  'Varhaiskasvatus',
  'Nuorisopalvelut',
  'Rakennusvalvonta',
  'Joukkoliikenne',
  'Työllisyyspalvelut',
  'Liikuntapalvelut',
  'Jätehuolto',
  'Maahanmuuttajapalvelut',
  'Omaishoito',
  'Koulukuljetukset',
  'Asumisneuvonta',
  'Yrityspalvelut',
  'Kulttuuripalvelut',
  'Vammaispalvelut',
  'Ikäihmisten palvelut',
  'Sosiaalinen luototus',
  'Terveysneuvonta',
  'Tapahtumaluvat',
];
const aspects = [
  'asiakaspolku sujuvaksi',
  'digitaalinen asiointi',
  'palvelulupaus',
  'yhteydenotot yhteen paikkaan',
  'odotusajat lyhyemmiksi',
  'saavutettavuus',
  'asukkaiden osallisuus',
  'palveluohjaus',
  'kokeilu',
  'palautteen hyödyntäminen',
];
const groups = [
  'alle 30-vuotiaat työnhakijat',
  'lapsiperheet',
  'yli 75-vuotiaat kotona asuvat',
  'pienyrittäjät',
  'maahan muuttaneet perheet',
  'omaishoitajat',
  'yhdistykset ja tapahtumajärjestäjät',
  'opiskelijat',
];
const perspectiveList: Perspective[] = ['expert', 'developer', 'decision_maker', 'customer'];
const phaseList: Phase[] = ['discover', 'define', 'develop', 'deliver'];

export async function seedOrganisation(
  db: Db,
  options: { projects: number; teamProjects: number; otherOrganisationProjects: number },
): Promise<Seeded> {
  if (options.teamProjects > options.projects)
    throw new Error('--team-projects exceeds --projects');
  const next = random(20_260_101);
  const pick = <T>(list: readonly T[]): T => {
    const value = list[Math.floor(next() * list.length)];
    if (value === undefined) throw new Error('empty list');
    return value;
  };
  const suffix = randomBytes(4).toString('hex');

  return db.transaction(async (tx) => {
    const insertUser = async (name: string, n: number) => {
      const [row] = await tx
        .insert(users)
        .values({
          email: `bench-${suffix}-${name}-${n}@example.invalid`,
          displayName: `${name[0]?.toUpperCase()}${name.slice(1)} ${n}`,
          locale: 'fi',
        })
        .returning({ id: users.id });
      if (!row) throw new Error('user insert returned nothing');
      return row.id;
    };
    const insertOrganisation = async (name: string) => {
      const [row] = await tx
        .insert(organisations)
        .values({ name, slug: `bench-${suffix}-${name.toLowerCase().replace(/\W+/g, '-')}` })
        .returning({ id: organisations.id });
      if (!row) throw new Error('organisation insert returned nothing');
      return row.id;
    };

    const organisationId = await insertOrganisation('Benchmark City');
    const otherOrganisationId = await insertOrganisation('Neighbour Municipality');

    // 30 people: the benchmark user is an ordinary member, who sees only their teams' projects.
    const roles: Role[] = [
      'admin',
      'facilitator',
      'facilitator',
      ...Array<Role>(20).fill('member'),
      ...Array<Role>(4).fill('customer_member'),
      ...Array<Role>(3).fill('viewer'),
    ];
    const people: { id: string; role: Role }[] = [];
    for (const [n, role] of roles.entries()) {
      people.push({ id: await insertUser(role, n), role });
    }
    const benchUser = people.find((p) => p.role === 'member');
    if (!benchUser) throw new Error('no member to benchmark as');
    for (const person of people) {
      await tx.insert(memberships).values({ organisationId, userId: person.id, role: person.role });
    }
    // The benchmark user is also a viewer elsewhere, so their roles aggregate has two rows.
    const neighbourAdmin = await insertUser('neighbour', 0);
    await tx.insert(memberships).values([
      { organisationId: otherOrganisationId, userId: neighbourAdmin, role: 'admin' },
      { organisationId: otherOrganisationId, userId: benchUser.id, role: 'viewer' },
    ]);

    const creators = people.filter(
      (p) => p.role !== 'viewer' && p.role !== 'customer_member' && p !== benchUser,
    );
    const teamCandidates = people.filter((p) => p !== benchUser && p.role !== 'viewer');
    const everyNth = options.projects / Math.max(options.teamProjects, 1);
    const addProject = async (
      orgId: string,
      creatorId: string,
      n: number,
      withBenchUser: boolean,
    ) => {
      const service = pick(services);
      const projectId = await createProject(tx, {
        actorUserId: creatorId,
        organisationId: orgId,
        values: {
          name: `${service} – ${pick(aspects)} (${n + 1})`,
          challenge: `Miten voisimme tehdä palvelusta ${service.toLowerCase()} selkeämmän ja helpommin löydettävän niin, että ${pick(groups)} saavat tarvitsemansa avun ensimmäisellä yhteydenotolla?`,
          goals: ['Ymmärtää asiakkaiden kokemus haastatteluin', 'Kokeilla uutta toimintamallia'],
          targetGroup: pick(groups),
          indicators: ['Asiakastyytyväisyys', 'Yhteydenottojen määrä'],
        },
      });
      const team = new Map<string, Perspective[]>([[creatorId, [pick(perspectiveList)]]]);
      const extra = 1 + Math.floor(next() * 4);
      for (let i = 0; i < extra && orgId === organisationId; i++) {
        const member = pick(teamCandidates);
        if (!team.has(member.id)) {
          team.set(
            member.id,
            member.role === 'customer_member' ? ['customer'] : [pick(perspectiveList)],
          );
        }
      }
      if (withBenchUser) team.set(benchUser.id, [pick(perspectiveList)]);
      for (const [userId, perspectives] of team) {
        await tx
          .insert(projectMembers)
          .values({ projectId, userId, perspectives })
          .onConflictDoUpdate({
            target: [projectMembers.projectId, projectMembers.userId],
            set: { perspectives },
          });
      }
      // Spread the last updates over a year, so the list's order by updated_at does real work.
      await tx
        .update(projects)
        .set({
          phase: pick(phaseList),
          updatedAt: sql`now() - make_interval(mins => ${Math.floor(next() * 525_600)})`,
        })
        .where(eq(projects.id, projectId));
    };

    let teamProjects = 0;
    for (let n = 0; n < options.projects; n++) {
      const withBenchUser = teamProjects < options.teamProjects && n >= teamProjects * everyNth;
      if (withBenchUser) teamProjects++;
      await addProject(organisationId, pick(creators).id, n, withBenchUser);
    }
    for (let n = 0; n < options.otherOrganisationProjects; n++) {
      await addProject(otherOrganisationId, neighbourAdmin, n, false);
    }

    const session = await createSession(tx, { userId: benchUser.id, userAgent: 'timantti-bench' });
    const userIds = [...people.map((p) => p.id), neighbourAdmin];
    return {
      organisationId,
      userId: benchUser.id,
      sessionToken: session.token,
      counts: {
        users: userIds.length,
        projects: options.projects,
        teamProjects,
        otherOrganisationProjects: options.otherOrganisationProjects,
      },
      remove: async () => {
        await db
          .delete(organisations)
          .where(inArray(organisations.id, [organisationId, otherOrganisationId]));
        await db.delete(users).where(inArray(users.id, userIds));
      },
    };
  });
}
