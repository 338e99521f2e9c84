import {
  addConceptItem,
  conceptDocumentName,
  moveConceptItem,
  readConcept,
  setConceptItemText,
  setConceptText,
  type Concept,
  type ConceptDiff,
} from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { createConcept } from '../src/modules/concepts/commands/create-concept.ts';
import {
  acknowledged,
  connect,
  startCollabServer,
  startCollabTestFile,
  synced,
  waitFor,
  type Client,
  type CollabServer,
} from './collab-support.ts';
import {
  addToTeam,
  buildOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  type Session,
  type TestApp,
} from './harness.ts';

const { server, open } = await startCollabTestFile();

function openDraft(target: CollabServer, session: Session | null, conceptId: string) {
  return open(target, session, conceptId, { documentName: conceptDocumentName(conceptId) });
}

async function world(app: TestApp = server) {
  const org = await buildOrganisation(app);
  const admin = await buildUser(app, { organisationId: org.id, role: 'admin' });
  const member = await buildUser(app, { organisationId: org.id, role: 'member' });
  const customer = await buildUser(app, { organisationId: org.id, role: 'customer_member' });
  const viewer = await buildUser(app, { organisationId: org.id, role: 'viewer' });
  const outsider = await buildUser(app, {
    organisationId: (await buildOrganisation(app)).id,
    role: 'admin',
  });
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  for (const user of [member, customer, viewer]) await addToTeam(app, project.id, user.id);
  const conceptId = await createConcept(app.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    name: 'Nuorten työpolku',
    summary: 'Nuori saa yhden ohjaajan.',
    language: 'fi',
  });
  return {
    project,
    conceptId,
    sessions: {
      admin: await sessionFor(app, admin.id),
      member: await sessionFor(app, member.id),
      customer: await sessionFor(app, customer.id),
      viewer: await sessionFor(app, viewer.id),
      outsider: await sessionFor(app, outsider.id),
    },
  };
}

const snapshotOf = (client: Client) => JSON.stringify(readConcept(client.doc));

async function storedName(app: TestApp, conceptId: string) {
  const { rows } = await app.database.pool.query<{ name: string }>(
    'select name from concepts where id = $1',
    [conceptId],
  );
  return rows[0]?.name;
}

describe('live concept drafts', () => {
  it('converge edits from two people; derived rows follow; a viewer only reads', async () => {
    const w = await world();
    const member = openDraft(server, w.sessions.member, w.conceptId);
    const customer = openDraft(server, w.sessions.customer, w.conceptId);
    const viewer = openDraft(server, w.sessions.viewer, w.conceptId);
    await Promise.all([member, customer, viewer].map(synced));
    expect(member.provider.authorizedScope).toBe('read-write');
    expect(customer.provider.authorizedScope).toBe('read-write');
    expect(viewer.provider.authorizedScope).toBe('readonly');

    // Both type into the same empty field at once, and each adds list items.
    setConceptText(member.doc, 'problem', 'Nuori ei löydä palvelua.');
    setConceptText(customer.doc, 'problem', 'Jonot ovat pitkiä.');
    const channel = addConceptItem(member.doc, 'channels', 'Ohjaamo');
    addConceptItem(customer.doc, 'channels', 'Chat');
    addConceptItem(customer.doc, 'risks', 'Ohjaajia ei ole tarpeeksi');
    setConceptText(viewer.doc, 'name', 'Katsojan nimi');

    await waitFor(() => snapshotOf(member) === snapshotOf(customer), 'the editors to converge');
    // The customer renames the member's item while the member moves it.
    setConceptItemText(customer.doc, channel, 'Ohjaamo Lahti');
    moveConceptItem(member.doc, 'channels', channel, 1);
    await waitFor(
      () =>
        snapshotOf(member) === snapshotOf(customer) &&
        readConcept(member.doc).channels.some((c) => c.text === 'Ohjaamo Lahti'),
      'the item edit to merge',
    );
    const draft = readConcept(member.doc);
    expect(draft.problem).toContain('Nuori ei löydä palvelua.');
    expect(draft.problem).toContain('Jonot ovat pitkiä.');
    expect(draft.channels.map((c) => c.text).sort()).toEqual(['Chat', 'Ohjaamo Lahti']);
    expect(draft.channels[1]?.id).toBe(channel);
    expect(draft.name).toBe('Nuorten työpolku');
    await Promise.all([member, customer].map(acknowledged));

    // Stored with derived rows that the REST read presents.
    await waitFor(async () => {
      const response = await call(
        server,
        w.sessions.viewer,
        'GET',
        `/api/v1/projects/${w.project.id}/concepts/${w.conceptId}`,
      );
      return JSON.stringify(response.json<Concept>().draft) === JSON.stringify(draft);
    }, 'the store');
  });

  it('freezes what the editors see, before the debounced store, and diffs it against the draft', async () => {
    const slow = await startCollabServer({ storeDebounceMs: 60_000, storeMaxDebounceMs: 120_000 });
    try {
      const w = await world(slow);
      const client = connect(slow, w.sessions.member, w.conceptId, {
        documentName: conceptDocumentName(w.conceptId),
      });
      await synced(client);
      setConceptText(client.doc, 'howItWorks', 'Ohjaaja soittaa viikon päästä.');
      await acknowledged(client);
      const base = `/api/v1/projects/${w.project.id}/concepts/${w.conceptId}`;
      const frozen = await call(slow, w.sessions.admin, 'POST', `${base}/versions`, {
        reason: 'Työpajan tulos',
      });
      expect(frozen.statusCode, frozen.body).toBe(201);
      expect(frozen.json<{ snapshot: { howItWorks: string } }>().snapshot.howItWorks).toBe(
        'Ohjaaja soittaa viikon päästä.',
      );

      setConceptText(client.doc, 'howItWorks', 'Ohjaaja soittaa heti.');
      await acknowledged(client);
      await call(slow, w.sessions.admin, 'POST', `${base}/versions`, { reason: 'Testaus' });
      const diff = await call(slow, w.sessions.viewer, 'GET', `${base}/diff?from=1&to=2`);
      expect(diff.statusCode, diff.body).toBe(200);
      expect(diff.json<ConceptDiff>().fields).toEqual([
        {
          kind: 'text',
          field: 'howItWorks',
          parts: [
            { op: 'equal', text: 'Ohjaaja soittaa ' },
            { op: 'delete', text: 'viikon päästä.' },
            { op: 'insert', text: 'heti.' },
          ],
        },
      ]);
      client.destroy();
    } finally {
      await slow.close();
    }
  });

  it('keeps an acknowledged edit across a server restart (stored on shutdown)', async () => {
    const first = await startCollabServer({ storeDebounceMs: 60_000, storeMaxDebounceMs: 120_000 });
    const w = await world(first);
    const client = connect(first, w.sessions.member, w.conceptId, {
      documentName: conceptDocumentName(w.conceptId),
    });
    await synced(client);
    setConceptText(client.doc, 'name', 'Nuorten työpolku 2.0');
    const risk = addConceptItem(client.doc, 'risks', 'Rahoitus päättyy');
    await acknowledged(client);
    await first.close();
    client.destroy();

    const second = await startCollabServer();
    try {
      expect(await storedName(second, w.conceptId)).toBe('Nuorten työpolku 2.0');
      const reader = openDraft(second, w.sessions.viewer, w.conceptId);
      await synced(reader);
      const draft = readConcept(reader.doc);
      expect(draft.name).toBe('Nuorten työpolku 2.0');
      expect(draft.risks).toEqual([{ id: risk, text: 'Rahoitus päättyy' }]);
      reader.destroy();
    } finally {
      await second.close();
    }
  });

  it('takes no edits from a client that announces no concept schema (an older build)', async () => {
    const w = await world();
    const stale = open(server, w.sessions.member, w.conceptId, {
      documentName: conceptDocumentName(w.conceptId),
      schemaVersion: null,
    });
    await synced(stale);
    expect(stale.provider.authorizedScope).toBe('readonly');
    setConceptText(stale.doc, 'name', 'Vanha selain');
    const reader = openDraft(server, w.sessions.viewer, w.conceptId);
    await synced(reader);
    // Stores run 100 ms after an edit (500 ms at most): well past that, a dropped edit stays out.
    const deadline = Date.now() + 1_500;
    while (Date.now() < deadline) {
      expect(readConcept(reader.doc).name).toBe('Nuorten työpolku');
      expect(await storedName(server, w.conceptId)).toBe('Nuorten työpolku');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it('refuses another organisation’s connection like an unknown concept', async () => {
    const w = await world();
    const outsider = openDraft(server, w.sessions.outsider, w.conceptId);
    await waitFor(() => outsider.failures.length > 0, 'the refusal');
    expect(readConcept(outsider.doc).name).toBe('');
  });
});
