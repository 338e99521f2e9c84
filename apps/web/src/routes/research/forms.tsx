import {
  barChartSvg,
  type FeedbackForm,
  type FeedbackQuestion,
  type FeedbackSummary,
  type Locale,
} from '@timantti/contracts';
import { useSuspenseQuery, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import {
  formQuery,
  formsQuery,
  placeOpenAnswersOnBoard,
  publishForm,
  responsesCsvHref,
  summaryQuery,
  type SummaryFilter,
} from '../../api/feedback-forms.ts';
import { textLang, textOf } from '../../features/feedback-forms/form-text.ts';
import { ResponseFilters } from '../../features/feedback-forms/ResponseFilters.tsx';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import {
  useResearchMutation,
  useResearchProject,
} from '../../features/research/useResearchProject.ts';
import { formatNumber } from '../../i18n/format.ts';
import { synthesisPaths } from '../../paths.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Link } from '../../ui/Link.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/projects/$projectId/research/forms/$formId');

/** The project's public feedback forms: their links, QR codes and posters, and answer counts. */
export function FormsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { projectId, research, canWrite } = useResearchProject();
  const forms = useSuspenseQuery(formsQuery(projectId)).data.items;
  const [announcement, setAnnouncement] = useState('');
  const publish = useResearchMutation(projectId, (form: { id: string; version: number }) =>
    publishForm(projectId, form.id, form.version),
  );

  return (
    <>
      <ResearchPageHeader
        title={t('feedbackForms.list.title')}
        intro={t('feedbackForms.list.intro')}
      />
      <LiveMessage message={announcement} />
      {canWrite ? (
        <p>
          <Link appearance="button" href={research.newForm()}>
            {t('feedbackForms.new')}
          </Link>
        </p>
      ) : null}
      <div role="status" className="result-count">
        {t('feedbackForms.list.count', { count: forms.length })}
      </div>
      {forms.length === 0 ? (
        <div className="empty-state">
          <p>{t('feedbackForms.list.empty')}</p>
        </div>
      ) : (
        <ul className="persona-list">
          {forms.map((form) => {
            const headingId = `form-${form.id}-title`;
            const link = `${window.location.origin}${form.path}`;
            return (
              <li key={form.id}>
                <article className="card" aria-labelledby={headingId}>
                  <h2 id={headingId} lang={textLang(form.title, locale, form.languages)}>
                    <Link href={research.form(form.id)}>
                      {textOf(form.title, locale, form.languages)}
                    </Link>
                  </h2>
                  <p>
                    <Badge tone={form.status === 'published' ? 'success' : 'info'}>
                      {t(
                        form.status === 'published'
                          ? 'feedbackForms.status.published'
                          : 'feedbackForms.status.draft',
                      )}
                    </Badge>{' '}
                    {t('feedbackForms.responseCount', { count: form.responseCount })}
                  </p>
                  {canWrite && form.abilities.edit ? (
                    <p>
                      <Link href={research.editForm(form.id)}>
                        {t('feedbackForms.editTitled', {
                          title: textOf(form.title, locale, form.languages),
                        })}
                      </Link>
                    </p>
                  ) : null}
                  {form.status === 'published' ? (
                    <>
                      <p>
                        {t('feedbackForms.link')}: <a href={form.path}>{link}</a>
                      </p>
                      <img
                        src={`${form.path}/qr.svg`}
                        alt={t('feedbackForms.qrAlt', { url: link })}
                        width={160}
                        height={160}
                      />
                      <ul>
                        <li>
                          <a href={`${form.path}/poster`}>{t('feedbackForms.poster')}</a>
                        </li>
                        <li>
                          <a href={`${form.path}/qr.png`} download>
                            {t('feedbackForms.qrPng')}
                          </a>
                        </li>
                      </ul>
                    </>
                  ) : canWrite && form.abilities.edit ? (
                    <Button
                      onPress={() =>
                        publish.mutate(form, {
                          onSuccess: () => setAnnouncement(t('feedbackForms.published')),
                        })
                      }
                      isDisabled={publish.isPending}
                    >
                      {t('feedbackForms.publish')}
                    </Button>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function optionLabel(
  question: FeedbackQuestion,
  id: string,
  t: ReturnType<typeof useT>,
  locale: Locale,
  languages: readonly Locale[],
) {
  if (question.kind === 'consent')
    return t(id === 'yes' ? 'feedbackForms.consentYes' : 'feedbackForms.consentNo');
  if (question.kind === 'rating') return id;
  if (question.kind === 'open') return id;
  const option = question.options.find((o) => o.id === id);
  return option ? textOf(option.label, locale, languages) : id;
}

function QuestionSummary(props: {
  form: FeedbackForm;
  question: FeedbackQuestion;
  summary: FeedbackSummary['questions'][number];
}) {
  const t = useT();
  const { locale } = useLocale();
  const { form, question, summary } = props;
  const headingId = useId();
  const label = textOf(question.label, locale, form.languages);
  const rows = summary.counts.map((c) => ({
    label: optionLabel(question, c.id, t, locale, form.languages),
    value: c.count,
  }));
  const svg = rows.length > 0 ? barChartSvg(rows, { title: label }) : null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId} lang={textLang(question.label, locale, form.languages)}>
        {label}
      </h3>
      <p>
        {t('feedbackForms.answered', { count: summary.answered })}
        {summary.average !== null
          ? ` · ${t('feedbackForms.average')}: ${formatNumber(locale, Math.round(summary.average * 10) / 10)}`
          : ''}
      </p>
      {svg ? (
        <>
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
            alt=""
            className="chart"
          />
          <div className="table-wrapper">
            <table className="table">
              <caption>{t('feedbackForms.tableCaption', { question: label })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('feedbackForms.answer')}</th>
                  <th scope="col">{t('feedbackForms.count')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td>{formatNumber(locale, row.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="muted">{t('feedbackForms.openAnswersAreEvidence')}</p>
      )}
    </section>
  );
}

/** One form's answers summarised per question, filtered by segment and language. */
export function FormPage() {
  const t = useT();
  const { locale } = useLocale();
  const { formId } = route.useParams();
  const { org, projectId, research, canWrite, canReadRawResearch } = useResearchProject();
  const form = useSuspenseQuery(formQuery(projectId, formId)).data;
  const navigate = useNavigate();
  const toBoard = useResearchMutation(projectId, () => placeOpenAnswersOnBoard(projectId, formId));
  const [filter, setFilter] = useState<SummaryFilter>({ segment: '', language: '' });
  const summary = useQuery(summaryQuery(projectId, formId, filter)).data;
  const title = textOf(form.title, locale, form.languages);

  return (
    <>
      <ResearchPageHeader title={title} intro={t('feedbackForms.summary.intro')} />
      <p>
        <Link href={research.formResponses(formId, filter)}>
          {t('feedbackForms.responses.link')}
        </Link>
      </p>
      <ResponseFilters
        filter={filter}
        onChange={setFilter}
        segments={summary?.segments ?? []}
        languages={form.languages}
      />
      {canWrite ? (
        <p>
          <Button
            isDisabled={toBoard.isPending}
            onPress={() =>
              toBoard.mutate(undefined, {
                onSuccess: ({ boardId }) =>
                  void navigate({ href: synthesisPaths(org.slug, projectId).board(boardId) }),
              })
            }
          >
            {t('feedbackForms.toBoard')}
          </Button>
        </p>
      ) : null}
      {canReadRawResearch ? (
        <p>
          <a href={responsesCsvHref(projectId, formId, false)} download>
            {t('feedbackForms.csv')}
          </a>{' '}
          ·{' '}
          <a href={responsesCsvHref(projectId, formId, true)} download>
            {t('feedbackForms.csvSemicolon')}
          </a>
        </p>
      ) : null}
      <div role="status" className="result-count">
        {summary
          ? t('feedbackForms.summary.count', {
              count: summary.responseCount,
              consentedCount: summary.consentedCount,
            })
          : null}
      </div>
      {summary
        ? form.questions.map((question) => {
            const questionSummary = summary.questions.find((q) => q.questionId === question.id);
            return questionSummary ? (
              <QuestionSummary
                key={question.id}
                form={form}
                question={question}
                summary={questionSummary}
              />
            ) : null;
          })
        : null}
    </>
  );
}
