import { randomUUID } from 'node:crypto';
import type { Course, CourseList } from '@timantti/contracts';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  evidence,
  insights,
  journeyStages,
  journeys,
  participants,
  researchSessionParticipants,
  researchSessions,
} from '../src/db/schema.ts';
import { createConcept } from '../src/modules/concepts/commands/create-concept.ts';
import { searchVector } from '../src/modules/research/search-vector.ts';
import {
  addToTeam,
  buildOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  startTestApp,
  type Session,
} from './harness.ts';

const app = await startTestApp();
const db = app.database.db;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
async function ok<T>(session: Session, method: Method, url: string, body?: unknown) {
  const response = await call(app, session, method, url, body);
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
  return response.statusCode === 204 ? (null as T) : response.json<T>();
}

/** Lahti with a facilitator, two staff members and a viewer; Kuopio with an admin. */
async function world() {
  const org = await buildOrganisation(app);
  const other = await buildOrganisation(app);
  const [facilitator, staff, colleague, viewer, outsider] = await Promise.all([
    buildUser(app, { organisationId: org.id, role: 'facilitator' }),
    buildUser(app, { organisationId: org.id, role: 'member', name: 'Aino Asiakaspalvelu' }),
    buildUser(app, { organisationId: org.id, role: 'member' }),
    buildUser(app, { organisationId: org.id, role: 'viewer' }),
    buildUser(app, { organisationId: other.id, role: 'admin' }),
  ]);
  const project = await buildProject(app, { organisationId: org.id, creatorId: facilitator.id });
  await addToTeam(app, project.id, staff.id);
  await addToTeam(app, project.id, colleague.id);
  const course = await ok<Course>(
    await sessionFor(app, facilitator.id),
    'POST',
    `/api/v1/orgs/${org.id}/courses`,
    { title: 'Palvelumuotoilun perusteet', description: 'LAB:n kurssi kaupungin henkilöstölle' },
  );
  return {
    org,
    other,
    project,
    staff,
    colleague,
    course,
    base: `/api/v1/courses/${course.id}`,
    facilitator: await sessionFor(app, facilitator.id),
    staffSession: await sessionFor(app, staff.id),
    colleagueSession: await sessionFor(app, colleague.id),
    viewer: await sessionFor(app, viewer.id),
    outsider: await sessionFor(app, outsider.id),
  };
}

type World = Awaited<ReturnType<typeof world>>;

async function addEvidence(w: World, userId: string, count: number) {
  for (let i = 0; i < count; i++) {
    const text = `Havainto ${randomUUID()}`;
    await db.insert(evidence).values({
      projectId: w.project.id,
      kind: 'observation',
      text,
      createdBy: userId,
      search: searchVector('fi', text),
    });
  }
}

async function interviewCustomers(w: World, userId: string, count: number) {
  const [session] = await db
    .insert(researchSessions)
    .values({
      projectId: w.project.id,
      kind: 'interview',
      title: 'Asiakashaastattelu',
      heldOn: '2026-11-20',
      createdBy: userId,
    })
    .returning();
  for (let i = 0; i < count; i++) {
    const [participant] = await db
      .insert(participants)
      .values({ projectId: w.project.id, code: `H-${randomUUID().slice(0, 6)}`, kind: 'customer' })
      .returning();
    await db
      .insert(researchSessionParticipants)
      .values({ sessionId: session?.id ?? '', participantId: participant?.id ?? '' });
  }
}

async function addInsights(w: World, userId: string, count: number) {
  for (let i = 0; i < count; i++) {
    await db
      .insert(insights)
      .values({ projectId: w.project.id, statement: `Oivallus ${i}`, createdBy: userId });
  }
}

async function journeyWithSteps(w: World, steps: number) {
  const [journey] = await db
    .insert(journeys)
    .values({
      projectId: w.project.id,
      title: 'Tapahtumaluvan polku',
      kind: 'as_is',
      state: Buffer.alloc(0),
      schemaVersion: 1,
    })
    .returning();
  for (let position = 0; position < steps; position++) {
    await db.insert(journeyStages).values({
      journeyId: journey?.id ?? '',
      stageId: randomUUID(),
      title: `Vaihe ${position + 1}`,
      position,
    });
  }
}

const mine = async (w: World) => (await ok<Course>(w.staffSession, 'GET', w.base)).me;
const doneOf = async (w: World) =>
  Object.fromEntries(((await mine(w))?.exercises ?? []).map((e) => [e.exerciseId, e.done]));

describe('staff-training courses', () => {
  it('meet a self-checking exercise exactly when the practice data meets it', async () => {
    const w = await world();
    const exercise = async (body: object) => {
      const course = await ok<Course>(w.facilitator, 'POST', `${w.base}/exercises`, body);
      return course.exercises.at(-1)?.id ?? '';
    };
    const evidenceId = await exercise({
      cardKey: 'customer-interview',
      title: 'Haastattele kahta oman yksikkösi asiakasta ja tee viisi evidenssiä',
      kind: 'evidence_items',
      target: 5,
    });
    const interviewsId = await exercise({
      cardKey: 'customer-interview',
      title: 'Haastattele kahta asiakasta',
      kind: 'customers_interviewed',
      target: 2,
    });
    const insightsId = await exercise({
      cardKey: 'affinity-synthesis',
      title: 'Kirjoita kolme oivallusta',
      kind: 'insights',
      target: 3,
    });
    const journeyId = await exercise({
      cardKey: 'service-path',
      title: 'Piirrä palvelupolku',
      kind: 'journey_steps',
      target: 4,
    });
    const conceptId = await exercise({
      cardKey: 'concept-workshop',
      title: 'Luonnostele konsepti',
      kind: 'concept',
    });
    const reflectionId = await exercise({
      cardKey: 'peer-feedback',
      title: 'Mitä opit?',
      kind: 'reflection',
    });
    await ok(w.facilitator, 'POST', `${w.base}/enrolments`, { userId: w.staff.id });

    // Nothing counts before the practice project is named.
    await addEvidence(w, w.staff.id, 5);
    expect(await mine(w)).toMatchObject({ doneCount: 0, practiceProject: null });
    await ok(w.staffSession, 'PUT', `${w.base}/practice-project`, { projectId: w.project.id });

    // N - 1 of each, and plenty made by a colleague or in other kinds of session.
    await db.delete(evidence).where(eq(evidence.projectId, w.project.id));
    await addEvidence(w, w.staff.id, 4);
    await addEvidence(w, w.colleague.id, 10);
    await interviewCustomers(w, w.staff.id, 1);
    await interviewCustomers(w, w.colleague.id, 5);
    await addInsights(w, w.staff.id, 2);
    await addInsights(w, w.colleague.id, 5);
    await journeyWithSteps(w, 3);
    const below = await mine(w);
    expect(below?.exercises.find((e) => e.exerciseId === evidenceId)).toMatchObject({
      done: false,
      current: 4,
    });
    expect(below?.doneCount).toBe(0);

    // One more of each: exactly N.
    await addEvidence(w, w.staff.id, 1);
    await interviewCustomers(w, w.staff.id, 1);
    await addInsights(w, w.staff.id, 1);
    await journeyWithSteps(w, 4);
    expect(await doneOf(w)).toEqual({
      [evidenceId]: true,
      [interviewsId]: true,
      [insightsId]: true,
      [journeyId]: true,
      [conceptId]: false,
      [reflectionId]: false,
    });

    await createConcept(db, {
      actorUserId: w.colleague.id,
      projectId: w.project.id,
      name: 'Luvat yhdeltä luukulta',
      summary: '',
      language: 'fi',
    });
    expect((await doneOf(w))[conceptId]).toBe(true);

    // A self-checking exercise cannot be ticked by hand, and the certificate waits for all.
    const ticked = await call(
      app,
      w.staffSession,
      'PUT',
      `${w.base}/exercises/${evidenceId}/completion`,
      {
        reflection: 'Tein tämän',
      },
    );
    expect(ticked.statusCode).toBe(409);
    expect(ticked.json()).toMatchObject({ code: 'exercise_checks_itself' });
    expect((await call(app, w.staffSession, 'GET', `${w.base}/certificate`)).statusCode).toBe(404);

    const reflected = await ok<Course>(
      w.staffSession,
      'PUT',
      `${w.base}/exercises/${reflectionId}/completion`,
      {
        reflection: 'Asiakkaan ääni yllätti.',
      },
    );
    expect(reflected.me).toMatchObject({ doneCount: 6, finished: true });
    expect(reflected.participants).toEqual([]);
    const certificate = await ok<{ participantName: string }>(
      w.staffSession,
      'GET',
      `${w.base}/certificate`,
    );
    expect(certificate.participantName).toBe('Aino Asiakaspalvelu');

    // The facilitator follows every participant.
    const followed = await ok<Course>(w.facilitator, 'GET', w.base);
    expect(followed.participants.map((p) => [p.displayName, p.doneCount])).toEqual([
      ['Aino Asiakaspalvelu', 6],
    ]);
  });

  it('show another organisation nothing of a private course', async () => {
    const w = await world();
    const course = await ok<Course>(w.facilitator, 'POST', `${w.base}/exercises`, {
      cardKey: 'peer-feedback',
      title: 'Pohdi',
      kind: 'reflection',
    });
    const exerciseId = course.exercises[0]?.id ?? '';
    await ok(w.facilitator, 'POST', `${w.base}/enrolments`, { userId: w.staff.id });
    const calls: [Method, string, unknown?][] = [
      ['GET', w.base],
      ['GET', `${w.base}/certificate`],
      ['PATCH', w.base, { version: 1, title: 'Oma kurssi' }],
      ['DELETE', w.base],
      ['POST', `${w.base}/exercises`, { cardKey: 'persona', title: 'X', kind: 'reflection' }],
      ['DELETE', `${w.base}/exercises/${exerciseId}`],
      ['POST', `${w.base}/enrolments`, { userId: w.outsider.userId }],
      ['DELETE', `${w.base}/enrolments/${w.staff.id}`],
      ['PUT', `${w.base}/practice-project`, { projectId: null }],
      ['PUT', `${w.base}/exercises/${exerciseId}/completion`, { reflection: 'Hei' }],
      ['GET', `/api/v1/orgs/${w.org.id}/courses`],
    ];
    for (const [method, url, body] of calls) {
      const response = await call(app, w.outsider, method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.body).not.toContain('Palvelumuotoilun');
    }
    // Inside the organisation the course is private to those on it and those running it.
    expect((await call(app, w.colleagueSession, 'GET', w.base)).statusCode).toBe(404);
    const colleagueList = await ok<CourseList>(
      w.colleagueSession,
      'GET',
      `/api/v1/orgs/${w.org.id}/courses`,
    );
    expect(colleagueList.items).toEqual([]);
    const staffList = await ok<CourseList>(
      w.staffSession,
      'GET',
      `/api/v1/orgs/${w.org.id}/courses`,
    );
    expect(staffList.items.map((item) => item.id)).toEqual([w.course.id]);
    expect(
      (await call(app, w.staffSession, 'POST', `${w.base}/exercises`, calls[4]?.[2])).statusCode,
    ).toBe(403);
  });

  it('refuse bad input with a localized error and store nothing', async () => {
    const w = await world();
    const bad = await call(app, w.facilitator, 'POST', `${w.base}/exercises`, {
      cardKey: 'customer-interview',
      title: 'Liikaa',
      kind: 'evidence_items',
      target: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'target', message: expect.stringMatching(/pieni/) }],
    });
    const unknownCard = await call(app, w.facilitator, 'POST', `${w.base}/exercises`, {
      cardKey: 'no-such-card',
      title: 'Tuntematon',
      kind: 'reflection',
    });
    expect(unknownCard.statusCode).toBe(400);
    expect((await ok<Course>(w.facilitator, 'GET', w.base)).exercises).toEqual([]);

    // Only members are enrolled, and a practice project is one of the course's organisation.
    const stranger = await call(app, w.facilitator, 'POST', `${w.base}/enrolments`, {
      userId: w.outsider.userId,
    });
    expect(stranger.statusCode).toBe(422);
    await ok(w.facilitator, 'POST', `${w.base}/enrolments`, { userId: w.staff.id });
    const elsewhere = await buildProject(app, { organisationId: w.other.id });
    const foreign = await call(app, w.staffSession, 'PUT', `${w.base}/practice-project`, {
      projectId: elsewhere.id,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await mine(w))?.practiceProject).toBeNull();
  });
});
