import {
  conceptListFields,
  conceptTextFields,
  emptyConceptSnapshot,
  isConceptListField,
  type ConceptField,
  type ConceptLinkKind,
  type ConceptSnapshot,
  type ConceptStatus,
} from '@timantti/contracts';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import { outerColumn } from '../../db/outer-column.ts';
import {
  conceptFields,
  conceptLinks,
  concepts,
  conceptVersionLinks,
  conceptVersions,
  ideas,
  insights,
  journeys,
  personas,
  users,
} from '../../db/schema.ts';
import { advanceVersion } from '../../platform/versioned-edit.ts';
import { searchVector, type TextLanguage } from '../research/search-vector.ts';

/** A concept without its Yjs state, which only the collaboration layer and freezing read. */
const conceptColumns = {
  id: concepts.id,
  projectId: concepts.projectId,
  name: concepts.name,
  summary: concepts.summary,
  status: concepts.status,
  language: concepts.language,
  draftNumber: concepts.draftNumber,
  createdAt: concepts.createdAt,
  updatedAt: concepts.updatedAt,
  version: concepts.version,
  linkCount: sql<number>`(select count(*)::int from ${conceptLinks} l where l.concept_id = ${outerColumn(concepts.id)})`,
  ideaId: concepts.ideaId,
  ideaText: sql<
    string | null
  >`(select i.text from ${ideas} i where i.id = ${outerColumn(concepts.ideaId)})`,
};
export type ConceptRow = {
  id: string;
  projectId: string;
  name: string;
  summary: string;
  status: ConceptStatus;
  language: TextLanguage;
  draftNumber: number;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  linkCount: number;
  ideaId: string | null;
  ideaText: string | null;
};

export async function insertConcept(
  db: Queryable,
  values: {
    projectId: string;
    name: string;
    language: TextLanguage;
    state: Buffer;
    schemaVersion: number;
    createdBy: string;
    ideaId: string | null;
  },
): Promise<string> {
  const [row] = await db.insert(concepts).values(values).returning({ id: concepts.id });
  if (!row) throw new Error('concept insert returned nothing');
  return row.id;
}

export async function listConcepts(db: Queryable, projectId: string): Promise<ConceptRow[]> {
  return db
    .select(conceptColumns)
    .from(concepts)
    .where(eq(concepts.projectId, projectId))
    .orderBy(desc(concepts.updatedAt), asc(concepts.id));
}

export async function findConcept(
  db: Queryable,
  projectId: string,
  conceptId: string,
): Promise<ConceptRow | null> {
  const [row] = await db
    .select(conceptColumns)
    .from(concepts)
    .where(and(eq(concepts.projectId, projectId), eq(concepts.id, conceptId)))
    .limit(1);
  return row ?? null;
}

/** The concept behind a collaboration document, to authorise a connection to it. */
export async function findConceptRef(db: Queryable, conceptId: string) {
  const [row] = await db
    .select({ id: concepts.id, projectId: concepts.projectId })
    .from(concepts)
    .where(eq(concepts.id, conceptId))
    .limit(1);
  return row ?? null;
}

export async function listConceptIds(db: Queryable, projectId: string): Promise<string[]> {
  const rows = await db
    .select({ id: concepts.id })
    .from(concepts)
    .where(eq(concepts.projectId, projectId));
  return rows.map((r) => r.id);
}

/** Changes a concept's own fields (not its draft), on the version the edit was made on. */
export async function updateConcept(
  db: Queryable,
  concept: { id: string; version: number },
  values: { status: ConceptStatus },
) {
  await advanceVersion(db, concepts, {
    id: concept.id,
    expected: concept.version,
    set: { ...values, updatedAt: sql`now()` },
  });
}

export async function deleteConcept(db: Queryable, conceptId: string) {
  await db.delete(concepts).where(eq(concepts.id, conceptId));
}

// ——— The live draft's stored state ———

const storedConceptColumns = {
  id: concepts.id,
  projectId: concepts.projectId,
  state: concepts.state,
  schemaVersion: concepts.schemaVersion,
  language: concepts.language,
  draftNumber: concepts.draftNumber,
};

export async function findConceptState(db: Queryable, conceptId: string) {
  const [row] = await db
    .select(storedConceptColumns)
    .from(concepts)
    .where(eq(concepts.id, conceptId))
    .limit(1);
  return row ?? null;
}

/** The stored state, locked until the transaction ends (a store, or freezing a version). */
export async function lockConceptState(tx: Tx, conceptId: string) {
  const [row] = await tx
    .select(storedConceptColumns)
    .from(concepts)
    .where(eq(concepts.id, conceptId))
    .for('update');
  return row ?? null;
}

export async function lockProjectConceptStates(tx: Tx, projectId: string) {
  return tx
    .select(storedConceptColumns)
    .from(concepts)
    .where(eq(concepts.projectId, projectId))
    .orderBy(asc(concepts.id))
    .for('update');
}

/** Writes the draft's Yjs state and rewrites its derived field rows from the same snapshot. */
export async function writeConceptState(
  tx: Tx,
  input: {
    conceptId: string;
    language: TextLanguage;
    state: Uint8Array;
    schemaVersion: number;
    snapshot: ConceptSnapshot;
  },
) {
  const { conceptId, snapshot, language } = input;
  await tx
    .update(concepts)
    .set({
      state: Buffer.from(input.state),
      schemaVersion: input.schemaVersion,
      name: snapshot.name,
      summary: snapshot.summary,
      updatedAt: sql`now()`,
    })
    .where(eq(concepts.id, conceptId));
  await tx.delete(conceptFields).where(eq(conceptFields.conceptId, conceptId));
  const row = (field: ConceptField, position: number, itemId: string | null, text: string) => ({
    conceptId,
    field,
    position,
    itemId,
    text,
    language,
    search: searchVector(language, text),
  });
  const rows = [
    ...conceptTextFields.flatMap((field) =>
      snapshot[field] === '' ? [] : [row(field, 0, null, snapshot[field])],
    ),
    ...conceptListFields.flatMap((field) =>
      snapshot[field].map((item, position) => row(field, position, item.id, item.text)),
    ),
  ];
  for (let i = 0; i < rows.length; i += 500) {
    await tx.insert(conceptFields).values(rows.slice(i, i + 500));
  }
}

/** The draft as last stored, from its derived rows. */
export async function readConceptDraft(db: Queryable, conceptId: string): Promise<ConceptSnapshot> {
  const rows = await db
    .select({
      field: conceptFields.field,
      itemId: conceptFields.itemId,
      text: conceptFields.text,
    })
    .from(conceptFields)
    .where(eq(conceptFields.conceptId, conceptId))
    .orderBy(asc(conceptFields.field), asc(conceptFields.position));
  const snapshot = emptyConceptSnapshot();
  for (const { field, itemId, text } of rows) {
    const known = field as ConceptField;
    if (isConceptListField(known)) {
      if (itemId) snapshot[known].push({ id: itemId, text });
    } else if (known in snapshot) {
      snapshot[known] = text;
    }
  }
  return snapshot;
}

// ——— Links ———

const targetColumn = {
  insight: conceptLinks.insightId,
  journey: conceptLinks.journeyId,
  persona: conceptLinks.personaId,
} as const;

/** Whether an insight, journey or persona belongs to the project (links stay inside it). */
export async function targetOfProject(
  db: Queryable,
  projectId: string,
  kind: ConceptLinkKind,
  targetId: string,
): Promise<boolean> {
  const table = { insight: insights, journey: journeys, persona: personas }[kind];
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.projectId, projectId), eq(table.id, targetId)))
    .limit(1);
  return row !== undefined;
}

/** Those of the insights that belong to the project. */
export async function insightsOfProject(
  db: Queryable,
  projectId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: insights.id })
    .from(insights)
    .where(and(eq(insights.projectId, projectId), inArray(insights.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

/** Links the concept to a target; linking it again changes nothing. */
export async function insertConceptLink(
  db: Queryable,
  input: { conceptId: string; kind: ConceptLinkKind; targetId: string; createdBy: string },
) {
  await db
    .insert(conceptLinks)
    .values({
      conceptId: input.conceptId,
      kind: input.kind,
      insightId: input.kind === 'insight' ? input.targetId : null,
      journeyId: input.kind === 'journey' ? input.targetId : null,
      personaId: input.kind === 'persona' ? input.targetId : null,
      createdBy: input.createdBy,
    })
    .onConflictDoNothing();
}

/** Whether a link was there to remove. */
export async function deleteConceptLink(
  db: Queryable,
  input: { conceptId: string; kind: ConceptLinkKind; targetId: string },
): Promise<boolean> {
  const removed = await db
    .delete(conceptLinks)
    .where(
      and(
        eq(conceptLinks.conceptId, input.conceptId),
        eq(targetColumn[input.kind], input.targetId),
      ),
    )
    .returning({ id: conceptLinks.id });
  return removed.length > 0;
}

type LinkTargets = {
  kind: ConceptLinkKind;
  insightId: string | null;
  journeyId: string | null;
  personaId: string | null;
};

/** Titles of linked targets: an insight's statement, a journey's title, a persona's name. */
function resolvedLink<T extends LinkTargets>(
  row: T & { statement: string | null; journeyTitle: string | null; personaName: string | null },
) {
  const id = row.insightId ?? row.journeyId ?? row.personaId ?? '';
  const title =
    row.kind === 'insight'
      ? row.statement
      : row.kind === 'journey'
        ? row.journeyTitle
        : row.personaName;
  return { kind: row.kind, id, title: title ?? '' };
}

export async function listConceptLinks(db: Queryable, conceptId: string) {
  const rows = await db
    .select({
      kind: conceptLinks.kind,
      insightId: conceptLinks.insightId,
      journeyId: conceptLinks.journeyId,
      personaId: conceptLinks.personaId,
      statement: insights.statement,
      journeyTitle: journeys.title,
      personaName: personas.name,
    })
    .from(conceptLinks)
    .leftJoin(insights, eq(insights.id, conceptLinks.insightId))
    .leftJoin(journeys, eq(journeys.id, conceptLinks.journeyId))
    .leftJoin(personas, eq(personas.id, conceptLinks.personaId))
    .where(eq(conceptLinks.conceptId, conceptId))
    .orderBy(asc(conceptLinks.kind), asc(conceptLinks.createdAt), asc(conceptLinks.id));
  return rows.map(resolvedLink);
}

// ——— Versions ———

/** The versions, newest first, each with the findings that prompted it. */
export async function listConceptVersions(db: Queryable, conceptId: string) {
  const versions = await db
    .select({
      id: conceptVersions.id,
      number: conceptVersions.number,
      reason: conceptVersions.reason,
      frozenBy: users.displayName,
      frozenAt: conceptVersions.frozenAt,
    })
    .from(conceptVersions)
    .leftJoin(users, eq(users.id, conceptVersions.frozenBy))
    .where(eq(conceptVersions.conceptId, conceptId))
    .orderBy(desc(conceptVersions.number));
  if (versions.length === 0) return [];
  const findings = await db
    .select({
      versionId: conceptVersionLinks.versionId,
      kind: conceptVersionLinks.kind,
      insightId: conceptVersionLinks.insightId,
      journeyId: conceptVersionLinks.journeyId,
      personaId: conceptVersionLinks.personaId,
      statement: insights.statement,
      journeyTitle: sql<string | null>`null`,
      personaName: sql<string | null>`null`,
    })
    .from(conceptVersionLinks)
    .leftJoin(insights, eq(insights.id, conceptVersionLinks.insightId))
    .where(
      and(
        inArray(
          conceptVersionLinks.versionId,
          versions.map((v) => v.id),
        ),
        eq(conceptVersionLinks.role, 'prompted'),
      ),
    )
    .orderBy(asc(conceptVersionLinks.id));
  return versions.map((version) => ({
    ...version,
    findings: findings.filter((f) => f.versionId === version.id).map(resolvedLink),
  }));
}

export async function findConceptVersion(db: Queryable, conceptId: string, number: number) {
  const [version] = await db
    .select({
      id: conceptVersions.id,
      number: conceptVersions.number,
      snapshot: conceptVersions.snapshot,
      reason: conceptVersions.reason,
      frozenBy: users.displayName,
      frozenAt: conceptVersions.frozenAt,
    })
    .from(conceptVersions)
    .leftJoin(users, eq(users.id, conceptVersions.frozenBy))
    .where(and(eq(conceptVersions.conceptId, conceptId), eq(conceptVersions.number, number)))
    .limit(1);
  if (!version) return null;
  const links = await db
    .select({
      role: conceptVersionLinks.role,
      kind: conceptVersionLinks.kind,
      insightId: conceptVersionLinks.insightId,
      journeyId: conceptVersionLinks.journeyId,
      personaId: conceptVersionLinks.personaId,
      statement: insights.statement,
      journeyTitle: journeys.title,
      personaName: personas.name,
    })
    .from(conceptVersionLinks)
    .leftJoin(insights, eq(insights.id, conceptVersionLinks.insightId))
    .leftJoin(journeys, eq(journeys.id, conceptVersionLinks.journeyId))
    .leftJoin(personas, eq(personas.id, conceptVersionLinks.personaId))
    .where(eq(conceptVersionLinks.versionId, version.id))
    .orderBy(asc(conceptVersionLinks.kind), asc(conceptVersionLinks.id));
  return {
    ...version,
    links: links.filter((l) => l.role === 'answers').map(resolvedLink),
    findings: links.filter((l) => l.role === 'prompted').map(resolvedLink),
  };
}

/**
 * Freezes the draft as version `number`, inside the caller's transaction (which holds the
 * concept's row lock): the snapshot, the draft's links copied as they are now, the findings
 * that prompted it; and the draft goes on as the next number.
 */
export async function insertConceptVersion(
  tx: Tx,
  input: {
    conceptId: string;
    number: number;
    snapshot: ConceptSnapshot;
    reason: string;
    findingIds: readonly string[];
    frozenBy: string;
  },
) {
  const [version] = await tx
    .insert(conceptVersions)
    .values({
      conceptId: input.conceptId,
      number: input.number,
      snapshot: input.snapshot,
      reason: input.reason,
      frozenBy: input.frozenBy,
    })
    .returning({ id: conceptVersions.id });
  if (!version) throw new Error('concept version insert returned nothing');
  await tx.execute(sql`
    insert into ${conceptVersionLinks} (version_id, role, kind, insight_id, journey_id, persona_id)
    select ${version.id}, 'answers', kind, insight_id, journey_id, persona_id
      from ${conceptLinks} where concept_id = ${input.conceptId}`);
  if (input.findingIds.length > 0)
    await tx.insert(conceptVersionLinks).values(
      input.findingIds.map((insightId) => ({
        versionId: version.id,
        role: 'prompted' as const,
        kind: 'insight' as const,
        insightId,
      })),
    );
  await tx
    .update(concepts)
    .set({ draftNumber: input.number + 1, updatedAt: sql`now()` })
    .where(eq(concepts.id, input.conceptId));
}
