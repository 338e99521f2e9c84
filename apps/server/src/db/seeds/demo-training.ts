import { addExercise } from '../../modules/training/commands/add-exercise.ts';
import { completeExercise } from '../../modules/training/commands/complete-exercise.ts';
import { enrolMember } from '../../modules/training/commands/enrol-member.ts';
import { insertCourse, setPracticeProject } from '../../modules/training/training.repo.ts';
import type { Db } from '../client.ts';

/**
 * Lahti's short staff-training path, as LAB ran it for city staff: two exercises met from the
 * practice project's research and one reflection. The developer of the event-permit project
 * has done them all; the decision-maker has just started, practising on KUNTO.
 */
export async function seedDemoTraining(
  db: Db,
  input: {
    organisationId: string;
    facilitatorId: string;
    finished: { userId: string; projectId: string };
    started: { userId: string; projectId: string };
  },
) {
  const { organisationId } = input;
  const courseId = await insertCourse(db, {
    organisationId,
    title: 'Palvelumuotoilun perusteet kaupungin henkilöstölle',
    description:
      'LAB-ammattikorkeakoulun kurssi: opitaan asiakkaan kuuntelemista tekemällä omassa harjoitusprojektissa.',
    createdBy: input.facilitatorId,
  });
  await addExercise(db, {
    courseId,
    values: {
      cardKey: 'customer-interview',
      title: 'Haastattele kahta oman yksikkösi asiakasta',
      instructions:
        'Sovi haastattelut, pyydä suostumus ja kirjaa haastattelut harjoitusprojektiin.',
      kind: 'customers_interviewed',
      target: 2,
    },
  });
  await addExercise(db, {
    courseId,
    values: {
      cardKey: 'customer-interview',
      title: 'Nosta haastatteluista kaksi evidenssiä',
      instructions: 'Valitse muistiinpanoista asiakkaan omat sanat, jotka kertovat jotain uutta.',
      kind: 'evidence_items',
      target: 2,
    },
  });
  const reflection = await addExercise(db, {
    courseId,
    values: {
      cardKey: 'peer-feedback',
      title: 'Mitä asiakkaan kuunteleminen opetti?',
      instructions: 'Kirjoita muutama lause siitä, mikä yllätti.',
      kind: 'reflection',
      target: 1,
    },
  });
  for (const person of [input.finished, input.started]) {
    await enrolMember(db, { courseId, organisationId, userId: person.userId });
    await setPracticeProject(db, courseId, person.userId, person.projectId);
  }
  await completeExercise(db, {
    courseId,
    exerciseId: reflection,
    userId: input.finished.userId,
    reflection:
      'Luulin tietäväni, mikä luvissa on vaikeinta. Haastattelussa kävi ilmi, ettei järjestäjä edes tiedä, mistä aloittaa.',
  });
}
