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
  level = 3,
}: {
  orgSlug: string;
  articles: readonly ArticleSummary[];
  /** The level of each article's heading under the list's own. */
  level?: 3 | 4;
}) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const t = useT();
  const { locale } = useLocale();
  return (
    <ul className="article-list">
      {articles.map((article) => {
        const headingId = `article-${article.id}-title`;
        return (
          <li key={article.id}>
            <article className="card article-card" aria-labelledby={headingId}>
              <Heading id={headingId} className="article-card__title">
                <Link href={paths.article(orgSlug, article.id)}>{article.title}</Link>
              </Heading>
              <p className="article-card__meta">
                {article.status === 'draft' ? (
                  <Badge tone="warning">{t('article.status.draft')}</Badge>
                ) : (
                  t('article.publishedOn', {
                    date: formatDate(locale, article.publishedAt ?? article.updatedAt),
                  })
                )}{' '}
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
