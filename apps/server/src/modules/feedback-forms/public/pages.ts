import {
  FEEDBACK_MAX_OPEN_ANSWER,
  type FeedbackQuestion,
  type LocalizedText,
} from '@timantti/contracts';
import { translate, type LocaleCode } from '@timantti/i18n';
import type { FieldErrorCode } from '../answers.ts';
import { fieldName } from '../answers.ts';
import { html, trusted, type Html } from './html.ts';

/*
 * The public form's pages: server-rendered, working without JavaScript, one request each (the
 * style is in the page), and accessible — fieldsets with legends, an error summary at the top
 * linking to each field, each error beside its field, nothing timed.
 */

const languageNames: Record<LocaleCode, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:"Source Sans Pro",system-ui,sans-serif;font-size:1.125rem;line-height:1.5;color:#1f2328;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.25rem}
a{color:#00347a}
a:focus,input:focus,textarea:focus,button:focus{outline:3px solid #1a5ba6;outline-offset:2px}
.langs ul{list-style:none;display:flex;flex-wrap:wrap;gap:.75rem;padding:0;margin:0}
.langs [aria-current]{font-weight:700;text-decoration:none;color:#1f2328}
fieldset,.field{border:0;margin:0 0 1.5rem;padding:0;min-width:0}
legend,label.q{font-weight:700;margin-bottom:.5rem;padding:0;display:block}
.choice{display:flex;gap:.5rem;align-items:flex-start;margin:.35rem 0}
.choice input{width:1.5rem;height:1.5rem;margin:0;flex:none}
.scale-ends{display:flex;justify-content:space-between;gap:1rem;font-size:1rem;color:#4a4f55}
textarea{width:100%;min-height:8rem;font:inherit;padding:.5rem;border:2px solid #4a4f55;border-radius:4px}
.error{color:#b3261e;font-weight:700;margin:.25rem 0 .5rem}
.invalid textarea{border-color:#b3261e}
.invalid{border-left:4px solid #b3261e;padding-left:.75rem}
.summary{border:4px solid #b3261e;padding:1rem;margin:0 0 1.5rem}
.summary h2{margin-top:0}
button{font:inherit;font-weight:700;color:#fff;background:#00347a;border:0;border-radius:4px;padding:.75rem 1.5rem;cursor:pointer}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.note{color:#4a4f55}
@media print{.langs{display:none}}
`;

function page(lang: LocaleCode, title: string, body: Html, extraStyle = ''): string {
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style>
          ${trusted(STYLE + extraStyle)}
        </style>
      </head>
      <body>
        <main id="main">${body}</main>
      </body>
    </html>`.value;
}

export const textIn = (texts: LocalizedText, lang: LocaleCode) => texts[lang] ?? '';

/** A time in Helsinki's clock, in the respondent's language. */
export function helsinkiTime(at: Date, lang: LocaleCode): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    timeZone: 'Europe/Helsinki',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(at);
}

export type PublicFormView = {
  code: string;
  languages: LocaleCode[];
  title: LocalizedText;
  intro: LocalizedText;
  questions: FeedbackQuestion[];
};

function languageLinks(form: PublicFormView, lang: LocaleCode, path: string) {
  if (form.languages.length < 2) return '';
  return html`<nav class="langs" aria-label="${translate(lang, 'publicForm.languages')}">
    <ul>
      ${form.languages.map(
        (l) =>
          html`<li>
            <a
              href="${path}?lang=${l}"
              lang="${l}"
              hreflang="${l}"
              ${l === lang ? html` aria-current="page"` : ''}
              >${languageNames[l]}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

const inputId = (questionId: string, index: number) => `q-${questionId}-${index}`;
const errorId = (questionId: string) => `q-${questionId}-error`;

function errorText(lang: LocaleCode, code: FieldErrorCode, question: string) {
  return code === 'required'
    ? translate(lang, 'publicForm.errorRequired', { question })
    : translate(lang, 'publicForm.errorTooLong', { max: FEEDBACK_MAX_OPEN_ANSWER, question });
}

function choices(question: FeedbackQuestion, lang: LocaleCode): { value: string; label: string }[] {
  switch (question.kind) {
    case 'rating':
      return Array.from({ length: question.scaleMax }, (_, i) => ({
        value: String(i + 1),
        label: translate(lang, 'publicForm.ratingOf', { value: i + 1, max: question.scaleMax }),
      }));
    case 'consent':
      return [
        { value: 'yes', label: translate(lang, 'publicForm.consentYes') },
        { value: 'no', label: translate(lang, 'publicForm.consentNo') },
      ];
    case 'single':
    case 'multiple':
    case 'segment':
      return question.options.map((o) => ({ value: o.id, label: textIn(o.label, lang) }));
    case 'open':
      return [];
  }
}

function questionField(
  question: FeedbackQuestion,
  lang: LocaleCode,
  values: string[],
  error: FieldErrorCode | undefined,
) {
  const label = textIn(question.label, lang);
  const marker = question.required
    ? html` <abbr title="${translate(lang, 'publicForm.required')}">*</abbr>`
    : '';
  const errorLine = error
    ? html`<p class="error" id="${errorId(question.id)}">
        <span class="hp">${translate(lang, 'publicForm.errorTitle')}: </span
        >${errorText(lang, error, label)}
      </p>`
    : '';
  const name = fieldName(question.id);
  const described = error ? html` aria-describedby="${errorId(question.id)}"` : '';
  if (question.kind === 'open') {
    return html`<div class="field${error ? ' invalid' : ''}">
      <label class="q" for="${inputId(question.id, 0)}">${label}${marker}</label
      >${errorLine}<textarea
        id="${inputId(question.id, 0)}"
        name="${name}"
        maxlength="${FEEDBACK_MAX_OPEN_ANSWER}"
        ${question.required ? html` required` : ''}${error ? html` aria-invalid="true"` : ''}${described}
      >
${values[0] ?? ''}</textarea>
    </div>`;
  }
  const type = question.kind === 'multiple' ? 'checkbox' : 'radio';
  const ends =
    question.kind === 'rating'
      ? html`<div class="scale-ends" aria-hidden="true">
          <span>1 = ${textIn(question.minLabel, lang)}</span
          ><span>${question.scaleMax} = ${textIn(question.maxLabel, lang)}</span>
        </div>`
      : '';
  const legendExtra =
    question.kind === 'rating'
      ? html`<span class="hp">
          (1 = ${textIn(question.minLabel, lang)}, ${question.scaleMax} =
          ${textIn(question.maxLabel, lang)})</span
        >`
      : '';
  return html`<fieldset class="${error ? 'invalid' : ''}" ${described}>
    <legend>${label}${marker}${legendExtra}</legend>
    ${errorLine}${ends}${choices(question, lang).map(
      (choice, index) =>
        html`<div class="choice">
          <input
            type="${type}"
            id="${inputId(question.id, index)}"
            name="${name}"
            value="${choice.value}"
            ${values.includes(choice.value) ? html` checked` : ''}${question.required && type === 'radio' ? html` required` : ''}
          /><label for="${inputId(question.id, index)}">${choice.label}</label>
        </div>`,
    )}
  </fieldset>`;
}

/** The form, fresh or with the errors of a post beside their fields and summarised on top. */
export function formPage(input: {
  form: PublicFormView;
  lang: LocaleCode;
  token: string;
  values?: Record<string, string[]>;
  errors?: { questionId: string; code: FieldErrorCode }[];
}): string {
  const { form, lang, token } = input;
  const errors = input.errors ?? [];
  const errorOf = new Map(errors.map((e) => [e.questionId, e.code]));
  const path = `/f/${form.code}`;
  const title = textIn(form.title, lang);
  const intro = textIn(form.intro, lang);
  const summary =
    errors.length > 0
      ? html`<div
          class="summary"
          role="alert"
          aria-labelledby="error-summary-title"
          tabindex="-1"
          id="error-summary"
        >
          <h2 id="error-summary-title">
            ${translate(lang, 'publicForm.errorSummary', { count: errors.length })}
          </h2>
          <ul>
            ${errors.map((e) => {
              const question = form.questions.find((q) => q.id === e.questionId);
              const label = question ? textIn(question.label, lang) : '';
              return html`<li>
                <a href="#${inputId(e.questionId, 0)}">${errorText(lang, e.code, label)}</a>
              </li>`;
            })}
          </ul>
        </div>`
      : '';
  const body = html`${languageLinks(form, lang, path)}
    <h1>${title}</h1>
    ${summary} ${intro ? intro.split(/\n+/).map((p) => html`<p>${p}</p>`) : ''}
    <p class="note">
      ${translate(lang, 'publicForm.requiredNote')} ${translate(lang, 'publicForm.noPersonalData')}
    </p>
    <form method="post" action="${path}" accept-charset="utf-8" novalidate>
      <input type="hidden" name="token" value="${token}" />
      <input type="hidden" name="lang" value="${lang}" />
      <div class="hp" aria-hidden="true">
        <label for="hp-website">${translate(lang, 'publicForm.honeypot')}</label
        ><input type="text" id="hp-website" name="website" tabindex="-1" autocomplete="off" />
      </div>
      ${form.questions.map((q) => questionField(q, lang, input.values?.[q.id] ?? [], errorOf.get(q.id)))}
      <button type="submit">${translate(lang, 'publicForm.submit')}</button>
    </form>`;
  const pageTitle =
    errors.length > 0 ? `${translate(lang, 'publicForm.errorTitle')}: ${title}` : title;
  return page(lang, pageTitle, body);
}

/** A page that only tells something: thanks, closed, not yet open, refused. */
export function messagePage(input: {
  lang: LocaleCode;
  title: string;
  body: string;
  link?: { href: string; text: string } | undefined;
}): string {
  const { lang, title, body, link } = input;
  return page(
    lang,
    title,
    html`<h1>${title}</h1>
      <p>${body}</p>
      ${link ? html`<p><a href="${link.href}">${link.text}</a></p>` : ''}`,
  );
}

/** A printable A4 poster: the form's title, its QR code and its address. */
export function posterPage(input: {
  lang: LocaleCode;
  title: string;
  url: string;
  qrPath: string;
  period: string | null;
}): string {
  const { lang, title, url, qrPath, period } = input;
  const style = `
@page{size:A4;margin:20mm}
.poster{text-align:center;max-width:170mm;margin:0 auto}
.poster h1{font-size:2.5rem}
.poster .call{font-size:1.75rem;font-weight:700}
.poster img{width:110mm;max-width:100%;height:auto;image-rendering:pixelated}
.poster .url{font-size:1.5rem;font-weight:700;word-break:break-all}
`;
  return page(
    lang,
    title,
    html`<div class="poster">
      <p class="call">${translate(lang, 'publicForm.posterCall')}</p>
      <h1>${title}</h1>
      <img
        src="${qrPath}"
        alt="${translate(lang, 'publicForm.qrAlt', { url })}"
        width="400"
        height="400"
      />
      <p>${translate(lang, 'publicForm.posterScan')}</p>
      <p class="url">${url}</p>
      ${period ? html`<p>${period}</p>` : ''}
    </div>`,
    style,
  );
}
