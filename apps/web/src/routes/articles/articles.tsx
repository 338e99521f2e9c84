import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { ArticleSummary } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import {
  articlesKey,
  createArticle,
  installationArticlesQuery,
  organisationArticlesQuery,
} from '../../api/articles.ts';
import { organisationQuery } from '../../api/queries.ts';
import { ArticleSummaryList } from '../../features/articles/ArticleSummaryList.tsx';
import { useDocumentTitle } from '../../features/layout/document-title.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

const route = getRouteApi('/signed-in/o/$orgSlug/articles');

/**
 * The organisation's article collection (its drafts too) and, below it, what other public
 * bodies of the installation have published.
 */
export function ArticlesPage() {
  const t = useT();
  const { org } = route.useRouteContext();
  const organisation = useSuspenseQuery(organisationQuery(org.id)).data;
  const own = useSuspenseQuery(organisationArticlesQuery(org.id)).data;
  const everyone = useSuspenseQuery(installationArticlesQuery).data;
  const others = everyone.items.filter((article) => article.organisation.id !== org.id);
  useDocumentTitle(t('article.list.title'), organisation.name);

  return (
    <>
      <p className="page-header__context">{organisation.name}</p>
      <PageHeading>{t('article.list.title')}</PageHeading>
      <p className="lead">{t('article.list.intro')}</p>
      {own.abilities.create ? <NewArticleForm orgId={org.id} orgSlug={org.slug} /> : null}
      <section aria-labelledby="own-articles">
        <h2 id="own-articles">{t('article.list.own')}</h2>
        {own.items.length === 0 ? (
          <p className="empty-state">{t('article.list.empty')}</p>
        ) : (
          <ArticleSummaryList orgSlug={org.slug} articles={own.items} />
        )}
      </section>
      <section aria-labelledby="other-articles">
        <h2 id="other-articles">{t('article.list.others')}</h2>
        {others.length === 0 ? (
          <p className="empty-state">{t('article.list.othersEmpty')}</p>
        ) : (
          collections(others).map((collection) => (
            <section key={collection.id} aria-labelledby={`collection-${collection.id}`}>
              <h3 id={`collection-${collection.id}`}>{collection.name}</h3>
              <ArticleSummaryList orgSlug={org.slug} articles={collection.articles} level={4} />
            </section>
          ))
        )}
      </section>
    </>
  );
}

/** Articles by the organisation that published them, each its own collection, in first-seen order. */
function collections(articles: readonly ArticleSummary[]) {
  const byOrganisation = new Map<
    string,
    { id: string; name: string; articles: ArticleSummary[] }
  >();
  for (const article of articles) {
    const { id, name } = article.organisation;
    const collection = byOrganisation.get(id) ?? { id, name, articles: [] };
    collection.articles.push(article);
    byOrganisation.set(id, collection);
  }
  return [...byOrganisation.values()];
}

function NewArticleForm({ orgId, orgSlug }: { orgId: string; orgSlug: string }) {
  const t = useT();
  const form = useFormErrors();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const create = useMutation({
    mutationFn: () => createArticle(orgId, { title: title.trim() }),
    onSuccess: async (article) => {
      await queryClient.invalidateQueries({ queryKey: articlesKey });
      await navigate({ href: paths.editArticle(orgSlug, article.id) });
    },
    onError: (failure) => form.fail(failure),
  });
  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby="new-article"
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(title.trim() ? {} : { title: t('validation.required') })) return;
        create.mutate();
      }}
    >
      <h2 id="new-article">{t('article.new.title')}</h2>
      <FormProblem error={form.problem} />
      <TextField
        name="title"
        label={t('article.field.title')}
        value={title}
        onChange={setTitle}
        errorMessage={form.errors.title}
        maxLength={200}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" isPending={create.isPending}>
          {t('article.new.submit')}
        </Button>
      </div>
    </Form>
  );
}
