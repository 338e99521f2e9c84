import { ChangePasswordInput, Id, Me, SessionList, UpdateAccountInput } from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { App, AppContext } from '../../http/types.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { buildMe } from '../auth/me.ts';
import { checkPassword } from '../auth/check-password.ts';
import { LoginThrottle } from '../auth/login-throttle.ts';
import { assertPasswordAcceptable } from '../auth/passwords.ts';
import { deleteOtherSessions, deleteUserSession, listSessions } from '../auth/sessions.repo.ts';
import { findUserById, updateUser } from '../users/users.repo.ts';
import { presentAccountSession } from './accounts.presenter.ts';
import { changePassword } from './commands/change-password.ts';

const tags = ['account'];

export function accountRoutes(app: App, { database, events }: AppContext) {
  const { db } = database;
  const throttle = new LoginThrottle(db);

  app.patch(
    '/api/v1/account',
    {
      schema: {
        tags,
        summary: 'Change your name or language',
        body: UpdateAccountInput,
        response: { 200: Me },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await updateUser(db, actor.userId, request.body);
      return buildMe(db, actor.userId, actor.csrfToken);
    },
  );

  app.post(
    '/api/v1/account/password',
    {
      schema: {
        tags,
        summary: 'Change your password',
        body: ChangePasswordInput,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const user = await findUserById(db, actor.userId);
      if (!user) throw notFound();
      const right = await checkPassword({
        throttle,
        request,
        reply,
        email: user.email,
        passwordHash: user.passwordHash,
        password: request.body.currentPassword,
      });
      if (!right) throw new AppError('wrong_current_password', { status: 400 });
      assertPasswordAcceptable(request.body.newPassword);
      await changePassword(db, {
        userId: actor.userId,
        sessionId: actor.sessionId,
        newPassword: request.body.newPassword,
      });
      await events.emit({
        type: 'sessions.revoked',
        userId: actor.userId,
        exceptSessionId: actor.sessionId,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/account/sessions',
    { schema: { tags, summary: 'Your signed-in sessions', response: { 200: SessionList } } },
    async (request) => {
      const actor = actorOf(request);
      const rows = await listSessions(db, actor.userId);
      return {
        items: rows.map((row) => presentAccountSession(row, actor.sessionId)),
      };
    },
  );

  app.delete(
    '/api/v1/account/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Sign out one session',
        params: z.strictObject({ sessionId: Id }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!(await deleteUserSession(db, actor.userId, request.params.sessionId))) throw notFound();
      await events.emit({ type: 'session.ended', sessionIds: [request.params.sessionId] });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/account/sessions/revoke-others',
    { schema: { tags, summary: 'Sign out every other session', response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = actorOf(request);
      await deleteOtherSessions(db, actor.userId, actor.sessionId);
      await events.emit({
        type: 'sessions.revoked',
        userId: actor.userId,
        exceptSessionId: actor.sessionId,
      });
      return reply.status(204).send(null);
    },
  );
}
