import {
  addConceptItem,
  moveConceptItem,
  removeConceptItem,
  setConceptItemText,
  setConceptText,
  type Concept,
  type ConceptDiff,
  type ConceptList,
  type ConceptVersion,
  type ConceptVersionList,
} from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { storeLiveDocument } from '../src/collab/stored-document.ts';
import { createJourney } from '../src/modules/journeys/commands/create-journey.ts';
import { conceptStorage } from '../src/modules/concepts/concept-storage.ts';
import { findConceptState } from '../src/modules/concepts/concepts.repo.ts';
import { createInsight } from '../src/modules/synthesis/commands/create-insight.ts';
import { buildResearch } from './research-fixtures.ts';
import {
  adminOfNewOrganisation,
  buildProject,
  call,
  startTestApp,
  type Session,
} from './harness.ts';

const app = await startTestApp();

async function send(session: Session, method: 'POST' | 'PATCH', url: string, body: unknown) {
  const response = await call(app, session, method, url, body);
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
  return response.json();
}
async function get<T>(session: Session, url: string): Promise<T> {
  const response = await call(app, session, 'GET', url);
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.body}`);
  return response.json<T>();
}

/** Edits a stored draft as a live store would: the document, then state and rows together. */
async function editDraft(conceptId: string, edit: (doc: Y.Doc) => void) {
  const row = await findConceptState(app.database.db, conceptId);
  if (!row) throw new Error('no concept');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row.state);
  edit(doc);
  await storeLiveDocument(conceptStorage, app.database.db, {
    id: conceptId,
    document: doc,
    mergeOrigin: null,
  });
}

async function world() {
  const { admin, session, org } = await adminOfNewOrganisation(app);
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  const research = await buildResearch(app, project.id, admin.id);
  const insightId = await createInsight(app.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    values: {
      statement: 'Nuoret eivät tiedä, mistä apua saa.',
      hmw: '',
      evidenceIds: [research.evidenceId],
      boardId: null,
      groupId: null,
    },
  });
  const journeyId = await createJourney(app.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    title: 'Nuoren polku työhön',
    kind: 'as_is',
    personaId: null,
    language: 'fi',
    start: { template: 'employment_path' },
  });
  const base = `/api/v1/projects/${project.id}/concepts`;
  const concept = (await send(session, 'POST', base, {
    name: 'Yhden luukun ohjaus',
    summary: 'Nuori saa yhden ohjaajan.',
  })) as Concept;
  return {
    session,
    admin,
    project,
    insightId,
    journeyId,
    base,
    concept,
    url: `${base}/${concept.id}`,
  };
}

describe('service concepts', () => {
  it('are created with a draft, listed, and given a status on the version it was read at', async () => {
    const w = await world();
    expect(w.concept).toMatchObject({
      name: 'Yhden luukun ohjaus',
      status: 'draft',
      draftNumber: 1,
      language: 'fi',
      abilities: { edit: true, manage: true },
    });
    expect(w.concept.draft.summary).toBe('Nuori saa yhden ohjaajan.');
    const list = await get<ConceptList>(w.session, w.base);
    expect(list.items.map((c) => c.id)).toEqual([w.concept.id]);
    const patched = (await send(w.session, 'PATCH', w.url, {
      version: w.concept.version,
      status: 'testing',
    })) as Concept;
    expect(patched.status).toBe('testing');
  });

  it('are developed from a picked idea of the project, answering its insight', async () => {
    const w = await world();
    const other = await world();
    const ideas = `/api/v1/projects/${w.project.id}/ideas`;
    const idea = (await send(w.session, 'POST', ideas, {
      text: 'Oma ohjaaja, joka kulkee nuoren mukana',
      insightId: w.insightId,
    })) as { id: string; version: number };
    const fromIdea = { name: 'Oma ohjaaja', summary: 'Nuori saa yhden ohjaajan.', ideaId: idea.id };

    const unpicked = await call(app, w.session, 'POST', w.base, fromIdea);
    expect(unpicked.statusCode).toBe(409);
    expect(unpicked.json()).toMatchObject({ code: 'idea_not_picked' });
    await send(w.session, 'PATCH', `${ideas}/${idea.id}`, {
      version: idea.version,
      status: 'picked',
    });
    const elsewhere = await call(app, other.session, 'POST', other.base, fromIdea);
    expect(elsewhere.statusCode).toBe(404);
    const before = await get<ConceptList>(w.session, w.base);
    expect(before.items).toHaveLength(1);

    const concept = (await send(w.session, 'POST', w.base, fromIdea)) as Concept;
    expect(concept.idea).toEqual({ id: idea.id, text: 'Oma ohjaaja, joka kulkee nuoren mukana' });
    expect(concept.links).toEqual([
      { kind: 'insight', id: w.insightId, title: 'Nuoret eivät tiedä, mistä apua saa.' },
    ]);
    expect(w.concept.idea).toBeNull();
  });

  it('link only insights, journeys and personas of their own project', async () => {
    const w = await world();
    const other = await world();
    const linked = (await send(w.session, 'POST', `${w.url}/links`, {
      kind: 'insight',
      targetId: w.insightId,
    })) as Concept;
    expect(linked.links).toEqual([
      { kind: 'insight', id: w.insightId, title: 'Nuoret eivät tiedä, mistä apua saa.' },
    ]);
    // Linking again changes nothing.
    await send(w.session, 'POST', `${w.url}/links`, { kind: 'insight', targetId: w.insightId });
    await send(w.session, 'POST', `${w.url}/links`, { kind: 'journey', targetId: w.journeyId });
    expect((await get<Concept>(w.session, w.url)).linkCount).toBe(2);

    for (const [kind, targetId] of [
      ['insight', other.insightId],
      ['journey', other.journeyId],
      // An insight's id is not a journey's.
      ['journey', w.insightId],
    ] as const) {
      const refused = await call(app, w.session, 'POST', `${w.url}/links`, { kind, targetId });
      expect(refused.statusCode, `${kind} ${targetId}`).toBe(404);
    }
    const removed = await call(app, w.session, 'DELETE', `${w.url}/links/journey/${w.journeyId}`);
    expect(removed.statusCode).toBe(204);
    const again = await call(app, w.session, 'DELETE', `${w.url}/links/journey/${w.journeyId}`);
    expect(again.statusCode).toBe(404);
  });

  it('freeze versions with their links then, and diff exactly the fields that changed', async () => {
    const w = await world();
    let channel = '';
    let risk = '';
    await editDraft(w.concept.id, (doc) => {
      setConceptText(doc, 'problem', 'Nuori ei löydä oikeaa palvelua.');
      channel = addConceptItem(doc, 'channels', 'Ohjaamo');
      addConceptItem(doc, 'channels', 'Puhelin');
      risk = addConceptItem(doc, 'risks', 'Ohjaajia liian vähän');
    });
    await send(w.session, 'POST', `${w.url}/links`, { kind: 'insight', targetId: w.insightId });
    const v1 = (await send(w.session, 'POST', `${w.url}/versions`, {
      reason: 'Työpajan ensimmäinen versio',
    })) as ConceptVersion;
    expect(v1).toMatchObject({ number: 1, reason: 'Työpajan ensimmäinen versio', findings: [] });
    expect(v1.links.map((l) => l.id)).toEqual([w.insightId]);
    expect((await get<Concept>(w.session, w.url)).draftNumber).toBe(2);

    // The draft goes on: one word of the problem, one item renamed and moved, one removed, one
    // added, and the budget written; the summary and everything else stay.
    await editDraft(w.concept.id, (doc) => {
      setConceptText(doc, 'problem', 'Nuori ei löydä oikeaa tukea.');
      setConceptItemText(doc, channel, 'Ohjaamo Lahti');
      moveConceptItem(doc, 'channels', channel, 1);
      removeConceptItem(doc, 'risks', risk);
      addConceptItem(doc, 'partners', 'TE-palvelut');
      setConceptText(doc, 'budget', '5 000 €');
    });
    await call(app, w.session, 'DELETE', `${w.url}/links/insight/${w.insightId}`);
    await send(w.session, 'POST', `${w.url}/links`, { kind: 'journey', targetId: w.journeyId });

    const toDraft = await get<ConceptDiff>(w.session, `${w.url}/diff?from=1&to=draft`);
    expect(toDraft.fields.map((f) => f.field)).toEqual([
      'problem',
      'budget',
      'channels',
      'partners',
      'risks',
    ]);
    const problem = toDraft.fields[0];
    expect(problem).toEqual({
      kind: 'text',
      field: 'problem',
      parts: [
        { op: 'equal', text: 'Nuori ei löydä oikeaa ' },
        { op: 'delete', text: 'palvelua.' },
        { op: 'insert', text: 'tukea.' },
      ],
    });
    const channels = toDraft.fields[2];
    if (channels?.kind !== 'list') throw new Error('channels');
    expect(channels.items.map((i) => [i.op, i.moved])).toEqual([
      ['unchanged', false],
      ['changed', true],
    ]);

    const v2 = (await send(w.session, 'POST', `${w.url}/versions`, {
      reason: 'Testauksen havainnot',
      findingIds: [w.insightId],
    })) as ConceptVersion;
    expect(v2.number).toBe(2);
    expect(v2.links.map((l) => l.kind)).toEqual(['journey']);
    expect(v2.findings.map((l) => l.id)).toEqual([w.insightId]);
    // Version 1 keeps the links it had.
    const stillV1 = await get<ConceptVersion>(w.session, `${w.url}/versions/1`);
    expect(stillV1.links.map((l) => l.id)).toEqual([w.insightId]);
    const between = await get<ConceptDiff>(w.session, `${w.url}/diff?from=1&to=2`);
    expect(between.fields).toEqual(toDraft.fields);
    expect((await get<ConceptDiff>(w.session, `${w.url}/diff?from=2&to=draft`)).fields).toEqual([]);
    const versions = await get<ConceptVersionList>(w.session, `${w.url}/versions`);
    expect(versions.items.map((v) => [v.number, v.reason, v.findings.map((f) => f.id)])).toEqual([
      [2, 'Testauksen havainnot', [w.insightId]],
      [1, 'Työpajan ensimmäinen versio', []],
    ]);

    const missing = await call(app, w.session, 'GET', `${w.url}/diff?from=1&to=7`);
    expect(missing.statusCode).toBe(404);
    const foreign = await world();
    const refused = await call(app, w.session, 'POST', `${w.url}/versions`, {
      reason: 'Vieras havainto',
      findingIds: [foreign.insightId],
    });
    expect(refused.statusCode).toBe(404);
  });

  it('join the project search as concepts, found by a word of any field or item', async () => {
    const w = await world();
    await editDraft(w.concept.id, (doc) => {
      addConceptItem(doc, 'partners', 'Nuorisopalvelut');
    });
    const search = async (q: string) =>
      (
        await get<{ items: { type: string; id: string; title: string }[] }>(
          w.session,
          `/api/v1/projects/${w.project.id}/search?q=${encodeURIComponent(q)}&type=concept`,
        )
      ).items;
    expect(await search('nuorisopalvelut')).toEqual([
      expect.objectContaining({ type: 'concept', id: w.concept.id, title: 'Yhden luukun ohjaus' }),
    ]);
    expect(await search('ohjaajan')).toHaveLength(1);
    expect(await search('lentokone')).toEqual([]);
  });

  it('are not seen by another organisation', async () => {
    const w = await world();
    const outsider = await adminOfNewOrganisation(app);
    for (const url of [w.base, w.url, `${w.url}/versions`, `${w.url}/diff?from=draft&to=draft`]) {
      const response = await call(app, outsider.session, 'GET', url);
      expect(response.statusCode, url).toBe(404);
    }
    const patch = await call(app, outsider.session, 'PATCH', w.url, {
      version: 1,
      status: 'dropped',
    });
    expect(patch.statusCode).toBe(404);
    expect((await get<Concept>(w.session, w.url)).status).toBe('draft');
  });
});
