import { plainTextOf, redactRichText } from '@timantti/contracts';
import { documentTypes } from '../../../../collab/document-types.ts';
import type { Db } from '../../../../db/client.ts';
import { notFound } from '../../../../platform/errors.ts';
import { audit } from '../../../audit/audit.repo.ts';
import { deleteResponsesOfParticipant } from '../../../feedback-forms/feedback-forms.repo.ts';
import { deleteProjectThemeSuggestions } from '../../../synthesis/theme-suggestions.repo.ts';
import {
  deleteTagsOfEvidence,
  readParticipantPassages,
  withdrawParticipantEvidence,
} from '../../evidence/evidence.repo.ts';
import {
  deleteParticipantNotes,
  readNotesById,
  storeRedactedNote,
} from '../../notes/notes.repo.ts';
import { searchVector } from '../../search-vector.ts';
import { deleteParticipantSessionLinks } from '../../sessions/sessions.repo.ts';
import {
  deleteConsents,
  deleteContact,
  lockParticipant,
  markParticipantErased,
} from '../participants.repo.ts';

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
    const participant = await lockParticipant(tx, input.projectId, input.participantId);
    if (!participant) throw notFound();

    const passages = await readParticipantPassages(tx, participant.id);
    const byNote = new Map<string, { start: number; end: number }[]>();
    for (const p of passages) {
      if (!p.noteId || p.start === null || p.end === null) continue;
      byNote.set(p.noteId, [...(byNote.get(p.noteId) ?? []), { start: p.start, end: p.end }]);
    }
    await deleteParticipantNotes(tx, participant.id);
    if (byNote.size > 0) {
      const shared = await readNotesById(tx, [...byNote.keys()]);
      for (const note of shared) {
        // Blanked at the same length, so the offsets of everyone else's passages stay valid.
        const content = redactRichText(note.content, byNote.get(note.id) ?? [], REDACTED);
        const body = plainTextOf(content);
        await storeRedactedNote(tx, note.id, {
          content,
          body,
          search: searchVector(note.language, note.title, body),
        });
      }
    }

    const withdrawnEvidenceIds = await withdrawParticipantEvidence(tx, participant.id);
    // Keyed `boardsChanged`, `journeysChanged`, … as audit records have always been.
    const documentsChanged: Record<string, number> = {};
    for (const type of documentTypes) {
      const changed = await type.withdrawStoredEvidence(tx, {
        projectId: input.projectId,
        evidenceIds: withdrawnEvidenceIds,
      });
      documentsChanged[`${type.kind}sChanged`] = changed.length;
    }
    if (withdrawnEvidenceIds.length > 0) await deleteTagsOfEvidence(tx, withdrawnEvidenceIds);
    await deleteContact(tx, participant.id);
    await deleteConsents(tx, participant.id);
    // A form response is theirs as a whole: its ratings and choices leave the counts too.
    await deleteResponsesOfParticipant(tx, participant.id);
    // Proposed theme labels are words from the cards, perhaps theirs: the runs go too.
    await deleteProjectThemeSuggestions(tx, input.projectId);
    await deleteParticipantSessionLinks(tx, participant.id);
    await markParticipantErased(tx, participant.id);
    await audit(tx, {
      organisationId: input.organisationId,
      actorUserId: input.actorUserId,
      action: 'participant.erased',
      targetType: 'participant',
      targetId: participant.id,
      metadata: {
        evidenceWithdrawn: withdrawnEvidenceIds.length,
        notesRedacted: byNote.size,
        ...documentsChanged,
      },
    });
    return { withdrawnEvidenceIds };
  });
}
