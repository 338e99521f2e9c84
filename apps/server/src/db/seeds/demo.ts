import { seedDemoFeedback } from './demo-feedback.ts';
import type { StorageConfig } from '../../platform/storage.ts';
import { phases, type Perspective, type Phase, type Role } from '@timantti/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { hashPassword } from '../../modules/auth/passwords.ts';
import { createProject } from '../../modules/projects/commands/create-project.ts';
import { setTeamMember } from '../../modules/projects/commands/set-team-member.ts';
import type { Db, Queryable } from '../client.ts';
import {
  eventPermitResearch,
  kuntoResearch,
  seedDemoResearch,
  type DemoResearch,
} from './demo-research.ts';
import { seedDemoSynthesis } from './demo-synthesis.ts';
import { seedDemoArticles } from './demo-articles.ts';
import { seedDemoTraining } from './demo-training.ts';
import { seedDemoMethodCards } from './demo-method-cards.ts';
import { checklistItems, memberships, organisations, projects, users } from '../schema.ts';

type DemoPerson = { key: string; name: string; email: string; description: string };

const people: DemoPerson[] = [
  {
    key: 'aino',
    name: 'Aino Virtanen',
    email: 'aino.virtanen@lahti.example',
    description: 'Lahti: pääkäyttäjä, asiantuntija',
  },
  {
    key: 'mikko',
    name: 'Mikko Laine',
    email: 'mikko.laine@lahti.example',
    description: 'Lahti: jäsen, kehittäjä',
  },
  {
    key: 'paivi',
    name: 'Päivi Mäkinen',
    email: 'paivi.makinen@lahti.example',
    description: 'Lahti: seuraaja, päätöksentekijä',
  },
  {
    key: 'sami',
    name: 'Sami Nieminen',
    email: 'sami.nieminen@lahti.example',
    description: 'Lahti: asiakasjäsen, kokemusasiantuntija',
  },
  {
    key: 'helmi',
    name: 'Helmi Järvinen',
    email: 'helmi.jarvinen@kuntaliitto.example',
    description: 'Kuntaliitto: pääkäyttäjä; Lahti: fasilitaattori',
  },
  {
    key: 'tuomas',
    name: 'Tuomas Heikkinen',
    email: 'tuomas.heikkinen@kinnula.example',
    description: 'Kuntaliitto: jäsen (Kinnula)',
  },
  {
    key: 'riikka',
    name: 'Riikka Kinnunen',
    email: 'riikka.kinnunen@kinnula.example',
    description: 'Kuntaliitto: asiakasjäsen, kokemusasiantuntija',
  },
  {
    key: 'jari',
    name: 'Jari Lehtonen',
    email: 'jari.lehtonen@vesilahti.example',
    description: 'Kuntaliitto: jäsen (Vesilahti)',
  },
  {
    key: 'outi',
    name: 'Outi Salminen',
    email: 'outi.salminen@vesilahti.example',
    description: 'Kuntaliitto: asiakasjäsen, paikallinen yrittäjä',
  },
];

const DEMO_PASSWORD = 'timantti-demo-salasana';

export const demoLogins = {
  password: DEMO_PASSWORD,
  people,
  async present(db: Db): Promise<boolean> {
    const [row] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, people[0]?.email ?? ''))
      .limit(1);
    return row !== undefined;
  },
};

type DemoProject = {
  organisation: string;
  creator: string;
  name: string;
  challenge: string;
  goals: string[];
  targetGroup: string;
  indicators: string[];
  phase: Phase;
  team: Record<string, Perspective[]>;
  research?: { facilitator: string; material: DemoResearch };
};

const organisationsToSeed: { slug: string; name: string; members: Record<string, Role> }[] = [
  {
    slug: 'lahti',
    name: 'Lahden kaupunki',
    members: {
      aino: 'admin',
      mikko: 'member',
      paivi: 'viewer',
      sami: 'customer_member',
      helmi: 'facilitator',
    },
  },
  {
    slug: 'kuntaliitto',
    name: 'Kuntaliitto – Kokeilujalostamo',
    members: {
      helmi: 'admin',
      tuomas: 'member',
      riikka: 'customer_member',
      jari: 'member',
      outi: 'customer_member',
    },
  },
];

const projectsToSeed: DemoProject[] = [
  {
    organisation: 'lahti',
    creator: 'aino',
    name: 'KUNTO – nuorten työkyky ja työllistyminen',
    challenge:
      'Miten voisimme tukea heikossa työmarkkina-asemassa olevia alle 30-vuotiaita lahtelaisia niin, että he löytävät oikeat palvelut ja polun työelämään? Hankkeen kokeiluista ja hiljaisesta tiedosta halutaan palvelukonsepteja, jotka jäävät elämään.',
    goals: [
      'Tehdä hankkeen hiljainen tieto näkyväksi ja jatkohyödynnettäväksi',
      'Kuvata sosiaali- ja terveyspalveluyhteistyön ja työelämäyhteistyön mallit palvelukonsepteiksi',
      'Koota tulokset ja palvelukonseptit yhteenvedon kirjaseksi',
    ],
    targetGroup: 'Lahden seudun työllisyyden kuntakokeilun alle 30-vuotiaat asiakkaat',
    indicators: [
      'Ohjaukset oikeisiin jatkopalveluihin',
      'Työllistyneiden osuus kuuden kuukauden kuluttua',
    ],
    phase: 'define',
    team: { aino: ['expert'], mikko: ['developer'], paivi: ['decision_maker'], sami: ['customer'] },
    research: { facilitator: 'aino', material: kuntoResearch },
  },
  {
    organisation: 'lahti',
    creator: 'mikko',
    name: 'Tapahtumaluvat sujuviksi',
    challenge:
      'Tapahtumajärjestäjä joutuu asioimaan usean yksikön kanssa eikä löydä, mitä lupia tarvitaan ja missä järjestyksessä. Miten voisimme tehdä tapahtumien lupa-asioinnista löydettävää ja sujuvaa?',
    goals: [
      'Kartoittaa tapahtumaluvan palvelupolku asiakkaan näkökulmasta',
      'Parantaa lupatiedon löydettävyyttä verkossa',
    ],
    targetGroup: 'Yleisötapahtumien järjestäjät: yhdistykset, yritykset ja yksityishenkilöt',
    indicators: ['Lupahakemusten täydennyspyyntöjen määrä'],
    phase: 'discover',
    team: { mikko: ['developer', 'expert'], helmi: ['expert'] },
    research: { facilitator: 'mikko', material: eventPermitResearch },
  },
  {
    organisation: 'kuntaliitto',
    creator: 'tuomas',
    name: 'Kinnula: työttömien hyvinvointi',
    challenge:
      'Miten voisimme vahvistaa kinnulalaisten työttömien hyvinvointia ja osallisuutta yhdessä heidän kanssaan?',
    goals: [
      'Ymmärtää työttömien arkea ja tarpeita haastattelemalla',
      'Testata prototyyppiä asiakkailla ennen päätöstä',
    ],
    targetGroup: 'Kinnulan työttömät työnhakijat',
    indicators: [],
    phase: 'develop',
    team: { tuomas: ['developer', 'decision_maker'], riikka: ['customer'], helmi: ['expert'] },
  },
  {
    organisation: 'kuntaliitto',
    creator: 'jari',
    name: 'Vesilahti: kunnan vetovoima',
    challenge:
      'Miten voisimme lisätä Vesilahden vetovoimaa uusien asukkaiden ja yrittäjien silmissä?',
    goals: [
      'Kerätä asukkaiden ja yrittäjien kokemuksia kunnasta',
      'Kehittää vetovoimaa lisäävä palvelukonsepti',
    ],
    targetGroup: 'Muuttoa harkitsevat perheet ja paikalliset yrittäjät',
    indicators: ['Nettomuutto', 'Uusien yritysten määrä'],
    phase: 'discover',
    team: { jari: ['developer'], outi: ['customer'] },
  },
];

/** Ticks every built-in step of the phases before `phase`, as a team that got this far would. */
export async function updateChecklistItemsDone(
  db: Queryable,
  projectId: string,
  phase: Phase,
  userId: string,
) {
  const earlier = phases.slice(0, phases.indexOf(phase));
  if (earlier.length === 0) return;
  await db
    .update(checklistItems)
    .set({ doneAt: new Date(), doneBy: userId })
    .where(and(eq(checklistItems.projectId, projectId), inArray(checklistItems.phase, earlier)));
}

/**
 * Seeds the demo organisations into an empty database, the article's image into `dataDir`.
 * Returns false if it was not empty.
 */
export async function seedDemoData(db: Db, files: StorageConfig): Promise<boolean> {
  const synthesis = await db.transaction(async (tx) => {
    // Two instances starting at once must not both seed.
    await tx.execute(sql`select pg_advisory_xact_lock(7263400002)`);
    const [existing] = await tx.select({ id: organisations.id }).from(organisations).limit(1);
    if (existing) return false;
    let kunto: { projectId: string; userId: string; contributors: string[] } | null = null;
    const passwordHash = await hashPassword(DEMO_PASSWORD);

    const userIds = new Map<string, string>();
    for (const person of people) {
      const [row] = await tx
        .insert(users)
        .values({ email: person.email, displayName: person.name, passwordHash, locale: 'fi' })
        .returning({ id: users.id });
      if (row) userIds.set(person.key, row.id);
    }
    const idOf = (key: string) => {
      const id = userIds.get(key);
      if (!id) throw new Error(`demo person ${key} missing`);
      return id;
    };

    const organisationIds = new Map<string, string>();
    for (const organisation of organisationsToSeed) {
      const [row] = await tx
        .insert(organisations)
        .values({ slug: organisation.slug, name: organisation.name })
        .returning({ id: organisations.id });
      if (!row) throw new Error('organisation insert returned nothing');
      organisationIds.set(organisation.slug, row.id);
      for (const [key, role] of Object.entries(organisation.members)) {
        await tx.insert(memberships).values({ organisationId: row.id, userId: idOf(key), role });
      }
    }

    const projectIds = new Map<string, string>();
    for (const project of projectsToSeed) {
      const organisationId = organisationIds.get(project.organisation);
      if (!organisationId) throw new Error(`demo organisation ${project.organisation} missing`);
      const projectId = await createProject(tx, {
        actorUserId: idOf(project.creator),
        organisationId,
        values: {
          name: project.name,
          challenge: project.challenge,
          goals: project.goals,
          targetGroup: project.targetGroup,
          indicators: project.indicators,
        },
      });
      projectIds.set(project.name, projectId);
      await tx.update(projects).set({ phase: project.phase }).where(eq(projects.id, projectId));
      for (const [key, perspectives] of Object.entries(project.team)) {
        await setTeamMember(tx, { organisationId, projectId, userId: idOf(key), perspectives });
      }
      await updateChecklistItemsDone(tx, projectId, project.phase, idOf(project.creator));
      if (project.research) {
        await seedDemoResearch(tx, {
          organisationId,
          projectId,
          facilitatorId: idOf(project.research.facilitator),
          research: project.research.material,
        });
        if (project.research.material === kuntoResearch)
          kunto = {
            projectId,
            userId: idOf(project.research.facilitator),
            // Who writes ideas and votes: the team but its viewer (the decision-maker), who reads.
            contributors: ['aino', 'mikko', 'sami'].map(idOf),
          };
      }
    }
    const keeper = (slug: string, person: string) => ({
      organisationId: organisationIds.get(slug) ?? '',
      userId: idOf(person),
    });
    const projectId = (name: string) => {
      const found = [...projectIds].find(([projectName]) => projectName.startsWith(name));
      if (!found) throw new Error(`demo project ${name} missing`);
      return found[1];
    };
    const lahti = organisationIds.get('lahti') ?? '';
    return {
      kunto,
      lahti: {
        training: {
          organisationId: lahti,
          facilitatorId: idOf('helmi'),
          finished: { userId: idOf('mikko'), projectId: projectId('Tapahtumaluvat') },
          started: { userId: idOf('paivi'), projectId: projectId('KUNTO') },
        },
        article: {
          organisationId: lahti,
          projectId: projectId('Tapahtumaluvat'),
          authorIds: [idOf('mikko'), idOf('helmi')],
          publisherId: idOf('helmi'),
          files,
        },
      },
      methodCards: { lahti: keeper('lahti', 'helmi'), kuntaliitto: keeper('kuntaliitto', 'helmi') },
    };
  });
  if (!synthesis) return false;
  // Boards and journeys store through their own transactions, after the research they cite.
  if (synthesis.kunto) await seedDemoSynthesis(db, synthesis.kunto);
  if (synthesis.kunto) await seedDemoFeedback(db, synthesis.kunto);
  await seedDemoMethodCards(db, synthesis.methodCards);
  await seedDemoTraining(db, synthesis.lahti.training);
  await seedDemoArticles(db, synthesis.lahti.article);
  return true;
}
