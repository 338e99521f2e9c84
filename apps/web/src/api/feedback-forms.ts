import {
  type CreateFeedbackFormInput,
  type FeedbackFormInput,
  FeedbackBoardCreated,
  FeedbackForm,
  FeedbackFormList,
  FeedbackResponsePage,
  FeedbackSummary,
} from '@timantti/contracts';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { request, seg } from './client.ts';
import { researchKey } from './research-queries.ts';

const forms = (projectId: string) => `/projects/${seg(projectId)}/forms`;

/** The address of a form's responses as CSV, for a download link. */
export const responsesCsvHref = (projectId: string, formId: string, semicolon: boolean) =>
  `/api/v1${forms(projectId)}/${seg(formId)}/responses.csv${semicolon ? '?delimiter=semicolon' : ''}`;

export const formsQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'forms'],
    queryFn: () => request('GET', forms(projectId), FeedbackFormList),
  });

export const formQuery = (projectId: string, formId: string) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'forms', formId],
    queryFn: () => request('GET', `${forms(projectId)}/${seg(formId)}`, FeedbackForm),
  });

export type SummaryFilter = { segment: string; language: string };

export const summaryQuery = (projectId: string, formId: string, filter: SummaryFilter) =>
  queryOptions({
    queryKey: [...researchKey(projectId), 'forms', formId, 'summary', filter],
    queryFn: () => {
      const query = new URLSearchParams();
      if (filter.segment) query.set('segment', filter.segment);
      if (filter.language) query.set('language', filter.language);
      const text = query.toString();
      return request(
        'GET',
        `${forms(projectId)}/${seg(formId)}/summary${text ? `?${text}` : ''}`,
        FeedbackSummary,
      );
    },
  });

/**
 * The form's responses one by one, newest first, filtered as the summary; ten a page, as each
 * response is read question by question.
 */
export const responsesQuery = (projectId: string, formId: string, filter: SummaryFilter) =>
  infiniteQueryOptions({
    queryKey: [...researchKey(projectId), 'forms', formId, 'responses', filter],
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: '10' });
      if (filter.segment) query.set('segment', filter.segment);
      if (filter.language) query.set('language', filter.language);
      if (pageParam) query.set('cursor', pageParam);
      return request(
        'GET',
        `${forms(projectId)}/${seg(formId)}/responses?${query.toString()}`,
        FeedbackResponsePage,
      );
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function createForm(projectId: string, input: CreateFeedbackFormInput) {
  return request('POST', forms(projectId), FeedbackForm, input);
}

export function updateForm(
  projectId: string,
  formId: string,
  input: FeedbackFormInput & { version: number },
) {
  return request('PATCH', `${forms(projectId)}/${seg(formId)}`, FeedbackForm, input);
}

export function publishForm(projectId: string, formId: string, version: number) {
  return request('POST', `${forms(projectId)}/${seg(formId)}/publish`, FeedbackForm, { version });
}

export function placeOpenAnswersOnBoard(projectId: string, formId: string) {
  return request('POST', `${forms(projectId)}/${seg(formId)}/board`, FeedbackBoardCreated);
}
