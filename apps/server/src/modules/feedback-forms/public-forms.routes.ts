import type { FeedbackQuestion, LocalizedText } from '@timantti/contracts';
import { isLocale, negotiateLocale, translate, type LocaleCode } from '@timantti/i18n';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ownOrigin } from '../../http/auth.ts';
import type { App, AppContext, FeedbackLimits } from '../../http/types.ts';
import { AppError } from '../../platform/errors.ts';
import { parseAnswers } from './answers.ts';
import { submitFeedbackResponse } from './commands/submit-feedback-response.ts';
import {
  countSubmission,
  deleteStaleSubmissionCounts,
  findPublishedForm,
  type FeedbackFormRow,
} from './feedback-forms.repo.ts';
import { qrPng, qrSvg } from './public/qr-images.ts';
import { FormTokens } from './public/form-tokens.ts';
import { formPage, helsinkiTime, messagePage, posterPage, textIn } from './public/pages.ts';

/** The largest form post taken, in bytes: room for every open answer at its longest. */
export const FORM_BODY_LIMIT = 64 * 1024;
const WINDOW_MS = 60_000;
export const defaultFeedbackLimits: FeedbackLimits = {
  perAddressPerMinute: 20,
  perFormPerMinute: 600,
};

const CodeParams = z.object({ code: z.string().max(64) });
const LangQuery = z.object({ lang: z.string().max(8).optional() });
const CODE = /^[a-z2-9]{8}$/;

type Phase = 'open' | 'not_open' | 'closed';
function phaseOf(form: FeedbackFormRow, now: Date): Phase {
  if (form.opensAt && now < form.opensAt) return 'not_open';
  if (form.closesAt && now >= form.closesAt) return 'closed';
  return 'open';
}

/** The respondent's language: the one asked for, else Accept-Language, among those offered. */
function languageFor(
  form: FeedbackFormRow | null,
  asked: unknown,
  request: FastifyRequest,
): LocaleCode {
  const offered = (form?.languages ?? ['fi', 'sv', 'en']) as LocaleCode[];
  if (typeof asked === 'string' && isLocale(asked) && offered.includes(asked)) return asked;
  const preferred = negotiateLocale(request.headers['accept-language']);
  return offered.includes(preferred) ? preferred : (offered[0] ?? 'fi');
}

function sendPage(reply: FastifyReply, status: number, body: string) {
  return (
    reply
      .status(status)
      .header('cache-control', 'no-store')
      // Under helmet's no-referrer a browser posts the form with `Origin: null`, which the
      // Origin check refuses; same-origin sends the real origin and no referrer elsewhere.
      .header('referrer-policy', 'same-origin')
      .type('text/html; charset=utf-8')
      .send(body)
  );
}

function view(form: FeedbackFormRow) {
  return {
    code: form.code,
    languages: form.languages as LocaleCode[],
    title: form.title as LocalizedText,
    intro: form.intro as LocalizedText,
    questions: form.questions as FeedbackQuestion[],
  };
}

/**
 * The public feedback form at its short link: no sign-in, server-rendered HTML that works
 * without JavaScript, revealing nothing of the project beyond the form. Posts are urlencoded,
 * size-limited, rate-limited per address hash and per form in PostgreSQL, carry a signed
 * one-time token and a honeypot field; whatever is refused stores nothing.
 */
export function publicFormRoutes(app: App, { database, feedbackLimits }: AppContext) {
  const { db } = database;
  const tokens = new FormTokens(db);
  const limits = feedbackLimits ?? defaultFeedbackLimits;

  const refusal = (lang: LocaleCode, kind: 'notFound' | 'bad' | 'tooMany', code?: string) =>
    messagePage({
      lang,
      title: translate(lang, `publicForm.${kind}Title`),
      body: translate(lang, `publicForm.${kind}Body`),
      link:
        code && kind !== 'notFound'
          ? { href: `/f/${code}?lang=${lang}`, text: translate(lang, 'publicForm.reopen') }
          : undefined,
    });

  /** The page for a form that is not answering now, or null when it is open. */
  const unavailable = (form: FeedbackFormRow | null, lang: LocaleCode, now: Date) => {
    if (!form) return { status: 404, body: refusal(lang, 'notFound') };
    const phase = phaseOf(form, now);
    const title = textIn(form.title as LocalizedText, lang);
    if (phase === 'not_open' && form.opensAt) {
      const opens = helsinkiTime(form.opensAt, lang);
      return {
        status: 404,
        body: messagePage({
          lang,
          title: `${translate(lang, 'publicForm.notOpenTitle')}: ${title}`,
          body: translate(lang, 'publicForm.notOpenBody', { opens }),
        }),
      };
    }
    if (phase === 'closed' && form.closesAt) {
      const closes = helsinkiTime(form.closesAt, lang);
      return {
        status: 410,
        body: messagePage({
          lang,
          title: `${translate(lang, 'publicForm.closedTitle')}: ${title}`,
          body: translate(lang, 'publicForm.closedBody', { closes }),
        }),
      };
    }
    return null;
  };

  const loadForm = async (code: string) => (CODE.test(code) ? findPublishedForm(db, code) : null);

  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => done(null, new URLSearchParams(body as string)),
    );
    // Whatever goes wrong here is told as a page in the respondent's language, never a trace.
    scope.setErrorHandler(async (error, request, reply) => {
      const lang = languageFor(
        null,
        (request.query as { lang?: unknown } | undefined)?.lang,
        request,
      );
      const status =
        error instanceof AppError
          ? error.status
          : typeof (error as { statusCode?: unknown }).statusCode === 'number'
            ? (error as { statusCode: number }).statusCode
            : 500;
      if (status >= 500) request.log.error({ err: error }, 'public form failed');
      return sendPage(reply, status >= 500 ? 500 : status, refusal(lang, 'bad'));
    });

    const routeConfig = { access: 'public' as const };
    const schema = { hide: true, params: CodeParams, querystring: LangQuery };

    scope.get('/f/:code', { config: routeConfig, schema }, async (request, reply) => {
      const form = await loadForm(request.params.code);
      const lang = languageFor(form, request.query.lang, request);
      const now = new Date();
      const closed = unavailable(form, lang, now);
      if (closed || !form) return sendPage(reply, closed?.status ?? 404, closed?.body ?? '');
      const token = await tokens.issue(form.id, now);
      return sendPage(reply, 200, formPage({ form: view(form), lang, token }));
    });

    scope.get('/f/:code/thanks', { config: routeConfig, schema }, async (request, reply) => {
      const form = await loadForm(request.params.code);
      const lang = languageFor(form, request.query.lang, request);
      if (!form) return sendPage(reply, 404, refusal(lang, 'notFound'));
      return sendPage(
        reply,
        200,
        messagePage({
          lang,
          title: translate(lang, 'publicForm.thanksTitle'),
          body: translate(lang, 'publicForm.thanksBody'),
        }),
      );
    });

    scope.post(
      '/f/:code',
      { config: { ...routeConfig, publicForm: true }, schema: { hide: true, params: CodeParams } },
      async (request, reply) => {
        const form = await loadForm(request.params.code);
        const fields = request.body instanceof URLSearchParams ? request.body : null;
        const lang = languageFor(form, fields?.get('lang'), request);
        const now = new Date();
        const closed = unavailable(form, lang, now);
        if (closed || !form) return sendPage(reply, closed?.status ?? 404, closed?.body ?? '');

        const addressKey = await tokens.addressKey(form.id, request.ip);
        const fromAddress = await countSubmission(db, `a:${form.id}:${addressKey}`, WINDOW_MS, now);
        const toForm = await countSubmission(db, `f:${form.id}`, WINDOW_MS, now);
        if (fromAddress > limits.perAddressPerMinute || toForm > limits.perFormPerMinute) {
          reply.header('retry-after', String(WINDOW_MS / 1000));
          return sendPage(reply, 429, refusal(lang, 'tooMany', form.code));
        }

        if (!fields) return sendPage(reply, 415, refusal(lang, 'bad', form.code));
        const token = fields.get('token') ?? '';
        const nonce = await tokens.verify(form.id, token, now);
        // A filled honeypot is a robot: refused like any bad post, and nothing is stored.
        if (!nonce || (fields.get('website') ?? '') !== '') {
          return sendPage(reply, 400, refusal(lang, 'bad', form.code));
        }
        const questions = form.questions as FeedbackQuestion[];
        const parsed = parseAnswers(questions, fields);
        if (!parsed.ok && parsed.bad) return sendPage(reply, 400, refusal(lang, 'bad', form.code));
        if (!parsed.ok) {
          // The same token goes back into the page: the corrected post is still the one answer.
          return sendPage(
            reply,
            422,
            formPage({
              form: view(form),
              lang,
              token,
              values: parsed.values,
              errors: parsed.errors,
            }),
          );
        }
        const stored = await submitFeedbackResponse(db, {
          form,
          nonce,
          language: lang,
          answers: parsed.answers,
          openTexts: parsed.openTexts,
        });
        if (!stored) {
          return sendPage(
            reply,
            409,
            messagePage({
              lang,
              title: translate(lang, 'publicForm.duplicateTitle'),
              body: translate(lang, 'publicForm.duplicateBody'),
            }),
          );
        }
        await deleteStaleSubmissionCounts(db, new Date(now.getTime() - WINDOW_MS));
        return reply.redirect(`/f/${form.code}/thanks?lang=${lang}`, 303);
      },
    );

    scope.get('/f/:code/poster', { config: routeConfig, schema }, async (request, reply) => {
      const form = await loadForm(request.params.code);
      const lang = languageFor(form, request.query.lang, request);
      if (!form) return sendPage(reply, 404, refusal(lang, 'notFound'));
      const period =
        form.opensAt && form.closesAt
          ? translate(lang, 'publicForm.posterOpens', {
              opens: helsinkiTime(form.opensAt, lang),
              closes: helsinkiTime(form.closesAt, lang),
            })
          : null;
      return sendPage(
        reply,
        200,
        posterPage({
          lang,
          title: textIn(form.title as LocalizedText, lang),
          url: `${ownOrigin(request)}/f/${form.code}`,
          qrPath: `/f/${form.code}/qr.svg`,
          period,
        }),
      );
    });

    scope.get('/f/:code/qr.svg', { config: routeConfig, schema }, async (request, reply) => {
      const form = await loadForm(request.params.code);
      if (!form)
        return sendPage(reply, 404, refusal(languageFor(null, undefined, request), 'notFound'));
      return reply
        .header('cache-control', 'public, max-age=3600')
        .type('image/svg+xml; charset=utf-8')
        .send(qrSvg(`${ownOrigin(request)}/f/${form.code}`));
    });

    scope.get('/f/:code/qr.png', { config: routeConfig, schema }, async (request, reply) => {
      const form = await loadForm(request.params.code);
      if (!form)
        return sendPage(reply, 404, refusal(languageFor(null, undefined, request), 'notFound'));
      return reply
        .header('cache-control', 'public, max-age=3600')
        .type('image/png')
        .send(qrPng(`${ownOrigin(request)}/f/${form.code}`));
    });
  });
}
