import { checklistTemplate, phases } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import {
  addToTeam,
  buildOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  startTestApp,
  adminOfNewOrganisation,
} from './harness.ts';

const app = await startTestApp();

describe('projects', () => {
  it('creates a project in Discover with the built-in checklist and its creator on the team', async () => {
    const { org, admin, session } = await adminOfNewOrganisation(app);
    const response = await call(app, session, 'POST', `/api/v1/orgs/${org.id}/projects`, {
      name: '  Tapahtumaluvat sujuviksi ',
      challenge: 'Miten voisimme tehdä lupa-asioinnista sujuvaa?',
      goals: ['Palvelupolku näkyväksi'],
      targetGroup: 'Tapahtumajärjestäjät',
    });
    expect(response.statusCode).toBe(201);
    const project = response.json();
    expect(project).toMatchObject({
      name: 'Tapahtumaluvat sujuviksi',
      phase: 'discover',
      archived: false,
      indicators: [],
    });
    expect(project.team).toEqual([
      { userId: admin.id, displayName: admin.displayName, perspectives: [] },
    ]);
    expect(project.checklist).toHaveLength(
      phases.reduce((n, p) => n + checklistTemplate[p].length, 0),
    );
    expect(project.checklist[0]).toMatchObject({
      phase: 'discover',
      templateKey: checklistTemplate.discover[0],
      label: null,
      done: false,
    });
    expect(project.abilities).toEqual({
      update: true,
      manageTeam: true,
      removeTeamMember: true,
      changePhase: true,
      editChecklist: true,
      archive: true,
      readRawResearch: true,
      handlePersonalData: true,
    });
  });

  it('names the missing perspectives until the team has all four', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const project = await buildProject(app, { organisationId: org.id, creatorId: session.userId });
    const [expert, decider, customer] = await Promise.all(
      [1, 2, 3].map(() => buildUser(app, { organisationId: org.id })),
    );
    if (!expert || !decider || !customer) throw new Error('people missing');
    const put = (userId: string, perspectives: string[]) =>
      call(app, session, 'PUT', `/api/v1/projects/${project.id}/team/${userId}`, { perspectives });

    let body = (await put(expert.id, ['expert', 'developer'])).json();
    expect(body.composition.missing).toEqual(['decision_maker', 'customer']);
    body = (await put(decider.id, ['decision_maker'])).json();
    expect(body.composition.missing).toEqual(['customer']);
    body = (await put(customer.id, ['customer', 'customer'])).json();
    expect(body.composition).toEqual({
      present: ['expert', 'developer', 'decision_maker', 'customer'],
      missing: [],
    });
    expect(
      body.team.find((m: { userId: string }) => m.userId === customer.id).perspectives,
    ).toEqual(['customer']);

    const list = (await call(app, session, 'GET', `/api/v1/orgs/${org.id}/projects`)).json();
    expect(list.items.find((p: { id: string }) => p.id === project.id)).toMatchObject({
      teamSize: 4,
      missingPerspectives: [],
    });

    body = (
      await call(app, session, 'DELETE', `/api/v1/projects/${project.id}/team/${customer.id}`)
    ).json();
    expect(body.composition.missing).toEqual(['customer']);
  });

  it('lets a member on the team build the team, and leaves removing people and archiving to leads', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const project = await buildProject(app, { organisationId: org.id, creatorId: session.userId });
    const [member, colleague] = await Promise.all(
      [1, 2].map(() => buildUser(app, { organisationId: org.id, role: 'member' })),
    );
    if (!member || !colleague) throw new Error('people missing');
    await addToTeam(app, project.id, member.id);
    const asMember = await sessionFor(app, member.id);
    const url = `/api/v1/projects/${project.id}`;

    const seen = (await call(app, asMember, 'GET', url)).json();
    expect(seen.abilities).toMatchObject({
      manageTeam: true,
      removeTeamMember: false,
      archive: false,
    });
    const added = await call(app, asMember, 'PUT', `${url}/team/${colleague.id}`, {
      perspectives: ['developer'],
    });
    expect(added.statusCode).toBe(200);
    expect((await call(app, asMember, 'DELETE', `${url}/team/${colleague.id}`)).statusCode).toBe(
      403,
    );
    expect((await call(app, asMember, 'POST', `${url}/archive`)).statusCode).toBe(403);
    expect((await call(app, session, 'GET', url)).json()).toMatchObject({
      archived: false,
      team: expect.arrayContaining([expect.objectContaining({ userId: colleague.id })]),
    });

    const facilitator = await buildUser(app, { organisationId: org.id, role: 'facilitator' });
    const asFacilitator = await sessionFor(app, facilitator.id);
    expect((await call(app, asFacilitator, 'GET', url)).json().abilities).toMatchObject({
      removeTeamMember: true,
      archive: true,
    });
    expect(
      (await call(app, asFacilitator, 'DELETE', `${url}/team/${colleague.id}`)).statusCode,
    ).toBe(200);
  });

  it('refuses a team member from outside the organisation', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const project = await buildProject(app, { organisationId: org.id, creatorId: session.userId });
    const stranger = await buildUser(app, { organisationId: (await buildOrganisation(app)).id });
    const response = await call(
      app,
      session,
      'PUT',
      `/api/v1/projects/${project.id}/team/${stranger.id}`,
      { perspectives: [] },
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('not_org_member');
  });

  it('moves along the double diamond and back', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const project = await buildProject(app, { organisationId: org.id, creatorId: session.userId });
    for (const phase of ['define', 'develop', 'deliver', 'develop'] as const) {
      const response = await call(app, session, 'POST', `/api/v1/projects/${project.id}/phase`, {
        phase,
      });
      expect(response.json().phase).toBe(phase);
    }
  });

  it('edits the checklist: tick, reword a built-in step, add and delete the team’s own', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const project = await buildProject(app, { organisationId: org.id, creatorId: session.userId });
    const base = `/api/v1/projects/${project.id}/checklist`;
    const initial = (await call(app, session, 'GET', `/api/v1/projects/${project.id}`)).json();
    const first = initial.checklist[0];

    let body = (
      await call(app, session, 'PATCH', `${base}/${first.id}`, {
        version: first.version,
        done: true,
      })
    ).json();
    expect(body.checklist[0]).toMatchObject({ id: first.id, done: true });
    expect(body.checklist[0].doneAt).not.toBeNull();

    body = (
      await call(app, session, 'PATCH', `${base}/${first.id}`, {
        version: first.version + 1,
        label: 'Haastattele viittä asiakasta',
      })
    ).json();
    expect(body.checklist[0]).toMatchObject({
      templateKey: null,
      label: 'Haastattele viittä asiakasta',
      done: true,
    });

    const added = await call(app, session, 'POST', base, {
      phase: 'define',
      label: 'Tulevaisuustyöpaja',
    });
    expect(added.statusCode).toBe(201);
    const own = added
      .json()
      .checklist.find((i: { label: string | null }) => i.label === 'Tulevaisuustyöpaja');
    expect(own).toMatchObject({ phase: 'define', position: checklistTemplate.define.length });

    body = (await call(app, session, 'DELETE', `${base}/${own.id}`)).json();
    expect(body.checklist.some((i: { id: string }) => i.id === own.id)).toBe(false);
    expect((await call(app, session, 'DELETE', `${base}/${own.id}`)).statusCode).toBe(404);
    expect(
      (await call(app, session, 'PATCH', `${base}/${first.id}`, { version: first.version + 2 }))
        .statusCode,
    ).toBe(400);
  });

  it('archives and restores; an archived project is read-only until restored', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const project = await buildProject(app, { organisationId: org.id, creatorId: session.userId });
    const archived = (
      await call(app, session, 'POST', `/api/v1/projects/${project.id}/archive`)
    ).json();
    expect(archived).toMatchObject({ archived: true, abilities: { update: false, archive: true } });

    const edit = await call(app, session, 'PATCH', `/api/v1/projects/${project.id}`, {
      version: 1,
      name: 'Uusi nimi',
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('project_archived');
    // A member on the team is told the same, though restoring is not theirs to do.
    const member = await buildUser(app, { organisationId: org.id, role: 'member' });
    await addToTeam(app, project.id, member.id);
    const asMember = await sessionFor(app, member.id);
    const memberEdit = await call(app, asMember, 'PATCH', `/api/v1/projects/${project.id}`, {
      version: 1,
      name: 'Uusi nimi',
    });
    expect(memberEdit.json().code).toBe('project_archived');
    expect(
      (await call(app, asMember, 'POST', `/api/v1/projects/${project.id}/restore`)).statusCode,
    ).toBe(403);

    const active = (await call(app, session, 'GET', `/api/v1/orgs/${org.id}/projects`)).json();
    expect(active.items.map((p: { id: string }) => p.id)).not.toContain(project.id);
    const shelf = (
      await call(app, session, 'GET', `/api/v1/orgs/${org.id}/projects?archived=true`)
    ).json();
    expect(shelf.items.map((p: { id: string }) => p.id)).toEqual([project.id]);

    expect(
      (await call(app, session, 'POST', `/api/v1/projects/${project.id}/restore`)).json().archived,
    ).toBe(false);
    expect(
      (
        await call(app, session, 'PATCH', `/api/v1/projects/${project.id}`, {
          version: 1,
          name: 'Uusi nimi',
        })
      ).json().name,
    ).toBe('Uusi nimi');
  });

  it('searches and filters the list, and shows members only their teams’ projects', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const make = async (name: string, challenge: string, phase: string) => {
      const created = (
        await call(app, session, 'POST', `/api/v1/orgs/${org.id}/projects`, { name, challenge })
      ).json();
      await call(app, session, 'POST', `/api/v1/projects/${created.id}/phase`, { phase });
      return created.id as string;
    };
    const permits = await make('Tapahtumaluvat', 'Lupa-asiointi on vaikeaa', 'discover');
    const jobs = await make(
      'Nuorten työllisyys',
      'Palvelupolku työelämään 100% selväksi',
      'define',
    );
    const ids = async (query: string, as = session) =>
      (await call(app, as, 'GET', `/api/v1/orgs/${org.id}/projects${query}`))
        .json()
        .items.map((p: { id: string }) => p.id);

    expect(await ids('?q=LUPA')).toEqual([permits]);
    expect(await ids('?q=palvelupolku')).toEqual([jobs]);
    // LIKE wildcards in the search are taken literally.
    expect(await ids('?q=%25')).toEqual([jobs]);
    expect(await ids('?q=_')).toEqual([]);
    expect(await ids('?phase=define')).toEqual([jobs]);
    expect((await ids('')).sort()).toEqual([permits, jobs].sort());

    const member = await buildUser(app, { organisationId: org.id, role: 'member' });
    const memberSession = await sessionFor(app, member.id);
    expect(await ids('', memberSession)).toEqual([]);
    await addToTeam(app, jobs, member.id, ['developer']);
    expect(await ids('', memberSession)).toEqual([jobs]);
    expect((await call(app, memberSession, 'GET', `/api/v1/projects/${permits}`)).statusCode).toBe(
      404,
    );
  });

  it('pages a list of more than 500 projects by cursor, every project once, in order', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    // Three projects share each time, so the id must break the ties.
    await app.database.pool.query(
      `insert into projects (organisation_id, name, updated_at)
        select $1, 'Projekti ' || i, now() - (i / 3) * interval '1 millisecond'
          from generate_series(1, 530) as i`,
      [org.id],
    );
    const { rows: expected } = await app.database.pool.query<{ id: string }>(
      'select id from projects where organisation_id = $1 order by updated_at desc, id',
      [org.id],
    );
    const list = `/api/v1/orgs/${org.id}/projects`;

    const first = (await call(app, session, 'GET', list)).json();
    expect(first.items).toHaveLength(50);
    expect(first.total).toBe(530);

    const seen: string[] = [];
    const totals: (number | null)[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = await call(app, session, 'GET', `${list}?limit=100${query}`);
      expect(page.statusCode, page.body).toBe(200);
      const body = page.json();
      seen.push(...body.items.map((p: { id: string }) => p.id));
      totals.push(body.total);
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected.map((r) => r.id));
    expect(totals).toEqual([530, null, null, null, null, null]);

    // A member sees their teams' projects only, paged the same way.
    const member = await buildUser(app, { organisationId: org.id, role: 'member' });
    const onTeam = expected.slice(0, 3).map((r) => r.id);
    for (const id of onTeam) await addToTeam(app, id, member.id);
    const mine = (
      await call(app, await sessionFor(app, member.id), 'GET', `${list}?limit=2`)
    ).json();
    expect(mine).toMatchObject({ total: 3 });
    expect(mine.items).toHaveLength(2);
    expect(mine.nextCursor).not.toBeNull();

    for (const limit of ['0', '101', 'x'])
      expect((await call(app, session, 'GET', `${list}?limit=${limit}`)).statusCode).toBe(400);
  });
});
