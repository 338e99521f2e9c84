import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { Article, RichTextDoc } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { articleQuery, articlesKey, updateArticle } from '../../api/articles.ts';
import { fetchProjects } from '../../api/projects.ts';
import { membersQuery } from '../../api/queries.ts';
import { ArticleImages } from '../../features/articles/ArticleImages.tsx';
import { useCardTitles } from '../../features/articles/CardLinks.tsx';
import { useDocumentTitle } from '../../features/layout/document-title.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Button } from '../../ui/Button.tsx';
import { Checkbox, CheckboxGroup } from '../../ui/Checkbox.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { RichTextEditor } from '../../ui/rich-text/lazy.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { NotFoundPage } from '../not-found.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/articles/$articleId/edit');

/** Writing an article: its text, images, authors and links, and publishing it. */
export function EditArticlePage() {
  const t = useT();
  const { org } = route.useRouteContext();
  const { articleId } = route.useParams();
  const article = useSuspenseQuery(articleQuery(articleId)).data;
  // Outside the form, which starts again on every stored version, so the message stays.
  const [message, setMessage] = useState('');
  useDocumentTitle(t('article.edit.title'), article.title);
  if (!article.abilities.edit || article.organisation.id !== org.id) return <NotFoundPage />;

  return (
    <>
      <p className="page-header__context">
        <Link href={paths.article(org.slug, article.id)}>{article.title}</Link>
      </p>
      <PageHeading>{t('article.edit.title')}</PageHeading>
      <LiveMessage message={message} />
      {/* Remounted on every stored version, so the form starts from what was stored. */}
      <ArticleForm
        key={article.version}
        article={article}
        orgId={org.id}
        orgSlug={org.slug}
        onDone={setMessage}
      />
      <ArticleImages article={article} />
    </>
  );
}

function ArticleForm({
  article,
  orgId,
  orgSlug,
  onDone,
}: {
  article: Article;
  orgId: string;
  orgSlug: string;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const members = useQuery(membersQuery(orgId));
  const { cards } = useCardTitles(orgId);
  const projects = useQuery({
    queryKey: ['projects', orgId, 'article-links'],
    queryFn: () => fetchProjects(orgId, {}),
  });
  const [title, setTitle] = useState(article.title);
  const [summary, setSummary] = useState(article.summary);
  const [content, setContent] = useState<RichTextDoc>(article.content);
  const [authorIds, setAuthorIds] = useState(article.authors.map((author) => author.id));
  const [projectIds, setProjectIds] = useState(article.projects.map((project) => project.id));
  const [cardKeys, setCardKeys] = useState<string[]>(article.cardKeys);
  const save = useMutation({
    mutationFn: () =>
      updateArticle(article.id, {
        version: article.version,
        title: title.trim(),
        summary: summary.trim(),
        content,
        authorIds,
        projectIds,
        cardKeys,
      }),
    onSuccess: () => onDone(t('article.edit.saved')),
    onError: (failure) => form.fail(failure),
    onSettled: () => queryClient.invalidateQueries({ queryKey: articlesKey }),
  });
  const publish = useMutation({
    mutationFn: (status: 'draft' | 'published') =>
      updateArticle(article.id, { version: article.version, status }),
    onSuccess: async (stored) => {
      await queryClient.invalidateQueries({ queryKey: articlesKey });
      if (stored.status === 'published')
        await navigate({ href: paths.article(orgSlug, stored.id) });
      else onDone(t('article.edit.unpublished'));
    },
    onError: (failure) => form.fail(failure),
  });

  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        const errors: Record<string, string> = {};
        if (!title.trim()) errors.title = t('validation.required');
        if (authorIds.length === 0) errors.authorIds = t('validation.required');
        if (!form.check(errors)) return;
        save.mutate();
      }}
    >
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
      <TextField
        name="summary"
        label={t('article.field.summary')}
        value={summary}
        onChange={setSummary}
        errorMessage={form.errors.summary}
        maxLength={1000}
        multiline
        rows={3}
      />
      <RichTextEditor
        label={t('article.field.content')}
        defaultValue={article.content}
        onChange={setContent}
        errorMessage={form.errors.content}
      />
      <CheckboxGroup
        name="authorIds"
        label={t('article.field.authors')}
        value={authorIds}
        onChange={setAuthorIds}
        errorMessage={form.errors.authorIds}
        orientation="vertical"
      >
        {(members.data?.items ?? []).map((member) => (
          <Checkbox key={member.userId} value={member.userId}>
            {member.displayName}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <CheckboxGroup
        name="projectIds"
        label={t('article.field.projects')}
        value={projectIds}
        onChange={setProjectIds}
        errorMessage={form.errors.projectIds}
        orientation="vertical"
      >
        {(projects.data?.items ?? []).map((project) => (
          <Checkbox key={project.id} value={project.id}>
            {project.name}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <CheckboxGroup
        name="cardKeys"
        label={t('article.field.cards')}
        value={cardKeys}
        onChange={setCardKeys}
        errorMessage={form.errors.cardKeys}
        orientation="vertical"
      >
        {cards.map((card) => (
          <Checkbox key={card.key} value={card.key}>
            <span lang={card.language}>{card.title}</span>
          </Checkbox>
        ))}
      </CheckboxGroup>
      <div className="form__actions">
        <Button type="submit" isPending={save.isPending}>
          {t('article.edit.save')}
        </Button>
        {article.abilities.publish ? (
          article.status === 'draft' ? (
            <Button
              variant="secondary"
              isPending={publish.isPending}
              onPress={() => publish.mutate('published')}
            >
              {t('article.edit.publish')}
            </Button>
          ) : (
            <Button
              variant="secondary"
              isPending={publish.isPending}
              onPress={() => publish.mutate('draft')}
            >
              {t('article.edit.unpublish')}
            </Button>
          )
        ) : null}
      </div>
    </Form>
  );
}
