import { plainTextOf, redactRichText } from '@timantti/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { documentTypes } from '../../../../collab/document-types.ts';
import type { Db } from '../../../../db/client.ts';
import {
  consents,
  evidence,
  evidenceTags,
  notes,
  participantContacts,
  participants,
  researchSessionParticipants,
  themeSuggestions,
} from '../../../../db/schema.ts';
import { notFound } from '../../../../platform/errors.ts';
import { audit } from '../../../audit/audit.repo.ts';
import { readParticipantPassages } from '../../evidence/evidence.repo.ts';
import { searchVector } from '../../search-vector.ts';

const REDACTED = '█';

/**
 * Erases a participant everywhere their words were kept: contact details and consents are
 * deleted, notes about them are deleted, passages highlighted from shared notes are blanked,
 * and their evidence keeps only its place in the trail, marked withdrawn. Search vectors are
 * rebuilt from what remains. Only the pseudonymous code survives, so trails can say "withdrawn".
 * Every live document type (`collab/document-types.ts`) withdraws the evidence from the stored
 * documents of the project — board cards are emptied, journey citations marked — and documents
 * open live follow after commit (the caller emits `evidence.withdrawn`). Insights and personas
 * only cite evidence, never copy it: they keep their citations, shown as withdrawn.
 */
export async function eraseParticipant(
  db: Db,
  input: { actorUserId: string; organisationId: string; projectId: string; participantId: string },
): Promise<{ withdrawnEvidenceIds: string[] }> {
  return db.transaction(async (tx) => {
    const [participant] = await tx
      .select()
      .from(participants)
      .where(
        and(eq(participants.projectId, input.projectId), eq(participants.id, input.participantId)),
      )
      .for('update');
    if (!participant) throw notFound();

    const passages = await readParticipantPassages(tx, participant.id);
    const byNote = new Map<string, { start: number; end: number }[]>();
    for (const p of passages) {
      if (!p.noteId || p.start === null || p.end === null) continue;
      byNote.set(p.noteId, [...(byNote.get(p.noteId) ?? []), { start: p.start, end: p.end }]);
    }
    await tx.delete(notes).where(eq(notes.participantId, participant.id));
    if (byNote.size > 0) {
      const shared = await tx
        .select()
        .from(notes)
        .where(inArray(notes.id, [...byNote.keys()]));
      for (const note of shared) {
        // Blanked at the same length, so the offsets of everyone else's passages stay valid.
        const content = redactRichText(note.content, byNote.get(note.id) ?? [], REDACTED);
        const body = plainTextOf(content);
        await tx
          .update(notes)
          .set({
            content,
            body,
            search: searchVector(note.language, note.title, body),
            updatedAt: sql`now()`,
          })
          .where(eq(notes.id, note.id));
      }
    }

    const withdrawn = await tx
      .update(evidence)
      .set({
        text: '',
        search: sql`''::tsvector`,
        withdrawnAt: sql`now()`,
        noteStart: null,
        noteEnd: null,
        noteId: null,
      })
      .where(eq(evidence.participantId, participant.id))
      .returning({ id: evidence.id });
    const withdrawnEvidenceIds = withdrawn.map((e) => e.id);
    // Keyed `boardsChanged`, `journeysChanged`, … as audit records have always been.
    const documentsChanged: Record<string, number> = {};
    for (const type of documentTypes) {
      const changed = await type.withdrawStoredEvidence(tx, {
        projectId: input.projectId,
        evidenceIds: withdrawnEvidenceIds,
      });
      documentsChanged[`${type.kind}sChanged`] = changed.length;
    }
    if (withdrawn.length > 0) {
      await tx.delete(evidenceTags).where(
        inArray(
          evidenceTags.evidenceId,
          withdrawn.map((e) => e.id),
        ),
      );
    }
    await tx
      .delete(participantContacts)
      .where(eq(participantContacts.participantId, participant.id));
    await tx.delete(consents).where(eq(consents.participantId, participant.id));
    // Proposed theme labels are words from the cards, perhaps theirs: the runs go too.
    await tx.delete(themeSuggestions).where(eq(themeSuggestions.projectId, input.projectId));
    await tx
      .delete(researchSessionParticipants)
      .where(eq(researchSessionParticipants.participantId, participant.id));
    await tx
      .update(participants)
      .set({ segment: '', attributes: {}, erasedAt: sql`now()` })
      .where(eq(participants.id, participant.id));
    await audit(tx, {
      organisationId: input.organisationId,
      actorUserId: input.actorUserId,
      action: 'participant.erased',
      targetType: 'participant',
      targetId: participant.id,
      metadata: {
        evidenceWithdrawn: withdrawn.length,
        notesRedacted: byNote.size,
        ...documentsChanged,
      },
    });
    return { withdrawnEvidenceIds };
  });
}
