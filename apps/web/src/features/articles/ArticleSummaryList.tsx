import type { ArticleSummary } from '@timantti/contracts';
import { paths } from '../../paths.ts';
import { formatDate, formatList } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Link } from '../../ui/Link.tsx';

/** Articles as cards: title, who wrote it, when it went out (or that it is a draft). */
export function ArticleSummaryList({
  orgSlug,
  articles,
  showOrganisation,
}: {
  orgSlug: string;
  articles: readonly ArticleSummary[];
  showOrganisation?: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <ul className="article-list">
      {articles.map((article) => {
        const headingId = `article-${article.id}-title`;
        return (
          <li key={article.id}>
            <article className="card article-card" aria-labelledby={headingId}>
              <h3 id={headingId} className="article-card__title">
                <Link href={paths.article(orgSlug, article.id)}>{article.title}</Link>
              </h3>
              <p className="article-card__meta">
                {article.status === 'draft' ? (
                  <Badge tone="warning">{t('article.status.draft')}</Badge>
                ) : (
                  t('article.publishedOn', {
                    date: formatDate(locale, article.publishedAt ?? article.updatedAt),
                  })
                )}{' '}
                {showOrganisation ? `${article.organisation.name} · ` : ''}
                {formatList(
                  locale,
                  article.authors.map((author) => author.displayName),
                )}
              </p>
              {article.summary ? <p>{article.summary}</p> : null}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
