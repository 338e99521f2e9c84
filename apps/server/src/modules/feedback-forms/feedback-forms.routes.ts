import {
  FeedbackBoardCreated,
  CreateFeedbackFormInput,
  FeedbackCsvQuery,
  FeedbackForm,
  FeedbackFormList,
  FeedbackResponsePage,
  FeedbackResponsesQuery,
  FeedbackSummary,
  FeedbackSummaryQuery,
  Id,
  PublishFeedbackFormInput,
  UpdateFeedbackFormInput,
  type FeedbackQuestion,
} from '@timantti/contracts';
import { translate, type LocaleCode } from '@timantti/i18n';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { App, AppContext } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { onVersion } from '../../platform/versioned-edit.ts';
import { readRoundsOfForms } from '../concept-tests/concept-tests.repo.ts';
import { loadProjectMaterial } from '../projects/project-access.ts';
import { loadResearch } from '../research/research-access.ts';
import { createFeedbackForm } from './commands/create-feedback-form.ts';
import { placeOpenAnswersOnBoard } from './commands/place-open-answers.ts';
import { publishFeedbackForm, updateFeedbackForm } from './commands/update-feedback-form.ts';
import {
  openAnswerEvidenceIds,
  presentForm,
  presentFormSummary,
  presentResponse,
  type FormAbilities,
} from './feedback-forms.presenter.ts';
import {
  countResponses,
  findForm,
  listForms,
  listResponses,
  listSegments,
  readOpenAnswerTexts,
  readResponsePage,
} from './feedback-forms.repo.ts';
import { responsesCsv, summarise } from './summary.ts';

const tags = ['feedback forms'];
const ProjectParams = z.strictObject({ projectId: Id });
const FormParams = z.strictObject({ projectId: Id, formId: Id });

/**
 * A project's feedback forms for its team: write, publish, read the summary of the answers and
 * the responses one by one, and export them. Forms follow their project's research: whoever
 * reads it reads forms, their counts and responses, whoever changes it edits them, and only
 * those who read raw research see open answers and export responses.
 */
export function feedbackFormRoutes(app: App, { database }: AppContext) {
  const { db } = database;

  const access = async (
    request: FastifyRequest,
    projectId: string,
    action: 'read' | 'write' | 'readRaw',
  ): Promise<FormAbilities> => {
    const actor = actorOf(request);
    const { abilities } = await loadResearch(db, actor, projectId, action);
    const { edit } = await loadProjectMaterial(db, actor, projectId, 'read');
    return { edit, readOpenAnswers: abilities.readRawResearch };
  };

  const readForm = async (projectId: string, formId: string, abilities: FormAbilities) => {
    const row = await findForm(db, projectId, formId);
    if (!row) throw notFound();
    const [counts, rounds] = await Promise.all([
      countResponses(db, [row.id]),
      readRoundsOfForms(db, [row.id]),
    ]);
    return presentForm(row, counts.get(row.id) ?? 0, abilities, rounds.get(row.id) ?? null);
  };

  app.get(
    '/api/v1/projects/:projectId/forms',
    {
      schema: {
        tags,
        summary: "List the project's feedback forms, newest first",
        params: ProjectParams,
        response: { 200: FeedbackFormList },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      const abilities = await access(request, projectId, 'read');
      const rows = await listForms(db, projectId);
      const ids = rows.map((r) => r.id);
      const [counts, rounds] = await Promise.all([
        countResponses(db, ids),
        readRoundsOfForms(db, ids),
      ]);
      return {
        items: rows.map((row) =>
          presentFormSummary(row, counts.get(row.id) ?? 0, abilities, rounds.get(row.id) ?? null),
        ),
      };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/forms',
    {
      schema: {
        tags,
        summary: 'Write a draft feedback form with its own prototype-test research session',
        params: ProjectParams,
        body: CreateFeedbackFormInput,
        response: { 201: FeedbackForm },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      const abilities = await access(request, projectId, 'write');
      const id = await createFeedbackForm(db, {
        actorUserId: actor.userId,
        projectId,
        values: request.body,
      });
      return reply.status(201).send(await readForm(projectId, id, abilities));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/forms/:formId',
    {
      schema: {
        tags,
        summary: 'Get a feedback form with its questions',
        params: FormParams,
        response: { 200: FeedbackForm },
      },
    },
    async (request) => {
      const { projectId, formId } = request.params;
      return readForm(projectId, formId, await access(request, projectId, 'read'));
    },
  );

  app.patch(
    '/api/v1/projects/:projectId/forms/:formId',
    {
      schema: {
        tags,
        summary: "Change a form's languages, texts, questions or opening times",
        params: FormParams,
        body: UpdateFeedbackFormInput,
        response: { 200: FeedbackForm },
      },
    },
    async (request) => {
      const { projectId, formId } = request.params;
      const abilities = await access(request, projectId, 'write');
      const { version, ...values } = request.body;
      await onVersion(
        () =>
          updateFeedbackForm(db, { projectId, formId, version, values, locale: request.locale }),
        () => readForm(projectId, formId, abilities),
      );
      return readForm(projectId, formId, abilities);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/forms/:formId/publish',
    {
      schema: {
        tags,
        summary: 'Publish a form at its short link (it answers from its opening time on)',
        params: FormParams,
        body: PublishFeedbackFormInput,
        response: { 200: FeedbackForm },
      },
    },
    async (request) => {
      const { projectId, formId } = request.params;
      const abilities = await access(request, projectId, 'write');
      await onVersion(
        () => publishFeedbackForm(db, { projectId, formId, version: request.body.version }),
        () => readForm(projectId, formId, abilities),
      );
      return readForm(projectId, formId, abilities);
    },
  );

  app.get(
    '/api/v1/projects/:projectId/forms/:formId/summary',
    {
      schema: {
        tags,
        summary: "The form's ratings and choices counted per question, by segment and language",
        params: FormParams,
        querystring: FeedbackSummaryQuery,
        response: { 200: FeedbackSummary },
      },
    },
    async (request) => {
      const { projectId, formId } = request.params;
      await access(request, projectId, 'read');
      const form = await findForm(db, projectId, formId);
      if (!form) throw notFound();
      const rows = await listResponses(db, form.id, request.query);
      return summarise(form.questions as FeedbackQuestion[], rows, await listSegments(db, form.id));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/forms/:formId/responses',
    {
      schema: {
        tags,
        summary: "The form's responses one by one, newest first, a page at a time",
        params: FormParams,
        querystring: FeedbackResponsesQuery,
        response: { 200: FeedbackResponsePage },
      },
    },
    async (request) => {
      const { projectId, formId } = request.params;
      const { readOpenAnswers } = await access(request, projectId, 'read');
      const form = await findForm(db, projectId, formId);
      if (!form) throw notFound();
      const questions = form.questions as FeedbackQuestion[];
      const page = await readResponsePage(db, form.id, request.query);
      // Open texts are raw research material of consenting respondents: read only for them.
      const openTexts = readOpenAnswers
        ? await readOpenAnswerTexts(
            db,
            form.sessionId,
            page.rows
              .filter((row) => row.consent)
              .flatMap((row) => openAnswerEvidenceIds(questions, row)),
          )
        : null;
      return {
        items: page.rows.map((row) => presentResponse(questions, row, openTexts)),
        nextCursor: page.nextCursor,
        total: page.total,
      };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/forms/:formId/board',
    {
      schema: {
        tags,
        summary: "Place the form's open answers on a new affinity board, one card each",
        params: FormParams,
        response: { 201: FeedbackBoardCreated },
      },
    },
    async (request, reply) => {
      const { projectId, formId } = request.params;
      await access(request, projectId, 'write');
      const form = await findForm(db, projectId, formId);
      if (!form) throw notFound();
      const lang = request.locale;
      const titles = form.title as Partial<Record<LocaleCode, string>>;
      const boardId = await placeOpenAnswersOnBoard(db, {
        actorUserId: actorOf(request).userId,
        form,
        title: translate(lang, 'feedbackForms.boardTitle', {
          title: titles[lang] ?? titles[(form.languages[0] ?? 'fi') as LocaleCode] ?? '',
        }),
      });
      return reply.status(201).send({ boardId });
    },
  );

  app.get(
    '/api/v1/projects/:projectId/forms/:formId/responses.csv',
    {
      schema: {
        tags,
        summary: "Export the form's responses as CSV (UTF-8 with BOM; ';' on request)",
        params: FormParams,
        querystring: FeedbackCsvQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { projectId, formId } = request.params;
      await access(request, projectId, 'readRaw');
      const form = await findForm(db, projectId, formId);
      if (!form) throw notFound();
      const rows = await listResponses(db, form.id);
      const lang = request.locale;
      const csv = responsesCsv({
        questions: form.questions as FeedbackQuestion[],
        language: lang,
        rows,
        openTexts: await readOpenAnswerTexts(db, form.sessionId),
        delimiter: request.query.delimiter === 'semicolon' ? ';' : ',',
        headings: {
          code: translate(lang, 'feedbackForms.csv.code'),
          language: translate(lang, 'feedbackForms.csv.language'),
          segment: translate(lang, 'feedbackForms.csv.segment'),
          consent: translate(lang, 'feedbackForms.csv.consent'),
          answeredAt: translate(lang, 'feedbackForms.csv.answeredAt'),
        },
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="responses-${form.code}.csv"`)
        .send(csv);
    },
  );
}
