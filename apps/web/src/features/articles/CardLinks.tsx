import { useT } from '../../i18n/LocaleProvider.tsx';

/** The method cards an article or exercise draws on, named by their stable keys. */
export function CardName({ cardKey }: { cardKey: string }) {
  return <span className="card-key">{cardKey}</span>;
}

export function CardLinks({ keys }: { keys: readonly string[] }) {
  const t = useT();
  if (keys.length === 0) return null;
  return (
    <section aria-labelledby="article-cards">
      <h2 id="article-cards">{t('article.cards')}</h2>
      <ul className="chip-list">
        {keys.map((key) => (
          <li key={key}>
            <CardName cardKey={key} />
          </li>
        ))}
      </ul>
    </section>
  );
}
