import { describe, expect, it } from 'vitest';
import {
  buildOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  signIn,
  startTestApp,
  adminOfNewOrganisation,
} from './harness.ts';

const app = await startTestApp();

describe('invitations', () => {
  it('lets a newcomer accept an invitation by setting a password, and signs them in', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const created = await call(app, session, 'POST', `/api/v1/orgs/${org.id}/invitations`, {
      email: ' Uusi.Jasen@Test.Example ',
      role: 'facilitator',
    });
    expect(created.statusCode).toBe(201);
    const invitation = created.json();
    expect(invitation).toMatchObject({
      email: 'uusi.jasen@test.example',
      role: 'facilitator',
      acceptedAt: null,
    });
    expect(invitation.acceptPath).toBe(`/invite/${invitation.token}`);

    const preview = await call(app, null, 'GET', `/api/v1/invitations/${invitation.token}`);
    expect(preview.json()).toMatchObject({
      organisationName: org.name,
      existingUser: false,
      role: 'facilitator',
    });

    const weak = await call(app, null, 'POST', `/api/v1/invitations/${invitation.token}/accept`, {
      displayName: 'Uusi Jäsen',
      password: 'salasana',
    });
    expect(weak.json().code).toBe('password_too_short');
    const missing = await call(
      app,
      null,
      'POST',
      `/api/v1/invitations/${invitation.token}/accept`,
      {},
    );
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'displayName',
      'password',
    ]);

    const accepted = await call(
      app,
      null,
      'POST',
      `/api/v1/invitations/${invitation.token}/accept`,
      {
        displayName: 'Uusi Jäsen',
        password: 'hyvä-ja-pitkä-salasana',
      },
    );
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().organisations).toEqual([
      { id: org.id, name: org.name, slug: org.slug, role: 'facilitator' },
    ]);
    expect(accepted.cookies.some((c) => c.name === 'timantti_session')).toBe(true);

    const again = await call(app, null, 'POST', `/api/v1/invitations/${invitation.token}/accept`, {
      displayName: 'Toinen',
      password: 'hyvä-ja-pitkä-salasana',
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('invitation_invalid');

    const list = (await call(app, session, 'GET', `/api/v1/orgs/${org.id}/invitations`)).json();
    expect(list.items[0].acceptedAt).not.toBeNull();
  });

  it('asks a person who already has an account to sign in, then adds the organisation', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const person = await buildUser(app, { organisationId: (await buildOrganisation(app)).id });
    const { token } = (
      await call(app, session, 'POST', `/api/v1/orgs/${org.id}/invitations`, {
        email: person.email,
        role: 'member',
      })
    ).json();

    expect((await call(app, null, 'GET', `/api/v1/invitations/${token}`)).json().existingUser).toBe(
      true,
    );
    const anonymous = await call(app, null, 'POST', `/api/v1/invitations/${token}/accept`, {});
    expect(anonymous.json().code).toBe('invitation_requires_login');

    const someoneElse = await sessionFor(app, (await buildUser(app)).id);
    expect(
      (await call(app, someoneElse, 'POST', `/api/v1/invitations/${token}/accept`, {})).json().code,
    ).toBe('invitation_email_mismatch');

    const own = await signIn(app, person);
    const accepted = await call(app, own, 'POST', `/api/v1/invitations/${token}/accept`, {});
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().organisations.map((o: { id: string }) => o.id)).toContain(org.id);
  });

  it('revokes an open invitation', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const { id, token } = (
      await call(app, session, 'POST', `/api/v1/orgs/${org.id}/invitations`, {
        email: 'peruttu@test.example',
        role: 'viewer',
      })
    ).json();
    expect(
      (await call(app, session, 'DELETE', `/api/v1/orgs/${org.id}/invitations/${id}`)).statusCode,
    ).toBe(204);
    expect((await call(app, null, 'GET', `/api/v1/invitations/${token}`)).statusCode).toBe(404);
    expect(
      (await call(app, session, 'GET', `/api/v1/orgs/${org.id}/invitations`)).json().items,
    ).toEqual([]);
  });

  it('does not accept an expired invitation', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const { id, token } = (
      await call(app, session, 'POST', `/api/v1/orgs/${org.id}/invitations`, {
        email: 'myohassa@test.example',
        role: 'member',
      })
    ).json();
    await app.database.pool.query(
      `update invitations set expires_at = now() - interval '1 minute' where id = $1`,
      [id],
    );
    const accepted = await call(app, null, 'POST', `/api/v1/invitations/${token}/accept`, {
      displayName: 'Myöhässä',
      password: 'hyvä-ja-pitkä-salasana',
    });
    expect(accepted.json().code).toBe('invitation_invalid');
  });
});

describe('members', () => {
  it('shows e-mail addresses to administrators only', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const member = await buildUser(app, { organisationId: org.id, role: 'member' });
    const asAdmin = (await call(app, session, 'GET', `/api/v1/orgs/${org.id}/members`)).json();
    expect(asAdmin.items.every((m: { email: string | null }) => m.email !== null)).toBe(true);
    const asMember = (
      await call(app, await sessionFor(app, member.id), 'GET', `/api/v1/orgs/${org.id}/members`)
    ).json();
    const others = asMember.items.filter((m: { userId: string }) => m.userId !== member.id);
    expect(others.every((m: { email: string | null }) => m.email === null)).toBe(true);
  });

  it('changes roles but never leaves the organisation without an administrator', async () => {
    const { org, admin, session } = await adminOfNewOrganisation(app);
    const demote = await call(app, session, 'PATCH', `/api/v1/orgs/${org.id}/members/${admin.id}`, {
      role: 'member',
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe('last_admin');
    expect(
      (await call(app, session, 'DELETE', `/api/v1/orgs/${org.id}/members/${admin.id}`)).json()
        .code,
    ).toBe('last_admin');

    const second = await buildUser(app, { organisationId: org.id, role: 'member' });
    expect(
      (
        await call(app, session, 'PATCH', `/api/v1/orgs/${org.id}/members/${second.id}`, {
          role: 'admin',
        })
      ).json().role,
    ).toBe('admin');
    expect(
      (
        await call(app, session, 'PATCH', `/api/v1/orgs/${org.id}/members/${admin.id}`, {
          role: 'member',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('removes a member from the organisation and from its project teams', async () => {
    const { org, session } = await adminOfNewOrganisation(app);
    const member = await buildUser(app, { organisationId: org.id, role: 'member' });
    const project = await buildProject(app, { organisationId: org.id, creatorId: member.id });
    expect(
      (await call(app, session, 'DELETE', `/api/v1/orgs/${org.id}/members/${member.id}`))
        .statusCode,
    ).toBe(204);
    const body = (await call(app, session, 'GET', `/api/v1/projects/${project.id}`)).json();
    expect(body.team).toEqual([]);
    expect(
      (await call(app, await sessionFor(app, member.id), 'GET', `/api/v1/orgs/${org.id}`))
        .statusCode,
    ).toBe(404);
    const audit = await app.database.pool.query(
      'select action from audit_log where organisation_id = $1',
      [org.id],
    );
    expect(audit.rows.map((r) => r.action)).toContain('member.removed');
  });
});
