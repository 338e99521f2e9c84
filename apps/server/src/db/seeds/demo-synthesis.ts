import {
  addCitation,
  addEvidenceCards,
  createGroup,
  moveCardsToGroup,
  readJourney,
  setCellText,
  setEmotion,
} from '@timantti/contracts';
import * as Y from 'yjs';
import { createJourney } from '../../modules/journeys/commands/create-journey.ts';
import { findJourneyState } from '../../modules/journeys/journeys.repo.ts';
import { createBoard } from '../../modules/synthesis/commands/create-board.ts';
import { createInsight } from '../../modules/synthesis/commands/create-insight.ts';
import { readTaggedEvidence } from '../../modules/research/evidence/evidence.repo.ts';
import type { Db } from '../client.ts';
import { seedDemoConcepts } from './demo-concepts.ts';
import { seedDemoConceptTests } from './demo-concept-tests.ts';
import { storeLiveDocument } from '../../collab/stored-document.ts';
import { boardStorage } from '../../modules/synthesis/board-storage.ts';
import { journeyStorage } from '../../modules/journeys/journey-storage.ts';
import { seedDemoIdeas } from './demo-ideas.ts';

// The KUNTO demo project's synthesis, made from its demo research the way a team would: the
// interviews' evidence on a board grouped by its tags, an insight from one group, and the
// young person's service journey with its emotion curve, a cell citing what a customer said;
// then the service concept answering them, and its first test round.

/** Evidence of the project by tag name, in the order it was made. */
async function evidenceByTag(db: Db, projectId: string) {
  const rows = await readTaggedEvidence(db, projectId);
  const byTag = new Map<string, { id: string; text: string }[]>();
  for (const row of rows) byTag.set(row.tag, [...(byTag.get(row.tag) ?? []), row]);
  return byTag;
}

export async function seedDemoSynthesis(
  db: Db,
  input: { projectId: string; userId: string; contributors: string[] },
): Promise<void> {
  const { projectId, userId } = input;
  const byTag = await evidenceByTag(db, projectId);
  const everything = [
    ...new Map([...byTag.values()].flat().map((item) => [item.id, item])).values(),
  ];

  const boardId = await createBoard(db, {
    actorUserId: userId,
    projectId,
    title: 'Haastattelujen ja työpajan synteesi',
  });
  const board = new Y.Doc();
  const cardIds = addEvidenceCards(board, {
    items: everything.map((item) => ({ evidenceId: item.id, text: item.text, language: 'fi' })),
    createdBy: userId,
  });
  const cardOf = new Map(everything.map((item, i) => [item.id, cardIds[i] ?? '']));
  const groups: Record<string, string> = {};
  for (const [title, colour] of [
    ['Palvelujen pirstaleisuus', 'red'],
    ['Odottaminen', 'yellow'],
  ] as const) {
    const groupId = createGroup(board, { title, colour });
    groups[title] = groupId;
    const ids = (byTag.get(title) ?? []).map((item) => cardOf.get(item.id) ?? '');
    moveCardsToGroup(board, ids, groupId);
  }
  await storeLiveDocument(boardStorage, db, { id: boardId, document: board, mergeOrigin: null });

  const scattered = byTag.get('Palvelujen pirstaleisuus') ?? [];
  const insightId = await createInsight(db, {
    actorUserId: userId,
    projectId,
    values: {
      statement:
        'Nuori kertoo tarinansa yhä uudelleen, koska palvelut eivät tiedä toistensa lupauksista.',
      hmw: 'Miten voisimme kulkea nuoren tarinan mukana palvelusta toiseen?',
      evidenceIds: scattered.map((item) => item.id),
      boardId,
      groupId: groups['Palvelujen pirstaleisuus'] ?? null,
    },
  });
  const { pickedIdeaId } = await seedDemoIdeas(db, {
    projectId,
    userId,
    insightId,
    contributors: input.contributors,
  });

  const journeyId = await createJourney(db, {
    actorUserId: userId,
    projectId,
    title: 'Nuoren polku työhön (nykytila)',
    kind: 'as_is',
    personaId: null,
    language: 'fi',
    start: { template: 'employment_path' },
  });
  const stored = await findJourneyState(db, journeyId);
  const journey = new Y.Doc();
  Y.applyUpdate(journey, stored?.state ?? new Uint8Array());
  const map = readJourney(journey);
  const lane = (type: string) => map.lanes.find((l) => l.type === type)?.id ?? '';
  const texts: Record<string, string[]> = {
    customer_actions: [
      'Saa kirjeen ja soittaa numeroon, jota ei tunne',
      'Kertoo tilanteensa ohjaajalle',
      'Kertoo saman tarinan uudelleen uudelle työntekijälle',
      'Odottaa mielenterveyspalvelun aikaa',
    ],
    channels: ['Kirje, puhelin', 'Palvelupiste', 'Palvelupiste, Teams', 'Puhelin, Omakanta'],
    pain_points: [
      'Ei tiedä, kuka auttaa',
      '',
      'Tieto ei kulje työntekijältä toiselle',
      'Kolmen kuukauden jono',
    ],
    opportunities: ['', 'Oma ohjaaja, joka soittaa itse', 'Yhteinen näkymä nuoren polkuun', ''],
  };
  const emotions = [-1, 1, -1, -2, 0, 1];
  journey.transact(() => {
    for (const [type, values] of Object.entries(texts)) {
      values.forEach((text, i) => {
        const stage = map.stages[i];
        if (stage && text) setCellText(journey, lane(type), stage.id, text);
      });
    }
    emotions.forEach((value, i) => {
      const stage = map.stages[i];
      if (stage) setEmotion(journey, lane('emotion'), stage.id, value);
    });
    const retold = map.stages[2];
    const quote = scattered[0];
    if (retold && quote)
      addCitation(journey, lane('pain_points'), retold.id, { kind: 'evidence', id: quote.id });
  });
  await storeLiveDocument(journeyStorage, db, {
    id: journeyId,
    document: journey,
    mergeOrigin: null,
  });
  await seedDemoConcepts(db, { projectId, userId, insightId, journeyId, ideaId: pickedIdeaId });
  await seedDemoConceptTests(db, { projectId, userId });
}
