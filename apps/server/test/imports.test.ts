import fs from 'node:fs';
import path from 'node:path';
import type { ImportStatus } from '@timantti/contracts';
import { drizzle } from 'drizzle-orm/node-postgres';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encode,
  joinRecords,
  writeRecord,
  type CsvStyle,
  type FileEncoding,
} from '../src/modules/research/imports/csv/test-support/csv-files.ts';
import {
  buildProject,
  call,
  startTestApp,
  type Session,
  adminOfNewOrganisation,
  testConfig,
} from './harness.ts';
import { waitUntil } from '../../../e2e/support/server.ts';
import { nextParticipantCode } from '../src/modules/research/participants/participants.repo.ts';

// Imports run as jobs: this app runs them too (the worker role).
const app = await startTestApp({ worker: true });

/** Bytes as Excel in a Finnish locale writes them: Windows-1252. */
const latin1 = (text: string) => Buffer.from(text, 'latin1');

const consent = {
  purpose: 'Asiakaskyselyn vastausten käyttö palvelun kehittämiseen',
  givenOn: '2026-11-01',
  method: 'electronic',
};

async function project() {
  const { org, admin, session } = await adminOfNewOrganisation(app);
  const { id } = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  return { session, base: `/api/v1/projects/${id}`, projectId: id };
}

function upload(session: Session, base: string, body: Buffer | string) {
  return app.app.inject({
    method: 'POST',
    url: `${base}/imports`,
    payload: body,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      'content-type': 'text/csv',
    },
  });
}

async function counts(projectId: string) {
  const { rows } = await app.database.pool.query(
    `select (select count(*)::int from participants where project_id = $1) as participants,
            (select count(*)::int from evidence where project_id = $1) as evidence,
            (select count(*)::int from research_sessions where project_id = $1) as sessions`,
    [projectId],
  );
  return rows[0];
}

const uploadKept = (importId: string) =>
  fs.existsSync(path.join(testConfig.dataDir, 'uploads', `${importId}.upload`));

/** Polls the import until its job has finished, answering its last status. */
async function finished(session: Session, base: string, importId: string) {
  let status: { state: string } = { state: 'queued' };
  await waitUntil(
    'the import finishes',
    async () => {
      status = (await call(app, session, 'GET', `${base}/imports/${importId}`)).json();
      return !['queued', 'running'].includes(status.state);
    },
    60_000,
  );
  return status as ImportStatus;
}

const commit = (columns: string[]) => ({
  columns,
  session: { title: 'Asiakaskysely syksy 2026', heldOn: '2026-11-15' },
  consent,
});

describe('experience-data import', () => {
  it('reads a semicolon-separated Windows-1252 export, maps its columns and imports every answer', async () => {
    const { session, base } = await project();
    const file = latin1(
      'Vastaustunnus;Ikäryhmä;Asuinalue;Mikä palvelussa oli vaikeaa?;Kiitos\r\n' +
        '1;18–29;Liipola;"Lupahakemuksen löytäminen; ohjeet olivat hajallaan";Kiitos\r\n'.replace(
          '–',
          '-',
        ) +
        '2;30–44;Kiveriö;Palvelupolut ovat sekavia, en tiennyt mihin soittaa;\r\n'.replace(
          '–',
          '-',
        ) +
        '3;45–64;Ahtiala;;Kiitos\r\n'.replace('–', '-'),
    );
    const preview = await upload(session, base, file);
    expect(preview.statusCode).toBe(201);
    expect(preview.json()).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      header: ['Vastaustunnus', 'Ikäryhmä', 'Asuinalue', 'Mikä palvelussa oli vaikeaa?', 'Kiitos'],
    });
    expect(preview.json().rows[0]).toEqual({
      line: 2,
      values: [
        '1',
        '18-29',
        'Liipola',
        'Lupahakemuksen löytäminen; ohjeet olivat hajallaan',
        'Kiitos',
      ],
    });

    const started = await call(
      app,
      session,
      'POST',
      `${base}/imports/${preview.json().id}/commit`,
      commit(['ignore', 'segment', 'attribute', 'evidence', 'ignore']),
    );
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ title: 'Asiakaskysely syksy 2026', result: null });
    const status = await finished(session, base, preview.json().id);
    expect(status).toMatchObject({ state: 'done', progress: 1, problem: null });
    expect(status.result).toMatchObject({ participants: 3, evidence: 2 });

    const participants = (await call(app, session, 'GET', `${base}/participants`)).json().items;
    expect(participants.map((p: { code: string }) => p.code)).toEqual(['H-001', 'H-002', 'H-003']);
    expect(participants[1]).toMatchObject({
      segment: '30-44',
      attributes: { Asuinalue: 'Kiveriö' },
      consentStatus: 'valid',
    });
    const survey = (
      await call(app, session, 'GET', `${base}/sessions/${status.result?.sessionId}`)
    ).json();
    expect(survey).toMatchObject({ kind: 'survey', title: 'Asiakaskysely syksy 2026' });
    expect(survey.participants).toHaveLength(3);

    const hits = (
      await call(app, session, 'GET', `${base}/search?q=${encodeURIComponent('palvelupolusta')}`)
    ).json().items;
    expect(hits).toHaveLength(1);
    expect(hits[0].snippet).toContain('\u0002Palvelupolut\u0003');
    expect(hits[0]).toMatchObject({ type: 'evidence', title: 'H-002', language: 'fi' });
    const bySegment = async (segment: string) =>
      (await call(app, session, 'GET', `${base}/search?q=palvelupolusta&segment=${segment}`)).json()
        .items.length;
    expect([await bySegment('30-44'), await bySegment('18-29')]).toEqual([1, 0]);

    const again = await call(
      app,
      session,
      'POST',
      `${base}/imports/${preview.json().id}/commit`,
      commit(['ignore', 'segment', 'attribute', 'evidence', 'ignore']),
    );
    expect(again.json().code).toBe('import_expired');
  });

  it('refuses a malformed file at upload with the line and the problem, and writes nothing', async () => {
    const { session, base, projectId } = await project();
    const rows = Array.from({ length: 30 }, (_, i) => `${i + 1},Vastaus numero ${i + 1}`);
    rows[25] = '26,"Lainaus, joka jatkuu",ylimääräinen kenttä';
    const before = await counts(projectId);
    // Past the rows the preview shows: the whole file is read at upload.
    const result = await app.app.inject({
      method: 'POST',
      url: `${base}/imports`,
      payload: `Tunnus,Palaute\n${rows.join('\n')}\n`,
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'content-type': 'text/csv',
        'accept-language': 'en',
      },
    });
    expect(result.statusCode).toBe(422);
    expect(result.json()).toMatchObject({
      code: 'csv_field_count',
      title: 'Rivi 27: rivillä on 3 kenttää, otsikkorivillä 2.',
    });
    expect(await counts(projectId)).toEqual(before);
    const uploads = await app.database.pool.query(
      'select count(*)::int as n from imports where project_id = $1',
      [projectId],
    );
    expect(uploads.rows[0].n).toBe(0);

    const nul = await upload(session, base, 'Tunnus;Palaute\n1;hyvä\n2;hu\u0000ono\n');
    expect(nul.statusCode).toBe(422);
    expect(nul.json()).toMatchObject({
      code: 'csv_nul_character',
      title: expect.stringMatching(/^Rivi 3: /),
    });

    const broken = await upload(session, base, 'Tunnus;Palaute\n1;"ei loppua\n');
    expect(broken.statusCode).toBe(422);
    expect(broken.json()).toMatchObject({
      code: 'csv_unterminated_quote',
      title: 'Rivi 2: lainausmerkillä alkavaa kenttää ei suljeta.',
    });
    expect((await upload(session, base, '')).json().code).toBe('csv_empty');
  });

  it('checks the mapping and every value before writing anything', async () => {
    const { session, base, projectId } = await project();
    const long = 'x'.repeat(201);
    const preview = await upload(
      session,
      base,
      `Tunnus;Alue;Palaute\n1;Keskusta;Hyvä\n2;${long};Huono\n`,
    );
    const id = preview.json().id;
    const mismatch = await call(
      app,
      session,
      'POST',
      `${base}/imports/${id}/commit`,
      commit(['ignore', 'evidence']),
    );
    expect(mismatch.json()).toMatchObject({ code: 'import_columns_mismatch', status: 422 });
    const discarded = await upload(session, base, `Tunnus;Palaute\n1;Hyvä\n`);
    const discardedId = discarded.json().id;
    expect((await call(app, session, 'DELETE', `${base}/imports/${discardedId}`)).statusCode).toBe(
      204,
    );
    const gone = await call(
      app,
      session,
      'POST',
      `${base}/imports/${discardedId}/commit`,
      commit(['ignore', 'evidence']),
    );
    expect(gone.json().code).toBe('import_expired');

    const tooLong = await call(
      app,
      session,
      'POST',
      `${base}/imports/${id}/commit`,
      commit(['ignore', 'attribute', 'evidence']),
    );
    expect(tooLong.statusCode).toBe(202);
    expect(await finished(session, base, id)).toMatchObject({
      state: 'failed',
      result: null,
      problem: {
        code: 'csv_value_too_long',
        title: 'Rivi 3: sarakkeen ”Alue” arvo on liian pitkä (enintään 200 merkkiä).',
      },
    });
    expect(await counts(projectId)).toEqual({ participants: 0, evidence: 0, sessions: 0 });
  });

  it('refuses any malformed file at upload, names the line that broke it, and writes nothing', async () => {
    const { session, base, projectId } = await project();
    const answer = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöå ,;"\n'.split('')),
      maxLength: 20,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(answer, answer), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.constantFrom<CsvStyle['delimiter']>(',', ';', '\t'),
        fc.constantFrom<FileEncoding>('utf-8', 'utf-8-bom', 'windows-1252'),
        async (rows, at, delimiter, encoding) => {
          const style: CsvStyle = {
            delimiter,
            quoting: 'minimal',
            lineEnding: '\r\n',
            trailingNewline: true,
          };
          const records = [
            writeRecord(['Alue', 'Palaute'], style),
            ...rows.map((r) => writeRecord(r, style)),
          ];
          const broken = 1 + (at % rows.length);
          // One record gets a field too many.
          records[broken] = `${records[broken]}${delimiter}ylimääräinen`;
          const { text, lines } = joinRecords(records, style);
          const before = await counts(projectId);
          const uploaded = await upload(session, base, Buffer.from(encode(text, encoding)));
          const problem = uploaded.json();
          expect(problem).toMatchObject({ code: 'csv_field_count', status: 422 });
          expect(problem.title).toMatch(new RegExp(`^Rivi ${lines[broken]}:`));
          expect(await counts(projectId)).toEqual(before);
        },
      ),
      { numRuns: 40, seed: 20261122 },
    );
  });

  it('a bad value anywhere, even on line 90,001 of a big file, stops the import with that line and nothing written', async () => {
    const { session, base, projectId } = await project();
    const rows = Array.from({ length: 100_000 }, (_, i) => `${i + 1};Alue ${i % 7};Vastaus ${i}`);
    rows[90_000 - 1] = `90000;${'x'.repeat(201)};Vastaus`;
    const preview = await upload(session, base, `Tunnus;Alue;Palaute\n${rows.join('\n')}\n`);
    expect(preview.statusCode).toBe(201);
    const id = preview.json().id;
    await call(app, session, 'POST', `${base}/imports/${id}/commit`, {
      ...commit(['ignore', 'attribute', 'evidence']),
    });
    expect(await finished(session, base, id)).toMatchObject({
      state: 'failed',
      problem: { title: expect.stringMatching(/^Rivi 90001: sarakkeen ”Alue”/) },
    });
    expect(await counts(projectId)).toEqual({ participants: 0, evidence: 0, sessions: 0 });
    await waitUntil('its upload is removed', () => !uploadKept(id));

    // A broken record that far is refused at upload already, naming its line.
    rows[90_000 - 1] = '90000;Alue;Vastaus;ylimääräinen';
    const broken = await upload(session, base, `Tunnus;Alue;Palaute\n${rows.join('\n')}\n`);
    expect(broken.json()).toMatchObject({
      code: 'csv_field_count',
      title: 'Rivi 90001: rivillä on 4 kenttää, otsikkorivillä 3.',
    });
  }, 120_000);

  it('a cancelled import writes nothing', async () => {
    const { session, base, projectId } = await project();
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i + 1};Palvelu oli hyvä ${i}`);
    const preview = await upload(session, base, `Tunnus;Palaute\n${rows.join('\n')}\n`);
    const id = preview.json().id;
    await call(
      app,
      session,
      'POST',
      `${base}/imports/${id}/commit`,
      commit(['ignore', 'evidence']),
    );
    await waitUntil('it is reading the file', async () => {
      const status = (await call(app, session, 'GET', `${base}/imports/${id}`)).json();
      return status.state === 'running' && status.progress > 0;
    });
    const cancelled = await call(app, session, 'POST', `${base}/imports/${id}/cancel`);
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', abilities: { cancel: false } });
    // Its transaction has ended (rolled back) once no connection is working on its rows.
    await waitUntil('its run has stopped', async () => {
      const { rows: active } = await app.database.pool.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
         where datname = current_database() and state <> 'idle' and query ilike '%import_rows%'
           and pid <> pg_backend_pid()`,
      );
      return active[0]?.n === 0;
    });
    expect(await counts(projectId)).toEqual({ participants: 0, evidence: 0, sessions: 0 });
    expect((await call(app, session, 'GET', `${base}/imports/${id}`)).json().state).toBe(
      'cancelled',
    );
    await waitUntil('its upload is removed', () => !uploadKept(id));
    const again = await call(app, session, 'POST', `${base}/imports/${id}/cancel`);
    expect(again.json()).toMatchObject({ code: 'import_finished', status: 409 });
  }, 60_000);

  it("shows an import and its progress to its project's people only", async () => {
    const { session, base } = await project();
    const preview = await upload(session, base, 'Tunnus;Palaute\n1;Hyvä palvelu\n');
    const id = preview.json().id;
    await call(
      app,
      session,
      'POST',
      `${base}/imports/${id}/commit`,
      commit(['ignore', 'evidence']),
    );
    await finished(session, base, id);
    const listed = (await call(app, session, 'GET', `${base}/imports`)).json().items;
    expect(listed).toMatchObject([{ id, state: 'done', result: { participants: 1, evidence: 1 } }]);

    const other = await adminOfNewOrganisation(app);
    for (const [method, url] of [
      ['GET', `${base}/imports/${id}`],
      ['GET', `${base}/imports`],
      ['POST', `${base}/imports/${id}/cancel`],
      ['DELETE', `${base}/imports/${id}`],
    ] as const) {
      expect((await call(app, other.session, method, url)).statusCode).toBe(404);
    }
    // Nor through a project of their own.
    const theirs = await buildProject(app, {
      organisationId: other.org.id,
      creatorId: other.admin.id,
    });
    const through = `/api/v1/projects/${theirs.id}/imports/${id}`;
    expect((await call(app, other.session, 'GET', through)).statusCode).toBe(404);
    expect((await call(app, other.session, 'POST', `${through}/cancel`)).statusCode).toBe(404);
  });

  it('holds up no other write to the project while it allocates participant codes', async () => {
    const { projectId } = await project();
    const importing = await app.database.pool.connect();
    const other = await app.database.pool.connect();
    try {
      await importing.query('begin');
      // What an import's transaction holds from its start to its commit.
      expect(await nextParticipantCode(drizzle(importing), projectId)).toBe('H-001');
      await other.query(`set statement_timeout = '3s'`);
      const { rows } = await other.query<{ id: string }>(
        `insert into research_sessions (project_id, kind, title, held_on, created_by)
         select $1, 'interview', 'Haastattelu', '2026-11-20', created_by from projects where id = $1
         returning id`,
        [projectId],
      );
      expect(rows).toHaveLength(1);
      // A second allocation waits its turn.
      await other.query(`set statement_timeout = '500ms'`);
      await expect(nextParticipantCode(drizzle(other), projectId)).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/statement timeout/) },
      });
    } finally {
      await importing.query('rollback');
      importing.release();
      other.release();
    }
  });

  it('takes only a file body', async () => {
    const { session, base } = await project();
    const json = await call(app, session, 'POST', `${base}/imports`, { rows: [] });
    expect(json.statusCode).toBe(415);
  });
});
