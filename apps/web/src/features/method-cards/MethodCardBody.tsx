import type { MethodCard } from '@timantti/contracts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { sectionKey } from './card-text.ts';

/** What a card says, section by section, in the card's own language. */
export function MethodCardBody({ card }: { card: MethodCard }) {
  const t = useT();
  const { content } = card;
  const list = (items: readonly string[], ordered = false) => {
    const Tag = ordered ? 'ol' : 'ul';
    return (
      <Tag className={ordered ? 'method-card__steps' : 'method-card__list'} lang={card.language}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </Tag>
    );
  };
  return (
    <div className="method-card__body">
      <section aria-labelledby="method-purpose">
        <h2 id="method-purpose">{t(sectionKey('purpose'))}</h2>
        <p lang={card.language}>{content.purpose}</p>
      </section>
      <section aria-labelledby="method-steps">
        <h2 id="method-steps">{t(sectionKey('steps'))}</h2>
        {list(content.steps, true)}
      </section>
      {content.materials.length > 0 ? (
        <section aria-labelledby="method-materials">
          <h2 id="method-materials">{t(sectionKey('materials'))}</h2>
          {list(content.materials)}
        </section>
      ) : null}
      <div className="method-card__advice">
        {content.tips.length > 0 ? (
          <section aria-labelledby="method-tips" className="method-card__tips">
            <h2 id="method-tips">{t(sectionKey('tips'))}</h2>
            {list(content.tips)}
          </section>
        ) : null}
        {content.pitfalls.length > 0 ? (
          <section aria-labelledby="method-pitfalls" className="method-card__pitfalls">
            <h2 id="method-pitfalls">{t(sectionKey('pitfalls'))}</h2>
            {list(content.pitfalls)}
          </section>
        ) : null}
      </div>
      {content.example ? (
        <section aria-labelledby="method-example">
          <h2 id="method-example">{t(sectionKey('example'))}</h2>
          <p lang={card.language} className="method-card__example">
            {content.example}
          </p>
        </section>
      ) : null}
    </div>
  );
}
