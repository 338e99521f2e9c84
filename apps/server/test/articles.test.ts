import fs from 'node:fs';
import path from 'node:path';
import { Article, type ArticleList } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import {
  buildOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  startTestApp,
  testConfig,
  type Session,
} from './harness.ts';
import { SKETCH } from './route-cases.ts';

const app = await startTestApp();
const imageDir = path.join(testConfig.dataDir, 'article-images');
const storedFiles = () => (fs.existsSync(imageDir) ? fs.readdirSync(imageDir).length : 0);

async function ok<T>(
  session: Session,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
) {
  const response = await call(app, session, method, url, body);
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
  return response.statusCode === 204 ? (null as T) : response.json<T>();
}

/** Lahti with a facilitator, a writing member and a viewer, and Kuopio with an admin. */
async function world() {
  const org = await buildOrganisation(app);
  const other = await buildOrganisation(app);
  const [facilitator, member, viewer, outsider] = await Promise.all([
    buildUser(app, { organisationId: org.id, role: 'facilitator' }),
    buildUser(app, { organisationId: org.id, role: 'member' }),
    buildUser(app, { organisationId: org.id, role: 'viewer' }),
    buildUser(app, { organisationId: other.id, role: 'admin' }),
  ]);
  const project = await buildProject(app, { organisationId: org.id, creatorId: facilitator.id });
  return {
    org,
    other,
    project,
    member,
    facilitator: await sessionFor(app, facilitator.id),
    writer: await sessionFor(app, member.id),
    viewer: await sessionFor(app, viewer.id),
    outsider: await sessionFor(app, outsider.id),
  };
}

const content = {
  type: 'doc',
  content: [
    {
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Luvat yhdeltä luukulta' }],
    },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Haastattelimme tapahtumajärjestäjiä.' }],
    },
  ],
};

describe('articles', () => {
  it('keep a draft inside the organisation and show a published one to the installation', async () => {
    const w = await world();
    const article = await ok<Article>(w.writer, 'POST', `/api/v1/orgs/${w.org.id}/articles`, {
      title: 'Tapahtumaluvat yhdeltä luukulta',
      summary: 'Miten Lahti kokosi luvat yhteen.',
      content,
      projectIds: [w.project.id],
      cardKeys: ['customer-interview', 'service-path'],
    });
    expect(article).toMatchObject({
      status: 'draft',
      authors: [{ id: w.member.id }],
      cardKeys: ['customer-interview', 'service-path'],
      projects: [],
      abilities: { edit: true, publish: false },
    });
    const url = `/api/v1/articles/${article.id}`;
    expect((await call(app, w.viewer, 'GET', url)).statusCode).toBe(200);
    expect((await call(app, w.outsider, 'GET', url)).statusCode).toBe(404);
    expect((await call(app, null, 'GET', url)).statusCode).toBe(401);
    const before = await ok<ArticleList>(
      w.outsider,
      'GET',
      `/api/v1/articles?organisationId=${w.org.id}`,
    );
    expect(before.items).toEqual([]);

    // The member who wrote it may not speak for the organisation to the others.
    expect(
      (await call(app, w.writer, 'PATCH', url, { version: 1, status: 'published' })).statusCode,
    ).toBe(403);
    const published = await ok<Article>(w.facilitator, 'PATCH', url, {
      version: 1,
      status: 'published',
    });
    expect(published.publishedAt).not.toBeNull();
    expect(published.projects).toEqual([{ id: w.project.id, name: expect.any(String) }]);

    const read = await ok<Article>(w.outsider, 'GET', url);
    expect(read.content).toEqual(content);
    // Another organisation's reader learns nothing of the project behind it.
    expect(read.projects).toEqual([]);
    expect(read.abilities).toEqual({ edit: false, publish: false, delete: false });
    const after = await ok<ArticleList>(
      w.outsider,
      'GET',
      `/api/v1/articles?organisationId=${w.org.id}`,
    );
    expect(after.items.map((item) => item.id)).toEqual([article.id]);
    expect(
      (await call(app, w.outsider, 'PATCH', url, { version: 2, title: 'Ei' })).statusCode,
    ).toBe(403);

    await ok(w.facilitator, 'PATCH', url, { version: 2, status: 'draft' });
    expect((await call(app, w.outsider, 'GET', url)).statusCode).toBe(404);
  });

  it('refuse authors from outside the organisation and change nothing', async () => {
    const w = await world();
    const response = await call(app, w.facilitator, 'POST', `/api/v1/orgs/${w.org.id}/articles`, {
      title: 'Vieras kirjoittaja',
      authorIds: [w.outsider.userId],
    });
    expect(response.statusCode).toBe(422);
    const list = await ok<ArticleList>(w.facilitator, 'GET', `/api/v1/orgs/${w.org.id}/articles`);
    expect(list.items).toEqual([]);
  });

  it('keep images with their text alternative, and refuse one without it, storing nothing', async () => {
    const w = await world();
    const article = await ok<Article>(w.writer, 'POST', `/api/v1/orgs/${w.org.id}/articles`, {
      title: 'Kuvallinen artikkeli',
    });
    // Started with a title alone, it still answers as the contract says.
    expect(Article.safeParse(article).error).toBeUndefined();
    const images = `/api/v1/articles/${article.id}/images`;
    // The writer's language is Finnish, whatever the browser asks.
    const png = { 'content-type': 'image/png' };
    const filesBefore = storedFiles();

    const missing = await call(app, w.writer, 'POST', images, SKETCH, png);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'validation_failed',
      errors: [
        {
          path: 'querystring.alt',
          message: 'Kirjoita kuvalle tekstivastine tai merkitse kuva koristeelliseksi.',
        },
      ],
    });
    const notImage = await call(
      app,
      w.writer,
      'POST',
      `${images}?alt=Kuva`,
      Buffer.from('GIF89a....'),
      png,
    );
    expect(notImage.statusCode).toBe(415);
    expect(notImage.json()).toMatchObject({ code: 'image_type_unsupported' });
    expect(storedFiles()).toBe(filesBefore);
    expect((await ok<Article>(w.writer, 'GET', `/api/v1/articles/${article.id}`)).images).toEqual(
      [],
    );

    const alt = 'Työpajan osallistujat ryhmittelevät lappuja seinälle';
    const withImage = await call(
      app,
      w.writer,
      'POST',
      `${images}?alt=${encodeURIComponent(alt)}&caption=Ty%C3%B6paja`,
      SKETCH,
      png,
    );
    expect(withImage.statusCode).toBe(201);
    const [image] = withImage.json<Article>().images;
    expect(image).toMatchObject({ alt, decorative: false, caption: 'Työpaja', type: 'image/png' });
    const decorative = await call(
      app,
      w.writer,
      'POST',
      `${images}?decorative=true&alt=ohitetaan`,
      SKETCH,
      png,
    );
    expect(decorative.json<Article>().images[1]).toMatchObject({ alt: '', decorative: true });
    expect(storedFiles()).toBe(filesBefore + 2);

    const served = await call(app, w.viewer, 'GET', image?.url ?? '');
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.rawPayload.equals(SKETCH)).toBe(true);
    // A draft's images are as private as its text.
    expect((await call(app, w.outsider, 'GET', image?.url ?? '')).statusCode).toBe(404);

    await ok(w.writer, 'DELETE', `/api/v1/articles/${article.id}`);
    expect(storedFiles()).toBe(filesBefore);
  });
});
