import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { MethodCard, type MethodCardContent } from '@timantti/contracts';
import { useState } from 'react';
import {
  createMethodCard,
  methodCardQuery,
  methodCardsKey,
  methodCardsQuery,
  updateMethodCard,
} from '../api/method-cards.ts';
import { organisationQuery } from '../api/queries.ts';
import { useDocumentTitle } from '../features/layout/document-title.ts';
import { comparedSections } from '../features/method-cards/compare-sections.ts';
import {
  failCardForm,
  MethodCardForm,
  type MethodCardFormValues,
} from '../features/method-cards/MethodCardForm.tsx';
import { localeKey } from '../i18n/keys.ts';
import type { LocaleCode } from '@timantti/i18n/core';
import { useLocale, useT } from '../i18n/LocaleProvider.tsx';
import { paths } from '../paths.ts';
import { EditConflictDialog } from '../ui/EditConflictDialog.tsx';
import { linesOf } from '../ui/edit-conflict.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useEditConflict } from '../ui/useEditConflict.ts';
import { useFormErrors } from '../ui/useFormErrors.ts';
import { NotFoundPage } from './not-found.tsx';

const blank: MethodCardContent = {
  title: '',
  purpose: '',
  phases: [],
  steps: [],
  minutes: { min: 30, max: 60 },
  groupSize: { min: 2, max: 8 },
  materials: [],
  tips: [],
  pitfalls: [],
  example: '',
  tool: null,
};

/** A save of a card: every view of the organisation's cards is refreshed, then its page opens. */
function useCardSave<V>(
  orgId: string,
  orgSlug: string,
  language: LocaleCode,
  save: (input: V) => Promise<MethodCard>,
  caught: (error: unknown, input: V) => boolean = () => false,
) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormErrors();
  const keep = (card: MethodCard) => {
    queryClient.setQueryData(methodCardQuery(orgId, card.key, language).queryKey, card);
    void queryClient.invalidateQueries({ queryKey: methodCardsKey(orgId) });
  };
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (card) => {
      keep(card);
      void navigate({ href: paths.method(orgSlug, card.key) });
    },
    onError: (error, input) => {
      if (!caught(error, input)) failCardForm(form, error);
    },
  });
  return { form, mutation, keep };
}

const newRoute = getRouteApi('/signed-in/o/$orgSlug/methods/new');

export function NewMethodCardPage() {
  const t = useT();
  const navigate = useNavigate();
  const { locale } = useLocale();
  const { org } = newRoute.useRouteContext();
  const organisation = useSuspenseQuery(organisationQuery(org.id)).data;
  const { abilities } = useSuspenseQuery(methodCardsQuery(org.id, locale, {})).data;
  const { form, mutation } = useCardSave(org.id, org.slug, locale, (values: MethodCardFormValues) =>
    createMethodCard(org.id, values),
  );
  useDocumentTitle(t('methods.new.title'), organisation.name);
  if (!abilities.create) return <NotFoundPage />;
  return (
    <div className="form-page">
      <p className="page-header__context">{organisation.name}</p>
      <PageHeading>{t('methods.new.title')}</PageHeading>
      <p className="lead">{t('methods.new.intro')}</p>
      <MethodCardForm
        initial={{ language: locale, content: blank }}
        chooseLanguage
        form={form}
        submitLabel={t('methods.new.submit')}
        isPending={mutation.isPending}
        onSubmit={(values) => mutation.mutate(values)}
        onCancel={() => void navigate({ href: paths.methods(org.slug) })}
      />
    </div>
  );
}

const editRoute = getRouteApi('/signed-in/o/$orgSlug/methods/$key/edit');

export function EditMethodCardPage() {
  const t = useT();
  const navigate = useNavigate();
  const { locale } = useLocale();
  const { org } = editRoute.useRouteContext();
  const { key } = editRoute.useParams();
  const organisation = useSuspenseQuery(organisationQuery(org.id)).data;
  const card = useSuspenseQuery(methodCardQuery(org.id, key, locale)).data;
  // The version the form was opened on, or the one "keep mine" saves on.
  const [version, setVersion] = useState(card.version);
  const conflicts = useEditConflict<typeof MethodCard, MethodCardFormValues>(MethodCard);
  type Edit = { values: MethodCardFormValues; version: number | null };
  const { form, mutation, keep } = useCardSave(
    org.id,
    org.slug,
    locale,
    (edit: Edit) => updateMethodCard(org.id, key, { ...edit.values, version: edit.version }),
    (error, edit) => conflicts.catchConflict(error, edit.values),
  );
  useDocumentTitle(
    t('methods.edit.title', { title: card.content.title }),
    t('methods.title'),
    organisation.name,
  );
  const conflict = conflicts.conflict;
  if (!card.abilities.edit) return <NotFoundPage />;
  const text = (value: string | readonly string[]) =>
    typeof value === 'string' ? value : linesOf(value);
  return (
    <div className="form-page">
      <p className="page-header__context">{organisation.name}</p>
      <PageHeading>{t('methods.edit.title', { title: card.content.title })}</PageHeading>
      <p className="lead">
        {card.origin === 'own'
          ? t('methods.edit.introOwn')
          : t('methods.edit.intro', { language: t(localeKey(card.language)) })}
      </p>
      <MethodCardForm
        initial={{ language: card.language, content: card.content }}
        chooseLanguage={card.origin === 'own'}
        form={form}
        submitLabel={t('methods.edit.submit')}
        isPending={mutation.isPending}
        onSubmit={(values) => mutation.mutate({ values, version })}
        onCancel={() => void navigate({ href: paths.method(org.slug, key) })}
      />
      <EditConflictDialog
        isOpen={conflict !== null}
        fields={
          conflict
            ? comparedSections(t, locale, conflict.mine.content, conflict.current.content).map(
                (section) => ({
                  id: section.id,
                  label: section.label,
                  mine: text(section.ours),
                  theirs: text(section.shipped),
                }),
              )
            : []
        }
        onTakeTheirs={() => {
          if (conflict) keep(conflict.current);
          conflicts.clear();
          void navigate({ href: paths.method(org.slug, key) });
        }}
        onKeepMine={() => {
          if (!conflict) return;
          conflicts.clear();
          setVersion(conflict.current.version);
          mutation.mutate({ values: conflict.mine, version: conflict.current.version });
        }}
        onDismiss={conflicts.clear}
      />
    </div>
  );
}
