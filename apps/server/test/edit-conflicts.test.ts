import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, startTestApp } from './harness.ts';
import { buildWorld, FEEDBACK_FORM, METHOD_CARD, type World } from './route-cases.ts';

/*
 * One rule for every editable resource: an edit names the version it was made on, and an edit
 * made on a version someone else has already moved on is refused with 409 `edit_conflict` and
 * the resource as it is now, changing nothing. Live documents (board and journey content) merge
 * instead and are not here.
 */

const app = await startTestApp();

type Presented = { version: number } & Record<string, unknown>;

type VersionedResource = {
  /** How an edit is sent: PATCH unless said (a PUT replaces the whole, e.g. a tag set). */
  method?: 'PATCH' | 'PUT';
  /** Where an edit is sent. */
  url: (w: World) => string;
  /** Where a GET presents it, when not at `url`; a conflict's `current` is what it returns. */
  read?: (w: World) => string;
  /** The resource in what `read` returns, when that is a list of them. */
  find?: (list: { items: Presented[] }, w: World) => Presented | undefined;
  /** Its version in what `read` returns, when not at the top. */
  versionOf?: (presented: Presented, w: World) => number;
  /** An edit, different for every `n`, without its version. */
  edit: (n: number, w: World) => Record<string, unknown>;
  /** The same path with an id that does not exist. */
  missing: (w: World) => string;
};

const p = (w: World) => `/api/v1/projects/${w.projectId}`;

const resources: Record<string, VersionedResource> = {
  project: {
    url: p,
    edit: (n) => ({ name: `Lupapalvelut ${n}`, goals: [`Tavoite ${n}`] }),
    missing: () => `/api/v1/projects/${randomUUID()}`,
  },
  'checklist step': {
    url: (w) => `${p(w)}/checklist/${w.itemId}`,
    read: p,
    versionOf: (project, w) => {
      const items = project['checklist'] as { id: string; version: number }[];
      const item = items.find((candidate) => candidate.id === w.itemId);
      if (!item) throw new Error('the checklist step is not in the project');
      return item.version;
    },
    edit: (n) => ({ label: `Oma vaihe ${n}`, done: n % 2 === 0 }),
    missing: (w) => `${p(w)}/checklist/${randomUUID()}`,
  },
  'method card': {
    method: 'PUT',
    url: (w) => `/api/v1/orgs/${w.orgId}/method-cards/${w.methodCardId}`,
    edit: (n) => ({ language: 'fi', content: { ...METHOD_CARD, title: `Asukasraati ${n}` } }),
    missing: (w) => `/api/v1/orgs/${w.orgId}/method-cards/${randomUUID()}`,
  },
  article: {
    url: (w) => `/api/v1/articles/${w.articleId}`,
    edit: (n) => ({
      title: `Luvat yhdeltä luukulta ${n}`,
      cardKeys: n % 2 === 0 ? ['service-path'] : ['customer-interview'],
    }),
    missing: () => `/api/v1/articles/${randomUUID()}`,
  },
  course: {
    url: (w) => `/api/v1/courses/${w.courseId}`,
    edit: (n) => ({ title: `Palvelumuotoilun perusteet ${n}` }),
    missing: () => `/api/v1/courses/${randomUUID()}`,
  },
  persona: {
    url: (w) => `${p(w)}/personas/${w.personaId}`,
    edit: (n) => ({ quote: `Haluan luvat kerralla (${n}).`, goals: [`Tavoite ${n}`] }),
    missing: (w) => `${p(w)}/personas/${randomUUID()}`,
  },
  idea: {
    url: (w) => `${p(w)}/ideas/${w.ideaId}`,
    edit: (n) => ({ text: `Lupien hakusivu ${n}`, status: n % 2 === 0 ? 'picked' : 'open' }),
    missing: (w) => `${p(w)}/ideas/${randomUUID()}`,
  },
  insight: {
    url: (w) => `${p(w)}/insights/${w.insightId}`,
    edit: (n) => ({ statement: `Luvat ovat hajallaan (${n}).`, hmw: `Miten voisimme ${n}?` }),
    missing: (w) => `${p(w)}/insights/${randomUUID()}`,
  },
  board: {
    url: (w) => `${p(w)}/boards/${w.boardId}`,
    edit: (n) => ({ title: `Synteesi ${n}` }),
    missing: (w) => `${p(w)}/boards/${randomUUID()}`,
  },
  journey: {
    url: (w) => `${p(w)}/journeys/${w.journeyId}`,
    edit: (n) => ({ title: `Luvan polku ${n}`, kind: n % 2 === 0 ? 'as_is' : 'to_be' }),
    missing: (w) => `${p(w)}/journeys/${randomUUID()}`,
  },
  participant: {
    url: (w) => `${p(w)}/participants/${w.participantId}`,
    edit: (n) => ({ segment: `Nuoret ${n}`, attributes: { Kunta: `Kunta ${n}` } }),
    missing: (w) => `${p(w)}/participants/${randomUUID()}`,
  },
  session: {
    method: 'PUT',
    url: (w) => `${p(w)}/sessions/${w.sessionId}`,
    edit: (n, w) => ({
      kind: n % 2 === 0 ? 'interview' : 'workshop',
      title: `Haastattelu ${n}`,
      heldOn: '2026-11-11',
      participantIds: [w.participantId],
    }),
    missing: (w) => `${p(w)}/sessions/${randomUUID()}`,
  },
  note: {
    method: 'PUT',
    url: (w) => `${p(w)}/notes/${w.noteId}`,
    edit: (n) => ({ title: `Korjattu ${n}`, body: `Palvelu löytyi vasta ${n}. yrityksellä.` }),
    missing: (w) => `${p(w)}/notes/${randomUUID()}`,
  },
  source: {
    method: 'PUT',
    url: (w) => `${p(w)}/sources/${w.sourceId}`,
    read: (w) => `${p(w)}/sources`,
    find: (list, w) => list.items.find((source) => source['id'] === w.sourceId),
    edit: (n) => ({ kind: 'statistic', title: `Työllisyyskatsaus ${n}` }),
    missing: (w) => `${p(w)}/sources/${randomUUID()}`,
  },
  tag: {
    url: (w) => `${p(w)}/tags/${w.tagId}`,
    read: (w) => `${p(w)}/tags`,
    find: (list, w) => list.items.find((tag) => tag['id'] === w.tagId),
    edit: (n) => ({ name: `Asiointi ${n}` }),
    missing: (w) => `${p(w)}/tags/${randomUUID()}`,
  },
  'evidence tags': {
    method: 'PUT',
    url: (w) => `${p(w)}/evidence/${w.evidenceId}/tags`,
    read: (w) => `${p(w)}/evidence/${w.evidenceId}`,
    edit: (n, w) => ({ tagIds: n % 2 === 0 ? [w.tagId] : [w.otherTagId] }),
    missing: (w) => `${p(w)}/evidence/${randomUUID()}/tags`,
  },
  concept: {
    url: (w) => `${p(w)}/concepts/${w.conceptId}`,
    edit: (n) => ({ status: (['testing', 'piloting', 'adopted'] as const)[n % 3] }),
    missing: (w) => `${p(w)}/concepts/${randomUUID()}`,
  },
  'feedback form': {
    url: (w) => `${p(w)}/forms/${w.formId}`,
    edit: (n) => ({
      ...FEEDBACK_FORM,
      title: { fi: `Kirjaston palvelupiste ${n}`, sv: `Bibliotekets servicepunkt ${n}` },
    }),
    missing: (w) => `${p(w)}/forms/${randomUUID()}`,
  },
  'test plan': {
    method: 'PUT',
    url: (w) => `${p(w)}/concepts/${w.conceptId}/test-rounds/${w.testRoundId}`,
    edit: (n, w) => ({
      title: `Paperiprototyyppi ${n}`,
      method: n % 2 === 0 ? 'paper_prototype' : 'role_play',
      hypotheses: [
        { id: w.hypothesisId, belief: 'Yksi hakemus riittää.', signal: `${n} soittaa.` },
      ],
      recruitTargets: [{ segment: 'Tapahtumajärjestäjät', count: n }],
    }),
    missing: (w) => `${p(w)}/concepts/${w.conceptId}/test-rounds/${randomUUID()}`,
  },
  'hypothesis finding': {
    method: 'PUT',
    url: (w) =>
      `${p(w)}/concepts/${w.conceptId}/test-rounds/${w.testRoundId}/hypotheses/${w.hypothesisId}/finding`,
    read: (w) => `${p(w)}/concepts/${w.conceptId}/test-rounds/${w.testRoundId}`,
    versionOf: (round, w) => {
      const hypotheses = round['hypotheses'] as { id: string; version: number }[];
      const hypothesis = hypotheses.find((candidate) => candidate.id === w.hypothesisId);
      if (!hypothesis) throw new Error('the hypothesis is not in the round');
      return hypothesis.version;
    },
    edit: (n) => ({
      result: (['confirmed', 'refuted', 'unclear'] as const)[n % 3],
      note: `Vastaajia ${n}.`,
    }),
    missing: (w) =>
      `${p(w)}/concepts/${w.conceptId}/test-rounds/${w.testRoundId}/hypotheses/${randomUUID()}/finding`,
  },
};

describe('an edit names the version it was made on', () => {
  for (const [name, resource] of Object.entries(resources)) {
    const readPath = resource.read ?? resource.url;
    const versionOf = resource.versionOf ?? ((presented: Presented) => presented.version);

    const read = async (w: World) => {
      const response = await call(app, w.sessions.admin, 'GET', readPath(w));
      expect(response.statusCode, response.body).toBe(200);
      if (!resource.find) return response.json<Presented>();
      const found = resource.find(response.json<{ items: Presented[] }>(), w);
      if (!found) throw new Error(`the ${name} is not in the list`);
      return found;
    };
    const patch = (w: World, body: unknown, path = resource.url(w)) =>
      call(app, w.sessions.admin, resource.method ?? 'PATCH', path, body);

    it(`${name}: of two edits from one version the second is refused and changes nothing`, async () => {
      const w = await buildWorld(app);
      const version = versionOf(await read(w), w);

      const first = await patch(w, { ...resource.edit(1, w), version });
      expect(first.statusCode, first.body).toBe(200);
      const saved = first.json<Presented>();
      expect(versionOf(saved, w)).toBe(version + 1);
      expect(await read(w)).toEqual(saved);

      const second = await patch(w, { ...resource.edit(2, w), version });
      expect(second.statusCode, second.body).toBe(409);
      expect(second.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = second.json<{ code: string; current: unknown }>();
      expect(problem.code).toBe('edit_conflict');
      expect(problem.current).toEqual(saved);
      expect(await read(w)).toEqual(saved);

      const onCurrent = await patch(w, { ...resource.edit(2, w), version: version + 1 });
      expect(onCurrent.statusCode, onCurrent.body).toBe(200);
      expect(versionOf(onCurrent.json<Presented>(), w)).toBe(version + 2);
    });

    it(`${name}: of simultaneous edits from one version exactly one lands`, async () => {
      const w = await buildWorld(app);
      const version = versionOf(await read(w), w);
      const edits = [1, 2, 3, 4, 5, 6];
      const responses = await Promise.all(
        edits.map((n) => patch(w, { ...resource.edit(n, w), version })),
      );
      const statuses = responses.map((response) => response.statusCode).sort();
      expect(statuses).toEqual([200, 409, 409, 409, 409, 409]);
      const landed = responses.find((response) => response.statusCode === 200);
      const now = await read(w);
      expect(now).toEqual(landed?.json());
      expect(versionOf(now, w)).toBe(version + 1);
      for (const refused of responses.filter((response) => response.statusCode === 409)) {
        expect(refused.json<{ code: string }>().code).toBe('edit_conflict');
      }
    });

    it(`${name}: an edit of what is not there is 404, not a conflict`, async () => {
      const w = await buildWorld(app);
      const response = await patch(w, { ...resource.edit(1, w), version: 1 }, resource.missing(w));
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json<{ code: string }>().code).toBe('not_found');
    });

    it(`${name}: an edit without its version is refused`, async () => {
      const w = await buildWorld(app);
      const before = await read(w);
      const response = await patch(w, resource.edit(1, w));
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<{ code: string }>().code).toBe('validation_failed');
      expect(await read(w)).toEqual(before);
    });
  }
});
