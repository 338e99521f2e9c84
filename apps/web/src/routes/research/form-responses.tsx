import type {
  FeedbackForm,
  FeedbackQuestion,
  FeedbackResponse,
  FeedbackResponseAnswer,
} from '@timantti/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useQuery,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import {
  formQuery,
  responsesQuery,
  summaryQuery,
  type SummaryFilter,
} from '../../api/feedback-forms.ts';
import { textLang, textOf } from '../../features/feedback-forms/form-text.ts';
import { ResponseFilters } from '../../features/feedback-forms/ResponseFilters.tsx';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { useResearchProject } from '../../features/research/useResearchProject.ts';
import { formatDateTime, formatList } from '../../i18n/format.ts';
import { localeKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { Loading } from '../../ui/Loading.tsx';

const route = getRouteApi(
  '/signed-in/o/$orgSlug/projects/$projectId/research/forms/$formId/responses',
);

/** One answer as the reader reads it: an option's label, a point on the scale, a yes or no. */
function AnswerValue(props: {
  form: FeedbackForm;
  question: FeedbackQuestion;
  answer: FeedbackResponseAnswer;
  language: FeedbackResponse['language'];
}) {
  const t = useT();
  const { locale } = useLocale();
  const { form, question, answer, language } = props;
  if (question.kind === 'rating')
    return <>{t('publicForm.ratingOf', { value: answer.rating ?? 0, max: question.scaleMax })}</>;
  if (question.kind === 'consent')
    return <>{t(answer.consent ? 'feedbackForms.consentYes' : 'feedbackForms.consentNo')}</>;
  if (question.kind === 'open')
    return answer.text === null ? (
      <span className="muted">{t('feedbackForms.responses.textHidden')}</span>
    ) : (
      // The respondent wrote in the language they answered in.
      <span lang={language}>{answer.text}</span>
    );
  const labels = answer.optionIds.map((id) => {
    const option = question.options.find((o) => o.id === id);
    return option ? textOf(option.label, locale, form.languages) : id;
  });
  return <>{formatList(locale, labels)}</>;
}

function ResponseCard({ form, response }: { form: FeedbackForm; response: FeedbackResponse }) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  return (
    <li>
      <article className="card response" aria-labelledby={headingId} tabIndex={-1}>
        <h2 id={headingId}>{response.code ?? t('feedbackForms.responses.anonymous')}</h2>
        <dl className="facts">
          <dt>{t('feedbackForms.csv.answeredAt')}</dt>
          <dd>{formatDateTime(locale, response.submittedAt)}</dd>
          <dt>{t('feedbackForms.csv.language')}</dt>
          <dd>{t(localeKey(response.language))}</dd>
          <dt>{t('feedbackForms.csv.segment')}</dt>
          <dd>{response.segment || t('feedbackForms.responses.noSegment')}</dd>
          {form.questions.map((question) => {
            const answer = response.answers.find((a) => a.questionId === question.id);
            if (!answer || question.kind === 'consent' || question.kind === 'segment') return null;
            return (
              <Fragment key={question.id}>
                <dt lang={textLang(question.label, locale, form.languages)}>
                  {textOf(question.label, locale, form.languages)}
                </dt>
                <dd>
                  <AnswerValue
                    form={form}
                    question={question}
                    answer={answer}
                    language={response.language}
                  />
                </dd>
              </Fragment>
            );
          })}
          <dt>{t('feedbackForms.csv.consent')}</dt>
          <dd>{t(response.consent ? 'feedbackForms.consentYes' : 'feedbackForms.consentNo')}</dd>
        </dl>
      </article>
    </li>
  );
}

/** A form's responses one by one, newest first, filtered as its summary, a page at a time. */
export function FormResponsesPage() {
  const t = useT();
  const { locale } = useLocale();
  const { formId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { projectId, research } = useResearchProject();
  const form = useSuspenseQuery(formQuery(projectId, formId)).data;
  const filter: SummaryFilter = { segment: search.segment ?? '', language: search.language ?? '' };
  const segments = useQuery(summaryQuery(projectId, formId, { segment: '', language: '' })).data
    ?.segments;
  const responses = useInfiniteQuery({
    ...responsesQuery(projectId, formId, filter),
    placeholderData: keepPreviousData,
  });
  const listRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const pages = responses.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const total = pages[0]?.total ?? items.length;

  const countText =
    items.length < total
      ? t('feedbackForms.responses.countShown', { shownCount: items.length, count: total })
      : t('feedbackForms.responseCount', { count: total });

  // One polite message: how many a next page brought (focus moves to its first response), or
  // how many match once the filters change.
  const pageCount = pages.length;
  const lastPageSize = pages.at(-1)?.items.length ?? 0;
  const pagesRead = useRef(0);
  const filterKey = `${filter.segment}\n${filter.language}`;
  const filterRead = useRef(filterKey);
  const settled = responses.data !== undefined && !responses.isPlaceholderData;
  useEffect(() => {
    if (!settled) return;
    const grew = pageCount > pagesRead.current && pageCount > 1;
    pagesRead.current = pageCount;
    if (filterRead.current !== filterKey) {
      filterRead.current = filterKey;
      setAnnouncement(countText);
    } else if (grew) {
      setAnnouncement(t('feedbackForms.responses.loaded', { count: lastPageSize }));
    }
  }, [settled, pageCount, lastPageSize, filterKey, countText, t]);

  const setFilter = (next: SummaryFilter) =>
    void navigate({
      search: {
        ...(next.segment ? { segment: next.segment } : {}),
        ...(next.language ? { language: next.language } : {}),
      },
      replace: true,
    });
  const title = textOf(form.title, locale, form.languages);

  return (
    <>
      <ResearchPageHeader
        title={t('feedbackForms.responses.title', { title })}
        intro={t('feedbackForms.responses.intro')}
      />
      <p>
        <Link href={research.form(formId)}>{t('feedbackForms.responses.back')}</Link>
      </p>
      <LiveMessage message={announcement} />
      <ResponseFilters
        filter={filter}
        onChange={setFilter}
        segments={segments ?? []}
        languages={form.languages}
        label={t('feedbackForms.responses.filters')}
      />
      <p className="result-count">{settled ? countText : null}</p>
      {responses.isPending ? (
        <Loading />
      ) : responses.isError ? (
        <FormProblem error={responses.error} />
      ) : items.length === 0 ? (
        <div className="empty-state">
          <p>
            {filter.segment || filter.language
              ? t('feedbackForms.responses.noMatches')
              : t('feedbackForms.responses.empty')}
          </p>
        </div>
      ) : (
        <>
          <ol
            className="persona-list"
            aria-busy={responses.isPlaceholderData}
            aria-label={t('feedbackForms.responses.title', { title })}
            ref={listRef}
          >
            {items.map((response) => (
              <ResponseCard key={response.id} form={form} response={response} />
            ))}
          </ol>
          <LoadMore
            query={responses}
            count={items.length}
            list={listRef}
            focusable="article.response"
            label={t('feedbackForms.responses.loadMore')}
          />
        </>
      )}
    </>
  );
}
