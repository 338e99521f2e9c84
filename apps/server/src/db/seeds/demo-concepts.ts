import {
  addConceptItem,
  readConcept,
  setConceptItemText,
  setConceptText,
} from '@timantti/contracts';
import * as Y from 'yjs';
import { storeLiveDocument } from '../../collab/stored-document.ts';
import { createConcept } from '../../modules/concepts/commands/create-concept.ts';
import { freezeConcept } from '../../modules/concepts/commands/freeze-concept.ts';
import { conceptStorage } from '../../modules/concepts/concept-storage.ts';
import { findConceptState, insertConceptLink } from '../../modules/concepts/concepts.repo.ts';
import type { Db } from '../client.ts';

// The KUNTO demo project's service concept, developed from its picked idea and answering its
// insight and journey: version 1 frozen after the concept workshop, and the draft going on as
// version 2 after the first test with young people, so the versions page has a diff to show.

async function editDraft(db: Db, conceptId: string, edit: (doc: Y.Doc) => void) {
  const row = await findConceptState(db, conceptId);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, row?.state ?? new Uint8Array());
    edit(doc);
    await storeLiveDocument(conceptStorage, db, {
      id: conceptId,
      document: doc,
      mergeOrigin: null,
    });
    return readConcept(doc);
  } finally {
    doc.destroy();
  }
}

export async function seedDemoConcepts(
  db: Db,
  input: {
    projectId: string;
    userId: string;
    insightId: string;
    journeyId: string;
    ideaId: string | null;
  },
): Promise<void> {
  const { projectId, userId } = input;
  const conceptId = await createConcept(db, {
    actorUserId: userId,
    projectId,
    name: 'Nuoren oma ohjaaja',
    summary: 'Jokaisella nuorella on yksi ohjaaja, joka kulkee mukana palvelusta toiseen.',
    language: 'fi',
    ideaId: input.ideaId ?? undefined,
  });
  let channel = '';
  await editDraft(db, conceptId, (doc) => {
    const fields = {
      problem: 'Nuori kertoo tarinansa yhä uudelleen, eikä kukaan vastaa kokonaisuudesta.',
      targetGroup: 'Alle 30-vuotiaat työttömät lahtelaiset',
      valuePromise: 'Sinun ei tarvitse kertoa tarinaasi kuin kerran.',
      howItWorks:
        'Ensitapaamisessa nuori saa oman ohjaajan. Ohjaaja varaa seuraavat palvelut nuoren kanssa ja soittaa viikon päästä.',
      howToTest: 'Kymmenen nuorta saa oman ohjaajan kolmeksi kuukaudeksi.',
      learningGoals: 'Väheneekö tarinan toistaminen? Pysyykö nuori palvelussa?',
      implementer: 'Lahden kaupungin työllisyyspalvelut',
      budget: 'Kaksi ohjaajaa osa-aikaisesti, 12 000 €',
    } as const;
    for (const [field, value] of Object.entries(fields))
      setConceptText(doc, field as keyof typeof fields, value);
    channel = addConceptItem(doc, 'channels', 'Ohjaamo');
    addConceptItem(doc, 'channels', 'Puhelin');
    addConceptItem(doc, 'resources', 'Kaksi ohjaajaa');
    addConceptItem(doc, 'partners', 'TE-palvelut');
    addConceptItem(doc, 'partners', 'Nuorisopalvelut');
    addConceptItem(doc, 'risks', 'Ohjaajan vaihtuminen katkaisee suhteen');
    addConceptItem(doc, 'indicators', 'Palvelussa pysyneiden nuorten osuus');
  });
  for (const [kind, targetId] of [
    ['insight', input.insightId],
    ['journey', input.journeyId],
  ] as const)
    await insertConceptLink(db, { conceptId, kind, targetId, createdBy: userId });
  await freezeConcept(db, {
    actorUserId: userId,
    projectId,
    conceptId,
    reason: 'Konseptityöpajan tulos',
    findingIds: [],
  });
  await editDraft(db, conceptId, (doc) => {
    setConceptText(
      doc,
      'howItWorks',
      'Ensitapaamisessa nuori saa oman ohjaajan. Ohjaaja varaa seuraavat palvelut nuoren kanssa ja soittaa heti seuraavana päivänä.',
    );
    setConceptItemText(doc, channel, 'Ohjaamo Lahti');
    addConceptItem(doc, 'channels', 'WhatsApp-viestit');
  });
}
