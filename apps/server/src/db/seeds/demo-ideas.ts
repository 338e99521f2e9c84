import { castVote } from '../../modules/ideas/commands/cast-vote.ts';
import { createIdea } from '../../modules/ideas/commands/create-idea.ts';
import { openRound } from '../../modules/ideas/commands/open-round.ts';
import { closeRound } from '../../modules/ideas/voting.repo.ts';
import { updateIdea } from '../../modules/ideas/commands/update-idea.ts';
import type { Db } from '../client.ts';

// The KUNTO team's ideas for its insight's "Miten voisimme…?" question, written by the whole
// team (the customer member too; the decision-maker, a viewer, reads), a closed dot-voting round over them, and the idea with the
// most dots picked to develop into a concept.

const ideaTexts = [
  'Oma ohjaaja, joka kulkee nuoren mukana palvelusta toiseen ja soittaa itse',
  'Nuoren tarina kirjataan kerran yhteiseen näkymään, jonka nuori itse hyväksyy',
  'Yhteinen aloitustapaaminen, jossa kaikki nuoren palvelut ovat samassa pöydässä',
  'Tekstiviesti nuorelle aina, kun hänen asiansa siirtyy uudelle työntekijälle',
];

// Each voter's dots as indexes of the ideas above; the round allows stacking.
const dots = [
  [0, 0, 1],
  [0, 2, 1],
  [1, 0, 3],
];

export async function seedDemoIdeas(
  db: Db,
  input: { projectId: string; userId: string; insightId: string; contributors: string[] },
): Promise<{ pickedIdeaId: string | null }> {
  const { projectId, userId, insightId } = input;
  const writers = input.contributors.length > 0 ? input.contributors : [userId];
  const ideaIds: string[] = [];
  for (const [i, text] of ideaTexts.entries()) {
    ideaIds.push(
      await createIdea(db, {
        actorUserId: writers[i % writers.length] ?? userId,
        projectId,
        values: { text, insightId },
      }),
    );
  }
  const roundId = await openRound(db, {
    actorUserId: userId,
    projectId,
    values: {
      title: 'Työpajan pisteäänestys',
      insightId,
      budget: 3,
      allowStacking: true,
      hideAuthors: true,
    },
  });
  for (const [v, voterId] of writers.entries()) {
    for (const index of dots[v % dots.length] ?? []) {
      await castVote(db, { projectId, roundId, voterId, ideaId: ideaIds[index] ?? '' });
    }
  }
  await closeRound(db, projectId, roundId);
  const [mostDots] = ideaIds;
  if (!mostDots) return { pickedIdeaId: null };
  await updateIdea(db, {
    projectId,
    ideaId: mostDots,
    values: { version: 1, status: 'picked' },
  });
  return { pickedIdeaId: mostDots };
}
