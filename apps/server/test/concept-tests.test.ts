import type { Concept, ConceptHistory, TestRound, TestRoundList } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { buildResearch } from './research-fixtures.ts';
import {
  adminOfNewOrganisation,
  buildProject,
  call,
  startTestApp,
  type Session,
} from './harness.ts';

const app = await startTestApp();

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
async function send<T>(session: Session, method: Method, url: string, body?: unknown): Promise<T> {
  const response = await call(app, session, method, url, body);
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
  return response.json<T>();
}
async function get<T>(session: Session, url: string): Promise<T> {
  const response = await call(app, session, 'GET', url);
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.body}`);
  return response.json<T>();
}

const consent = { purpose: 'Prototyyppitestaus', givenOn: '2026-11-01', method: 'written' };

const plan = {
  title: 'Paperiprototyyppi nuorten kanssa',
  method: 'paper_prototype',
  description: 'Nuori käy palvelupolun läpi paperikorteilla.',
  learningGoals: 'Ymmärtääkö nuori, kuka on hänen ohjaajansa?',
  place: 'Ohjaamo, Lahti',
  startsOn: '2026-12-01',
  endsOn: '2026-12-05',
  hypotheses: [
    { belief: 'Nuori haluaa yhden ohjaajan.', signal: 'Kahdeksan kymmenestä valitsee sen.' },
    { belief: 'Ajanvaraus verkossa riittää.', signal: 'Kukaan ei kysy puhelinnumeroa.' },
  ],
  recruitTargets: [
    { segment: 'Nuoret aikuiset', count: 5 },
    { segment: 'Maahan muuttaneet', count: 3 },
  ],
};

async function world() {
  const { admin, session, org } = await adminOfNewOrganisation(app);
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  const research = await buildResearch(app, project.id, admin.id);
  const projectUrl = `/api/v1/projects/${project.id}`;
  const concept = await send<Concept>(session, 'POST', `${projectUrl}/concepts`, {
    name: 'Yhden luukun ohjaus',
    summary: 'Nuori saa yhden ohjaajan.',
  });
  const conceptUrl = `${projectUrl}/concepts/${concept.id}`;
  await send(session, 'POST', `${conceptUrl}/versions`, { reason: 'Työpajan versio' });
  return {
    session,
    research,
    projectUrl,
    conceptUrl,
    rounds: `${conceptUrl}/test-rounds`,
  };
}
type World = Awaited<ReturnType<typeof world>>;

async function participant(w: World, segment: string) {
  return (
    await send<{ id: string }>(w.session, 'POST', `${w.projectUrl}/participants`, {
      kind: 'customer',
      segment,
      consent,
    })
  ).id;
}

/** Evidence typed in from the round's session, as the team does after an in-person test. */
async function answer(w: World, round: TestRound, participantId: string, words: string) {
  const note = await send<{ id: string }>(
    w.session,
    'POST',
    `${w.projectUrl}/sessions/${round.session?.id}/notes`,
    { title: 'Vastaukset', body: words, participantId },
  );
  return (
    await send<{ id: string }>(w.session, 'POST', `${w.projectUrl}/evidence`, {
      kind: 'quote',
      noteId: note.id,
      start: 0,
      end: words.length,
      text: words,
    })
  ).id;
}

const finding = (round: TestRound, index: number) => {
  const hypothesis = round.hypotheses[index];
  if (!hypothesis) throw new Error(`no hypothesis ${index}`);
  return hypothesis;
};
const findingUrl = (w: World, round: TestRound, index: number) =>
  `${w.rounds}/${round.id}/hypotheses/${finding(round, index).id}/finding`;

describe('test rounds', () => {
  it('plan a frozen version with an in-person prototype test session, edited on a version', async () => {
    const w = await world();
    const round = await send<TestRound>(w.session, 'POST', w.rounds, { versionNumber: 1, ...plan });
    expect(round).toMatchObject({
      versionNumber: 1,
      title: plan.title,
      method: 'paper_prototype',
      startsOn: '2026-12-01',
      endsOn: '2026-12-05',
      recruitTargets: plan.recruitTargets,
      respondents: { total: 0, bySegment: [] },
      findings: { confirmed: 0, refuted: 0, unclear: 0, open: 2 },
      nextVersionNumber: null,
      abilities: { manage: true },
      version: 1,
    });
    expect(round.hypotheses.map((h) => h.belief)).toEqual(plan.hypotheses.map((h) => h.belief));
    const session = await get<{ kind: string; heldOn: string; place: string }>(
      w.session,
      `${w.projectUrl}/sessions/${round.session?.id}`,
    );
    expect(session).toMatchObject({ kind: 'prototype_test', heldOn: '2026-12-01' });

    // Only frozen versions are tested: the draft (2) changes under a test.
    for (const versionNumber of [2, 9]) {
      const refused = await call(app, w.session, 'POST', w.rounds, { versionNumber, ...plan });
      expect(refused.statusCode, `v${versionNumber}`).toBe(404);
    }
    const backwards = await call(app, w.session, 'POST', w.rounds, {
      versionNumber: 1,
      ...plan,
      endsOn: '2026-11-30',
    });
    expect(backwards.statusCode).toBe(400);

    // The first hypothesis keeps its id, the second goes, a third is new.
    const kept = finding(round, 0);
    const edited = await send<TestRound>(w.session, 'PUT', `${w.rounds}/${round.id}`, {
      ...plan,
      version: round.version,
      method: 'role_play',
      hypotheses: [
        { belief: 'Uusi hypoteesi.', signal: 'Puolet mainitsee sen.' },
        { id: kept.id, belief: kept.belief, signal: 'Yhdeksän kymmenestä valitsee sen.' },
      ],
      recruitTargets: [{ segment: 'Nuoret aikuiset', count: 8 }],
    });
    expect(edited).toMatchObject({
      method: 'role_play',
      version: 2,
      recruitTargets: [{ segment: 'Nuoret aikuiset', count: 8 }],
    });
    expect(edited.hypotheses.map((h) => [h.belief, h.signal])).toEqual([
      ['Uusi hypoteesi.', 'Puolet mainitsee sen.'],
      [kept.belief, 'Yhdeksän kymmenestä valitsee sen.'],
    ]);
    expect(finding(edited, 1).id).toBe(kept.id);

    // An edit made on the version before is refused with the plan as it is now.
    const stale = await call(app, w.session, 'PUT', `${w.rounds}/${round.id}`, {
      ...plan,
      version: round.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'edit_conflict', current: { method: 'role_play' } });

    // A hypothesis of another round is not this one's to keep.
    const other = await send<TestRound>(w.session, 'POST', w.rounds, { versionNumber: 1, ...plan });
    const foreign = await call(app, w.session, 'PUT', `${w.rounds}/${round.id}`, {
      ...plan,
      version: edited.version,
      hypotheses: [{ id: finding(other, 0).id, belief: 'x', signal: 'y' }],
    });
    expect(foreign.statusCode).toBe(404);
    expect((await get<TestRound>(w.session, `${w.rounds}/${round.id}`)).version).toBe(2);

    const list = await get<TestRoundList>(w.session, w.rounds);
    expect(list.items.map((r) => r.id)).toEqual([round.id, other.id]);

    const deleted = await call(app, w.session, 'DELETE', `${w.rounds}/${other.id}`);
    expect(deleted.statusCode).toBe(204);
    expect((await call(app, w.session, 'GET', `${w.rounds}/${other.id}`)).statusCode).toBe(404);
    // The answers typed in stay in the research repository.
    const sessionKept = await call(
      app,
      w.session,
      'GET',
      `${w.projectUrl}/sessions/${other.session?.id}`,
    );
    expect(sessionKept.statusCode).toBe(200);
  });

  it('record findings citing only evidence of the project, never newly withdrawn evidence', async () => {
    const w = await world();
    const stranger = await world();
    const round = await send<TestRound>(w.session, 'POST', w.rounds, { versionNumber: 1, ...plan });
    const aino = await participant(w, 'Nuoret aikuiset');
    const said = await answer(w, round, aino, 'Haluan yhden ihmisen, jolle soittaa.');

    const recorded = await send<TestRound>(w.session, 'PUT', findingUrl(w, round, 0), {
      version: 1,
      result: 'confirmed',
      note: 'Kaikki valitsivat yhden ohjaajan.',
      evidenceIds: [said, w.research.evidenceId],
    });
    expect(finding(recorded, 0)).toMatchObject({
      result: 'confirmed',
      note: 'Kaikki valitsivat yhden ohjaajan.',
      version: 2,
    });
    expect(finding(recorded, 0).evidence.map((e) => [e.id, e.withdrawn])).toEqual([
      [said, false],
      [w.research.evidenceId, false],
    ]);
    expect(recorded.findings).toEqual({ confirmed: 1, refuted: 0, unclear: 0, open: 1 });

    // Evidence of another organisation's project is not seen: 404, and nothing changes.
    const foreign = await call(app, w.session, 'PUT', findingUrl(w, round, 1), {
      version: 1,
      result: 'refuted',
      evidenceIds: [stranger.research.evidenceId],
    });
    expect(foreign.statusCode).toBe(404);
    const stale = await call(app, w.session, 'PUT', findingUrl(w, round, 0), {
      version: 1,
      result: 'unclear',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('edit_conflict');

    // H-001 is erased: the first finding keeps the evidence, shown withdrawn without words…
    await send(w.session, 'POST', `${w.projectUrl}/participants/${w.research.participantId}/erase`);
    const after = await get<TestRound>(w.session, `${w.rounds}/${round.id}`);
    expect(finding(after, 0).evidence[1]).toMatchObject({ withdrawn: true, text: '' });
    const resaved = await call(app, w.session, 'PUT', findingUrl(w, round, 0), {
      version: 2,
      result: 'confirmed',
      evidenceIds: [said, w.research.evidenceId],
    });
    expect(resaved.statusCode).toBe(200);
    // …but no finding cites it anew.
    const anew = await call(app, w.session, 'PUT', findingUrl(w, round, 1), {
      version: 1,
      result: 'refuted',
      evidenceIds: [w.research.evidenceId],
    });
    expect(anew.statusCode).toBe(409);
    expect(anew.json().code).toBe('evidence_withdrawn');
    expect(finding(await get<TestRound>(w.session, `${w.rounds}/${round.id}`), 1).result).toBe(
      null,
    );
  });

  it('start the next version from their findings, and the history reads v1 → round → findings → v2', async () => {
    const w = await world();
    const round = await send<TestRound>(w.session, 'POST', w.rounds, { versionNumber: 1, ...plan });
    const people = [
      await participant(w, 'Nuoret aikuiset'),
      await participant(w, 'Nuoret aikuiset'),
      await participant(w, 'Maahan muuttaneet'),
    ];
    const session = await get<{ version: number }>(
      w.session,
      `${w.projectUrl}/sessions/${round.session?.id}`,
    );
    await send(w.session, 'PUT', `${w.projectUrl}/sessions/${round.session?.id}`, {
      version: session.version,
      kind: 'prototype_test',
      title: plan.title,
      heldOn: '2026-12-01',
      participantIds: people,
    });
    const said = await answer(w, round, people[2] ?? '', 'Tarvitsen tulkin ajanvaraukseen.');

    const early = await call(app, w.session, 'POST', `${w.rounds}/${round.id}/next-version`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('findings_missing');

    await send(w.session, 'PUT', findingUrl(w, round, 0), { version: 1, result: 'confirmed' });
    await send(w.session, 'PUT', findingUrl(w, round, 1), {
      version: 1,
      result: 'refuted',
      evidenceIds: [said],
    });
    const started = await send<TestRound>(
      w.session,
      'POST',
      `${w.rounds}/${round.id}/next-version`,
    );
    expect(started.nextVersionNumber).toBe(2);
    const again = await call(app, w.session, 'POST', `${w.rounds}/${round.id}/next-version`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('next_version_started');

    const respondents = {
      total: 3,
      bySegment: [
        { segment: 'Nuoret aikuiset', count: 2 },
        { segment: 'Maahan muuttaneet', count: 1 },
      ],
    };
    const history = await get<ConceptHistory>(w.session, `${w.conceptUrl}/history`);
    expect(history.items).toEqual([
      expect.objectContaining({ kind: 'version', number: 1, frozen: true, startedFrom: [] }),
      expect.objectContaining({ kind: 'test_round', id: round.id, versionNumber: 1, respondents }),
      {
        kind: 'findings',
        roundId: round.id,
        counts: { confirmed: 1, refuted: 1, unclear: 0, open: 0 },
      },
      expect.objectContaining({
        kind: 'version',
        number: 2,
        frozen: false,
        startedFrom: [{ id: round.id, title: plan.title }],
      }),
    ]);

    // Frozen, v2 keeps the round it was started from; a round of v1 can no longer start it.
    await send(w.session, 'POST', `${w.conceptUrl}/versions`, { reason: 'Testauksen jälkeen' });
    const frozen = await get<ConceptHistory>(w.session, `${w.conceptUrl}/history`);
    expect(frozen.items.at(3)).toMatchObject({
      kind: 'version',
      number: 2,
      frozen: true,
      reason: 'Testauksen jälkeen',
      startedFrom: [{ id: round.id }],
    });
    expect(frozen.items.at(4)).toMatchObject({ kind: 'version', number: 3, frozen: false });
    const late = await send<TestRound>(w.session, 'POST', w.rounds, { versionNumber: 1, ...plan });
    await send(w.session, 'PUT', findingUrl(w, late, 0), { version: 1, result: 'unclear' });
    const refused = await call(app, w.session, 'POST', `${w.rounds}/${late.id}/next-version`);
    expect(refused.json().code).toBe('next_version_started');
  });

  it('are not seen by another organisation', async () => {
    const w = await world();
    const round = await send<TestRound>(w.session, 'POST', w.rounds, { versionNumber: 1, ...plan });
    const outsider = await adminOfNewOrganisation(app);
    for (const url of [w.rounds, `${w.rounds}/${round.id}`, `${w.conceptUrl}/history`]) {
      const response = await call(app, outsider.session, 'GET', url);
      expect(response.statusCode, url).toBe(404);
    }
    const writes: [Method, string, unknown][] = [
      ['POST', w.rounds, { versionNumber: 1, ...plan }],
      ['PUT', `${w.rounds}/${round.id}`, { ...plan, version: 1 }],
      ['PUT', findingUrl(w, round, 0), { version: 1, result: 'confirmed' }],
      ['POST', `${w.rounds}/${round.id}/next-version`, undefined],
      ['DELETE', `${w.rounds}/${round.id}`, undefined],
    ];
    for (const [method, url, body] of writes) {
      const response = await call(app, outsider.session, method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const unchanged = await get<TestRound>(w.session, `${w.rounds}/${round.id}`);
    expect(unchanged).toMatchObject({ version: 1, nextVersionNumber: null });
    expect(unchanged.hypotheses.map((h) => h.result)).toEqual([null, null]);
  });
});
