import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { FeedbackForm, type Locale } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { createForm, formQuery, publishForm, updateForm } from '../../api/feedback-forms.ts';
import { conceptsKey } from '../../api/concepts.ts';
import { researchKey } from '../../api/research-queries.ts';
import { FormBuilder } from '../../features/feedback-forms/FormBuilder.tsx';
import {
  draftOf,
  emptyDraft,
  errorSlots,
  helsinkiLocal,
  inputOf,
  placeError,
  type FormDraft,
} from '../../features/feedback-forms/form-draft.ts';
import { textOf } from '../../features/feedback-forms/form-text.ts';
import { questionKindKey } from '../../features/feedback-forms/QuestionEditor.tsx';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { useResearchProject } from '../../features/research/useResearchProject.ts';
import { localeKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { EditConflictDialog } from '../../ui/EditConflictDialog.tsx';
import type { ConflictField } from '../../ui/edit-conflict.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useEditConflict } from '../../ui/useEditConflict.ts';
import { useFormErrors, type FieldErrors } from '../../ui/useFormErrors.ts';
import { NotFoundPage } from '../not-found.tsx';

type Translate = ReturnType<typeof useT>;
type Save = { draft: FormDraft; publish: boolean };

/** The API's field errors of a failed save, at the builder's fields for the draft sent. */
function placedErrors(error: unknown, draft: FormDraft): FieldErrors {
  if (!isApiError(error) || !error.problem.errors) return {};
  const slots = errorSlots(draft);
  const fields: FieldErrors = {};
  for (const { path, message } of error.problem.errors)
    for (const name of placeError(path, draft, slots)) fields[name] ??= message;
  return fields;
}

/** A saved form is kept for its pages, and every list of the project's research refreshed. */
function useKeepForm(projectId: string) {
  const queryClient = useQueryClient();
  return (form: FeedbackForm) => {
    queryClient.setQueryData(formQuery(projectId, form.id).queryKey, form);
    void queryClient.invalidateQueries({ queryKey: researchKey(projectId) });
  };
}

/** A text in each of the languages, for comparing two versions side by side. */
const allTexts = (texts: Partial<Record<Locale, string>>, languages: readonly Locale[]) =>
  languages.map((language) => texts[language] ?? '').join(' / ');

function formConflictFields(t: Translate, mine: FormDraft, current: FeedbackForm): ConflictField[] {
  const input = inputOf(mine);
  const time = (instant: string | null) =>
    instant ? helsinkiLocal(instant).replace('T', ' ') : '';
  const questions = (form: Pick<FeedbackForm, 'questions' | 'languages'>) =>
    form.questions
      .map((q) => `${t(questionKindKey(q.kind))}: ${allTexts(q.label, form.languages)}`)
      .join('\n');
  const languages = (list: readonly Locale[]) => list.map((l) => t(localeKey(l))).join(', ');
  return [
    {
      id: 'languages',
      label: t('feedbackForms.builder.languages'),
      mine: languages(input.languages),
      theirs: languages(current.languages),
    },
    {
      id: 'title',
      label: t('feedbackForms.builder.titles'),
      mine: allTexts(input.title, input.languages),
      theirs: allTexts(current.title, current.languages),
    },
    {
      id: 'intro',
      label: t('feedbackForms.builder.intros'),
      mine: allTexts(input.intro, input.languages),
      theirs: allTexts(current.intro, current.languages),
    },
    {
      id: 'opensAt',
      label: t('feedbackForms.builder.opensAt'),
      mine: time(input.opensAt),
      theirs: time(current.opensAt),
    },
    {
      id: 'closesAt',
      label: t('feedbackForms.builder.closesAt'),
      mine: time(input.closesAt),
      theirs: time(current.closesAt),
    },
    {
      id: 'questions',
      label: t('feedbackForms.builder.questions'),
      mine: questions(input),
      theirs: questions(current),
    },
  ];
}

const newRoute = getRouteApi('/signed-in/o/$orgSlug/projects/$projectId/research/forms/new');

/**
 * A new draft form, written in the builder, made for the test round the address names if any;
 * saving opens it for editing, publishing lists it.
 */
export function NewFormPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { testRoundId } = newRoute.useSearch();
  const queryClient = useQueryClient();
  const { projectId, research, canWrite } = useResearchProject();
  const keep = useKeepForm(projectId);
  const form = useFormErrors();
  const [draft, setDraft] = useState(() => emptyDraft(locale));
  // Made by a try whose publishing then failed: the next try saves that form again, rather
  // than making a second one.
  const made = useRef<FeedbackForm | null>(null);
  const save = useMutation({
    mutationFn: async ({ draft: sent, publish }: Save) => {
      const saved = made.current
        ? await updateForm(projectId, made.current.id, {
            ...inputOf(sent),
            version: made.current.version,
          })
        : await createForm(projectId, {
            ...inputOf(sent),
            ...(testRoundId ? { testRoundId } : {}),
          });
      made.current = saved;
      return publish ? publishForm(projectId, saved.id, saved.version) : saved;
    },
    onSuccess: (saved) => {
      keep(saved);
      // The round shows its form now, and counts its answers among its respondents.
      if (testRoundId) void queryClient.invalidateQueries({ queryKey: conceptsKey(projectId) });
      void navigate({
        href: saved.status === 'published' ? research.forms() : research.editForm(saved.id),
        replace: saved.status !== 'published',
      });
    },
    onError: (error, { draft: sent }) => form.failAt(error, placedErrors(error, sent)),
  });
  if (!canWrite) return <NotFoundPage />;
  return (
    <div className="form-page">
      <ResearchPageHeader
        title={t('feedbackForms.new')}
        intro={t('feedbackForms.builder.newIntro')}
      />
      <FormBuilder
        draft={draft}
        onChange={setDraft}
        form={form}
        responseCount={0}
        canPublish
        submitLabel={t('feedbackForms.builder.save')}
        isPending={save.isPending}
        onSave={() => save.mutate({ draft, publish: false })}
        onPublish={() => save.mutate({ draft, publish: true })}
        onCancel={() => void navigate({ href: research.forms() })}
      />
    </div>
  );
}

const editRoute = getRouteApi(
  '/signed-in/o/$orgSlug/projects/$projectId/research/forms/$formId/edit',
);

/**
 * A form in the builder, saved on the version it was opened on: a save someone else made
 * meanwhile opens the edit conflict dialog, and a form with answers keeps what they mean.
 */
export function EditFormPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { formId } = editRoute.useParams();
  const { projectId, research, canWrite } = useResearchProject();
  const saved = useSuspenseQuery(formQuery(projectId, formId)).data;
  const keep = useKeepForm(projectId);
  const form = useFormErrors();
  const [draft, setDraft] = useState(() => draftOf(saved));
  // The version the builder was opened on, or the one "keep mine" saves on.
  const [version, setVersion] = useState(saved.version);
  const [announcement, setAnnouncement] = useState('');
  const conflicts = useEditConflict<typeof FeedbackForm, Save>(FeedbackForm);
  type Edit = Save & { version: number };
  const save = useMutation({
    mutationFn: async ({ draft: sent, publish, version: on }: Edit) => {
      const updated = await updateForm(projectId, formId, { ...inputOf(sent), version: on });
      return publish ? publishForm(projectId, formId, updated.version) : updated;
    },
    onSuccess: (form) => {
      keep(form);
      setVersion(form.version);
      if (form.status === 'published' && saved.status === 'draft') {
        void navigate({ href: research.forms() });
      } else {
        setAnnouncement(t('feedbackForms.builder.saved'));
      }
    },
    onError: (error, edit) => {
      if (!conflicts.catchConflict(error, edit))
        form.failAt(error, placedErrors(error, edit.draft));
    },
  });
  const conflict = conflicts.conflict;
  if (!canWrite || !saved.abilities.edit) return <NotFoundPage />;
  const title = textOf(saved.title, locale, saved.languages);
  return (
    <div className="form-page">
      <ResearchPageHeader title={t('feedbackForms.builder.editTitle', { title })} />
      <LiveMessage message={announcement} />
      <FormBuilder
        draft={draft}
        onChange={(next) => {
          setAnnouncement('');
          setDraft(next);
        }}
        form={form}
        responseCount={saved.responseCount}
        canPublish={saved.status === 'draft'}
        submitLabel={t(
          saved.status === 'draft'
            ? 'feedbackForms.builder.save'
            : 'feedbackForms.builder.saveChanges',
        )}
        isPending={save.isPending}
        onSave={() => save.mutate({ draft, publish: false, version })}
        onPublish={() => save.mutate({ draft, publish: true, version })}
        onCancel={() => void navigate({ href: research.forms() })}
      />
      <EditConflictDialog
        isOpen={conflict !== null}
        fields={conflict ? formConflictFields(t, conflict.mine.draft, conflict.current) : []}
        onTakeTheirs={() => {
          if (!conflict) return;
          keep(conflict.current);
          setDraft(draftOf(conflict.current));
          setVersion(conflict.current.version);
          conflicts.clear();
        }}
        onKeepMine={() => {
          if (!conflict) return;
          conflicts.clear();
          setVersion(conflict.current.version);
          save.mutate({ ...conflict.mine, version: conflict.current.version });
        }}
        onDismiss={conflicts.clear}
      />
    </div>
  );
}
