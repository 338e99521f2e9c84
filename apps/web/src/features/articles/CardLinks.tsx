import { useQuery } from '@tanstack/react-query';
import { methodCardsQuery } from '../../api/method-cards.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Link } from '../../ui/Link.tsx';

/**
 * The organisation's method cards by key, with their titles in the reader's language: what
 * articles and exercises name by key. A key the organisation has no card for keeps its key.
 */
export function useCardTitles(orgId: string) {
  const { locale } = useLocale();
  const cards = useQuery(methodCardsQuery(orgId, locale, {}));
  const titles = new Map((cards.data?.items ?? []).map((card) => [card.key, card.title]));
  return {
    cards: cards.data?.items ?? [],
    titleOf: (key: string) => titles.get(key) ?? key,
    has: (key: string) => titles.has(key),
  };
}

/** A method card by its title, linked to its page when the organisation has it. */
export function CardName({
  org,
  cardKey,
  link = true,
}: {
  org: { id: string; slug: string };
  cardKey: string;
  link?: boolean;
}) {
  const { titleOf, has } = useCardTitles(org.id);
  if (!link || !has(cardKey)) return <span className="card-key">{titleOf(cardKey)}</span>;
  return <Link href={paths.method(org.slug, cardKey)}>{titleOf(cardKey)}</Link>;
}

export function CardLinks({
  org,
  keys,
}: {
  org: { id: string; slug: string };
  keys: readonly string[];
}) {
  const t = useT();
  if (keys.length === 0) return null;
  return (
    <section aria-labelledby="article-cards">
      <h2 id="article-cards">{t('article.cards')}</h2>
      <ul className="chip-list">
        {keys.map((key) => (
          <li key={key}>
            <CardName org={org} cardKey={key} />
          </li>
        ))}
      </ul>
    </section>
  );
}
