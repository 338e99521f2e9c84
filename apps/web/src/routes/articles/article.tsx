import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { articleQuery } from '../../api/articles.ts';
import { CardLinks } from '../../features/articles/CardLinks.tsx';
import { useDocumentTitle } from '../../features/layout/document-title.ts';
import { formatDate, formatList } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { RichTextView } from '../../ui/rich-text/RichTextView.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/articles/$articleId');

/** One article of a collection, this organisation's or another's, as its readers see it. */
export function ArticlePage() {
  const t = useT();
  const { locale } = useLocale();
  const { org } = route.useRouteContext();
  const { articleId } = route.useParams();
  const article = useSuspenseQuery(articleQuery(articleId)).data;
  useDocumentTitle(article.title, article.organisation.name);
  const ownOrganisation = article.organisation.id === org.id;

  return (
    <article className="article">
      <p className="page-header__context">
        <Link href={paths.articles(org.slug)}>{t('article.list.title')}</Link>
        {' · '}
        {article.organisation.name}
      </p>
      <PageHeading>{article.title}</PageHeading>
      <p className="article__meta">
        {article.status === 'draft' ? (
          <Badge tone="warning">{t('article.status.draft')}</Badge>
        ) : (
          t('article.publishedOn', {
            date: formatDate(locale, article.publishedAt ?? article.updatedAt),
          })
        )}{' '}
        {t('article.by', {
          names: formatList(
            locale,
            article.authors.map((author) => author.displayName),
          ),
        })}
      </p>
      {article.abilities.edit ? (
        <p>
          <Link appearance="button" href={paths.editArticle(org.slug, article.id)}>
            {t('article.edit.open')}
          </Link>
        </p>
      ) : null}
      {article.summary ? <p className="lead">{article.summary}</p> : null}
      <RichTextView doc={article.content} />
      {article.images.map((image) => (
        <figure key={image.id} className="article__figure">
          <img src={image.url} alt={image.decorative ? '' : image.alt} loading="lazy" />
          {image.caption ? <figcaption>{image.caption}</figcaption> : null}
        </figure>
      ))}
      {ownOrganisation && article.projects.length > 0 ? (
        <section aria-labelledby="article-projects">
          <h2 id="article-projects">{t('article.projects')}</h2>
          <ul>
            {article.projects.map((project) => (
              <li key={project.id}>
                <Link href={paths.project(org.slug, project.id)}>{project.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CardLinks org={org} keys={article.cardKeys} />
    </article>
  );
}
