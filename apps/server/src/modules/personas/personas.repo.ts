import type { PersonaField } from '@timantti/contracts';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import { evidence, personaCitations, personas } from '../../db/schema.ts';
import { advanceVersion } from '../../platform/versioned-edit.ts';

export type PersonaValues = {
  kind: 'persona' | 'customer_story';
  name: string;
  avatarIcon: (typeof personas.$inferSelect)['avatarIcon'];
  segment: string;
  needs: string[];
  goals: string[];
  frustrations: string[];
  quote: string;
  story: string;
  language: 'fi' | 'sv' | 'en';
};

export type PersonaRow = PersonaValues & {
  id: string;
  projectId: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  evidenceCount: number;
  participantCount: number;
  sessionCount: number;
};

/**
 * A persona with counts of what it rests on: every evidence item cited once, however many of
 * its fields cite it; withdrawn evidence is still cited but no longer stands behind it.
 */
const personaColumns = {
  id: personas.id,
  projectId: personas.projectId,
  kind: personas.kind,
  name: personas.name,
  avatarIcon: personas.avatarIcon,
  segment: personas.segment,
  needs: personas.needs,
  goals: personas.goals,
  frustrations: personas.frustrations,
  quote: personas.quote,
  story: personas.story,
  language: personas.language,
  createdAt: personas.createdAt,
  updatedAt: personas.updatedAt,
  version: personas.version,
  evidenceCount: sql<number>`count(distinct ${evidence.id})::int`,
  participantCount: sql<number>`(count(distinct ${evidence.participantId}) filter (where ${evidence.withdrawnAt} is null))::int`,
  sessionCount: sql<number>`(count(distinct ${evidence.sessionId}) filter (where ${evidence.withdrawnAt} is null))::int`,
};

function selectPersonas(db: Queryable, conditions: SQL[]) {
  return db
    .select(personaColumns)
    .from(personas)
    .leftJoin(personaCitations, eq(personaCitations.personaId, personas.id))
    .leftJoin(evidence, eq(evidence.id, personaCitations.evidenceId))
    .where(and(...conditions))
    .groupBy(personas.id);
}

/** The project's personas and customer stories, newest first. */
export async function listPersonas(db: Queryable, projectId: string): Promise<PersonaRow[]> {
  return selectPersonas(db, [eq(personas.projectId, projectId)]).orderBy(
    desc(personas.createdAt),
    asc(personas.id),
  );
}

export async function findPersona(
  db: Queryable,
  projectId: string,
  personaId: string,
): Promise<PersonaRow | null> {
  const [row] = await selectPersonas(db, [
    eq(personas.projectId, projectId),
    eq(personas.id, personaId),
  ]);
  return row ?? null;
}

export type Citations = Record<PersonaField, string[]>;

/** Per field, the evidence it cites in the order given. */
export async function readPersonaCitations(db: Queryable, personaId: string): Promise<Citations> {
  const rows = await db
    .select({ field: personaCitations.field, evidenceId: personaCitations.evidenceId })
    .from(personaCitations)
    .where(eq(personaCitations.personaId, personaId))
    .orderBy(asc(personaCitations.field), asc(personaCitations.position));
  const citations: Citations = {
    segment: [],
    needs: [],
    goals: [],
    frustrations: [],
    quote: [],
    story: [],
  };
  for (const row of rows) citations[row.field].push(row.evidenceId);
  return citations;
}

export async function insertPersona(
  tx: Tx,
  values: PersonaValues & { projectId: string; createdBy: string; search: SQL },
): Promise<string> {
  const [row] = await tx.insert(personas).values(values).returning({ id: personas.id });
  if (!row) throw new Error('persona insert returned nothing');
  return row.id;
}

/** Moves a persona of the project on from the version an edit was made on (versioned-edit.ts). */
export async function advancePersonaVersion(
  db: Queryable,
  projectId: string,
  personaId: string,
  version: number,
) {
  await advanceVersion(db, personas, {
    id: personaId,
    scope: eq(personas.projectId, projectId),
    expected: version,
  });
}

/** Locks a persona of the project for a change and returns its values; null when there is none. */
export async function lockPersona(
  tx: Tx,
  projectId: string,
  personaId: string,
): Promise<PersonaValues | null> {
  const [row] = await tx
    .select({
      kind: personas.kind,
      name: personas.name,
      avatarIcon: personas.avatarIcon,
      segment: personas.segment,
      needs: personas.needs,
      goals: personas.goals,
      frustrations: personas.frustrations,
      quote: personas.quote,
      story: personas.story,
      language: personas.language,
    })
    .from(personas)
    .where(and(eq(personas.projectId, projectId), eq(personas.id, personaId)))
    .for('update');
  return row ?? null;
}

export async function updatePersonaValues(
  tx: Tx,
  personaId: string,
  values: PersonaValues & { search: SQL },
) {
  await tx
    .update(personas)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(personas.id, personaId));
}

/** Replaces every field's citations; each field's order is the order shown. */
export async function replacePersonaCitations(
  tx: Tx,
  personaId: string,
  citations: Partial<Citations>,
) {
  await tx.delete(personaCitations).where(eq(personaCitations.personaId, personaId));
  const rows = Object.entries(citations).flatMap(([field, ids]) =>
    (ids ?? []).map((evidenceId, position) => ({
      personaId,
      field: field as PersonaField,
      evidenceId,
      position,
    })),
  );
  for (let i = 0; i < rows.length; i += 2000) {
    await tx.insert(personaCitations).values(rows.slice(i, i + 2000));
  }
}

export async function deletePersona(
  db: Queryable,
  projectId: string,
  personaId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(personas)
    .where(and(eq(personas.projectId, projectId), eq(personas.id, personaId)))
    .returning({ id: personas.id });
  return deleted.length > 0;
}
