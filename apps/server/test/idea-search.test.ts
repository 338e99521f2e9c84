import type { Idea, SearchHit } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import {
  addToTeam,
  adminOfNewOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  startTestApp,
  type Session,
} from './harness.ts';

const app = await startTestApp();
type SearchResult = { items: SearchHit[]; nextCursor: string | null };

async function ok<T>(
  session: Session,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body?: unknown,
): Promise<T> {
  const response = await call(app, session, method, url, body);
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
  return response.json<T>();
}

/** A project with its admin, a member whose name is known, a facilitator and a viewer. */
async function team(memberName: string) {
  const { org, admin, session } = await adminOfNewOrganisation(app);
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  const person = async (role: 'facilitator' | 'member' | 'viewer', name?: string) => {
    const user = await buildUser(app, { organisationId: org.id, role, ...(name ? { name } : {}) });
    await addToTeam(app, project.id, user.id);
    return sessionFor(app, user.id);
  };
  return {
    base: `/api/v1/projects/${project.id}`,
    admin: session,
    member: await person('member', memberName),
    facilitator: await person('facilitator'),
    viewer: await person('viewer'),
  };
}

const search = (session: Session, base: string, q: string) =>
  ok<SearchResult>(session, 'GET', `${base}/search?q=${encodeURIComponent(q)}`);
const ideaHits = (result: SearchResult) => result.items.filter((hit) => hit.type === 'idea');

describe('ideas in the project search', () => {
  it('are found by an inflected Finnish word, and by the words an edit gives them', async () => {
    const t = await team('Ilona Ideoija');
    const idea = await ok<Idea>(t.member, 'POST', `${t.base}/ideas`, {
      text: 'Kuntosalivuorot varataan yhdestä palvelupisteestä',
    });
    // Neither word is written so: Voikko's lemmas and compound parts find them.
    for (const q of ['palvelupiste', 'vuoroista']) {
      const hits = ideaHits(await search(t.viewer, t.base, q));
      expect(
        hits.map((hit) => [hit.id, hit.title]),
        q,
      ).toEqual([[idea.id, 'Kuntosalivuorot varataan yhdestä palvelupisteestä']]);
    }
    const [hit] = ideaHits(await search(t.viewer, t.base, 'palvelupisteellä'));
    expect(hit?.snippet).toContain('\u0002palvelupisteestä\u0003');
    expect(hit?.language).toBe('fi');

    await ok<Idea>(t.member, 'PATCH', `${t.base}/ideas/${idea.id}`, {
      text: 'Uimahallin vuorot näkyvät kirjastossa',
      version: idea.version,
    });
    expect(ideaHits(await search(t.viewer, t.base, 'palvelupiste'))).toEqual([]);
    expect(ideaHits(await search(t.viewer, t.base, 'kirjasto')).map((h) => h.id)).toEqual([
      idea.id,
    ]);
    const only = await ok<SearchResult>(t.viewer, 'GET', `${t.base}/search?q=kirjasto&type=idea`);
    expect(only.items.map((h) => h.type)).toEqual(['idea']);
  });

  it("are another organisation's to find only", async () => {
    const t = await team('Ilona Ideoija');
    await ok<Idea>(t.member, 'POST', `${t.base}/ideas`, { text: 'Ajanvaraus tekstiviestillä' });
    const other = await team('Olli Ulkopuolinen');
    expect(ideaHits(await search(other.admin, other.base, 'tekstiviesti'))).toEqual([]);
    const foreign = await call(app, other.admin, 'GET', `${t.base}/search?q=tekstiviesti`);
    expect(foreign.statusCode).toBe(404);
    expect(ideaHits(await search(t.admin, t.base, 'tekstiviesti'))).toHaveLength(1);
  });

  it('never reveal an author a voting round hides', async () => {
    const t = await team('Hilkka Piilotettu');
    const idea = await ok<Idea>(t.member, 'POST', `${t.base}/ideas`, {
      text: 'Yksi yhteyshenkilö koko palvelupolulle',
    });
    await ok(t.facilitator, 'POST', `${t.base}/voting-rounds`, {
      title: 'Nimettömät ideat',
      budget: 3,
      hideAuthors: true,
    });
    // The author's name finds nothing, for a voter it is hidden from and for the leads alike.
    for (const session of [t.viewer, t.facilitator]) {
      expect(ideaHits(await search(session, t.base, 'Hilkka'))).toEqual([]);
      expect(ideaHits(await search(session, t.base, 'Piilotettu'))).toEqual([]);
    }
    const found = await search(t.viewer, t.base, 'yhteyshenkilö');
    expect(ideaHits(found).map((hit) => hit.id)).toEqual([idea.id]);
    expect(JSON.stringify(found)).not.toMatch(/Hilkka|Piilotettu/);
    expect(JSON.stringify(found)).not.toContain(t.member.userId);
  });
});
