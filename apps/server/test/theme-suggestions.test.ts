import { randomUUID } from 'node:crypto';
import type { ThemeSuggestion } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../src/modules/synthesis/commands/create-board.ts';
import {
  startThemeSuggestion,
  THEME_SUGGESTIONS_IN_FLIGHT,
} from '../src/modules/synthesis/commands/start-theme-suggestion.ts';
import { createLogger } from '../src/platform/logger.ts';
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

// What the job queue logs, to see a failing run logged and its cards not.
const logged: string[] = [];
const app = await startTestApp({
  worker: true,
  jobsLogger: createLogger('info', { write: (line: string) => logged.push(line) }),
});

// Three things residents of a town said, four ways each.
const said = [
  'Bussi myöhästyi taas aamulla.',
  'Bussiyhteys kylälle on huono.',
  'Bussit kulkevat harvoin iltaisin.',
  'Bussilla en pääse töihin ajoissa.',
  'Kirjaston aukioloajat ovat liian lyhyet.',
  'Kirjasto on suljettu viikonloppuisin.',
  'Kirjastossa ei ole tarpeeksi lastenkirjoja.',
  'Kirjaston lukusali on aina täynnä.',
  'Uimahallin vesi oli kylmää.',
  'Uimahalli on remontissa koko kesän.',
  'Uimahallin pukuhuoneet ovat ahtaat.',
  'Uimahalliin on pitkä jono.',
];
const cards = said.map((text) => ({ cardId: randomUUID(), text, language: 'fi' as const }));

async function boardOfNewProject() {
  const { org, admin, session } = await adminOfNewOrganisation(app);
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  const boardId = await createBoard(app.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    title: 'Asukaskysely',
  });
  return {
    org,
    session,
    projectId: project.id,
    base: `/api/v1/projects/${project.id}/boards/${boardId}`,
  };
}

async function poll(session: Session, url: string): Promise<ThemeSuggestion> {
  for (let i = 0; i < 200; i++) {
    const run = (await call(app, session, 'GET', url)).json<ThemeSuggestion>();
    if (run.status !== 'running') return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('theme suggestion did not finish');
}

describe('theme suggestion for a board', () => {
  it('proposes themes of the cards, computed off the request thread', async () => {
    const { session, base } = await boardOfNewProject();
    const started = await call(app, session, 'POST', `${base}/theme-suggestions`, {
      cards,
      themes: 3,
    });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json()).toMatchObject({ status: 'running', result: null });
    const run = await poll(session, `${base}/theme-suggestions/${started.json().id}`);
    expect(run.status).toBe('done');
    expect(run.progress).toBe(1);
    const themes = run.result?.themes ?? [];
    expect(themes).toHaveLength(3);
    // Every card is proposed once, in a theme or as fitting none.
    const proposed = [
      ...themes.flatMap((t) => t.cardIds),
      ...(run.result?.unassignedCardIds ?? []),
    ];
    expect(proposed.sort()).toEqual(cards.map((c) => c.cardId).sort());
    // The bus, the library and the swimming hall each make one theme (compounds and inflected
    // forms included), labelled in base forms.
    const textsOf = (ids: string[]) =>
      ids.map((id) => said[cards.findIndex((card) => card.cardId === id)]).sort();
    expect(themes.map((theme) => textsOf(theme.cardIds)).sort()).toEqual(
      [said.slice(0, 4), said.slice(4, 8), said.slice(8, 12)].map((topic) => [...topic].sort()),
    );
    const labels = themes.map((theme) => theme.label).join(' | ');
    for (const word of ['bussi', 'kirjasto', 'uima']) expect(labels).toContain(word);
    expect(run.result?.finnishAnalysis).toBe('voikko');

    // The cards' words were kept only while the run needed them: not in the run's row once
    // done, and never in the queue's copy of the job.
    const kept = await app.database.pool.query<{ input: unknown; queued: number }>(
      `select t.input,
         (select count(*)::int from pgboss.job q where q.data::text like '%Uimahalli%') as queued
         from theme_suggestions t where t.id = $1`,
      [run.id],
    );
    expect(kept.rows[0]).toEqual({ input: null, queued: 0 });
  });

  it('cancels a run, refuses what it cannot read, and lets viewers only look', async () => {
    const { org, session, base, projectId } = await boardOfNewProject();
    const started = await call(app, session, 'POST', `${base}/theme-suggestions`, {
      cards: Array.from({ length: 3000 }, (_, i) => ({
        cardId: randomUUID(),
        text: `${said[i % said.length]} (${i})`,
        language: 'fi',
      })),
    });
    const url = `${base}/theme-suggestions/${started.json().id}`;
    expect((await call(app, session, 'DELETE', url)).statusCode).toBe(204);
    expect((await poll(session, url)).status).toBe('cancelled');

    const one = await call(app, session, 'POST', `${base}/theme-suggestions`, {
      cards: cards.slice(0, 1),
    });
    expect(one.statusCode).toBe(400);
    expect(one.json().code).toBe('validation_failed');

    const viewer = await buildUser(app, { organisationId: org.id, role: 'viewer' });
    await addToTeam(app, projectId, viewer.id);
    const viewerSession = await sessionFor(app, viewer.id);
    expect((await call(app, viewerSession, 'GET', url)).statusCode).toBe(200);
    const refused = await call(app, viewerSession, 'POST', `${base}/theme-suggestions`, { cards });
    expect(refused.statusCode).toBe(403);
  });
});

describe('theme suggestion jobs', () => {
  async function boardOfOwnOrganisation() {
    const { org } = await adminOfNewOrganisation(app);
    const admin = await buildUser(app, { organisationId: org.id, role: 'admin' });
    const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
    const boardId = await createBoard(app.database.db, {
      actorUserId: admin.id,
      projectId: project.id,
      title: 'Työpaja',
    });
    return { organisationId: org.id, projectId: project.id, boardId, userId: admin.id };
  }

  it('keeps a bounded queue: requests arriving together past it are refused and recorded nowhere', async () => {
    const board = await boardOfOwnOrganisation();
    // Long runs, so none finishes and frees its place while the others arrive.
    const many = Array.from({ length: 3000 }, (_, i) => ({
      cardId: randomUUID(),
      text: `${said[i % said.length]} (${i})`,
      language: 'fi' as const,
    }));
    const results = await Promise.allSettled(
      Array.from({ length: THEME_SUGGESTIONS_IN_FLIGHT + 2 }, () =>
        startThemeSuggestion(app.database.db, app.jobs, { ...board, values: { cards: many } }),
      ),
    );
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(refused.map((e: { code?: string; status?: number }) => [e.code, e.status])).toEqual([
      ['theme_suggestions_busy', 503],
      ['theme_suggestions_busy', 503],
    ]);
    const { rows } = await app.database.pool.query<{ n: number; jobs: number }>(
      `select count(*)::int as n, count(distinct j.id)::int as jobs
         from theme_suggestions t join jobs j on j.id = t.job_id
        where t.board_id = $1 and j.organisation_id = $2`,
      [board.boardId, board.organisationId],
    );
    expect(rows[0]).toEqual({ n: THEME_SUGGESTIONS_IN_FLIGHT, jobs: THEME_SUGGESTIONS_IN_FLIGHT });
    for (const result of results)
      if (result.status === 'fulfilled' && result.value.jobId)
        await app.jobs.cancel(result.value.jobId);
  });

  it('logs a run that fails on its own, naming its job and not the cards, and retries it', async () => {
    const board = await boardOfOwnOrganisation();
    // Past the route's validation: no theme count is possible, so the worker throws.
    const run = await startThemeSuggestion(app.database.db, app.jobs, {
      ...board,
      values: { cards, themes: -1 },
    });
    const status = async () =>
      (
        await app.database.pool.query<{ status: string; state: string; attempts: number }>(
          `select t.status, j.state, j.attempts from theme_suggestions t join jobs j on j.id = t.job_id
            where t.id = $1`,
          [run.id],
        )
      ).rows[0];
    const deadline = Date.now() + 20_000;
    while ((await status())?.status === 'running' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Tried three times (two retries), then dead, and the poller is told it failed.
    expect(await status()).toEqual({ status: 'failed', state: 'dead', attempts: 3 });
    const failures = logged
      .map((line) => JSON.parse(line) as { msg: string; jobId?: string; err?: unknown })
      .filter((line) => line.jobId === run.jobId);
    // Each attempt is logged as it starts and as it fails.
    expect(failures.map((line) => line.msg)).toEqual([
      'job started',
      'job failed',
      'job started',
      'job failed',
      'job started',
      'job failed',
    ]);
    expect(failures[1]?.err).toBeTruthy();
    expect(JSON.stringify(failures)).not.toContain('Bussi');
  });
});
