import { richTextFromPlain } from '@timantti/contracts';
import { evidence, notes, researchSessions, sources, tags } from '../src/db/schema.ts';
import {
  insertConsent,
  insertParticipant,
} from '../src/modules/research/participants/participants.repo.ts';
import { searchVector } from '../src/modules/research/search-vector.ts';
import type { WithDatabase } from './harness.ts';

/** A participant with valid consent, an interview with a note about them, evidence, a source and tags. */
export async function buildResearch(app: WithDatabase, projectId: string, userId: string) {
  const db = app.database.db;
  const participant = await insertParticipant(db, {
    projectId,
    code: 'H-001',
    kind: 'customer',
    segment: 'Nuoret aikuiset',
    createdBy: userId,
  });
  await insertConsent(db, {
    participantId: participant.id,
    purpose: 'Haastattelu',
    givenOn: '2026-11-01',
    method: 'written',
  });
  const [session] = await db
    .insert(researchSessions)
    .values({
      projectId,
      kind: 'interview',
      title: 'Haastattelu 1',
      heldOn: '2026-11-02',
      createdBy: userId,
    })
    .returning();
  const body = 'Palvelupolku oli sekava. En löytänyt lupahakemusta verkosta.';
  const [note] = await db
    .insert(notes)
    .values({
      projectId,
      sessionId: session?.id ?? '',
      participantId: participant.id,
      content: richTextFromPlain(body),
      body,
      search: searchVector('fi', body),
    })
    .returning();
  const quote = body.slice(0, 24);
  const [item] = await db
    .insert(evidence)
    .values({
      projectId,
      kind: 'quote',
      text: quote,
      noteId: note?.id ?? null,
      noteStart: 0,
      noteEnd: 24,
      sessionId: session?.id ?? null,
      participantId: participant.id,
      search: searchVector('fi', quote),
    })
    .returning();
  const [source] = await db
    .insert(sources)
    .values({
      projectId,
      kind: 'research',
      title: 'Asiakaskokemus kunnissa',
      search: searchVector('fi', 'Asiakaskokemus kunnissa'),
    })
    .returning();
  const [tag, otherTag] = await db
    .insert(tags)
    .values([
      { projectId, name: 'Löydettävyys' },
      { projectId, name: 'Verkkoasiointi' },
    ])
    .returning();
  if (!session || !note || !item || !source || !tag || !otherTag)
    throw new Error('research fixture incomplete');
  return {
    participantId: participant.id,
    sessionId: session.id,
    noteId: note.id,
    evidenceId: item.id,
    sourceId: source.id,
    tagId: tag.id,
    otherTagId: otherTag.id,
  };
}
