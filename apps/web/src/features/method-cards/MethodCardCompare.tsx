import type { MethodCard, MethodCardContent } from '@timantti/contracts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { differingSections } from './compare-sections.ts';

function SectionText({ value, lang }: { value: string | readonly string[]; lang: string }) {
  if (typeof value === 'string') return <p lang={lang}>{value}</p>;
  return (
    <ol lang={lang} className="method-compare__lines">
      {value.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ol>
  );
}

/**
 * The organisation's copy beside the shipped card, only where they differ: side by side where
 * there is room, one under the other on a phone.
 */
export function MethodCardCompare({
  id,
  card,
  shipped,
}: {
  id: string;
  card: MethodCard;
  shipped: MethodCardContent;
}) {
  const t = useT();
  const { locale } = useLocale();
  const sections = differingSections(t, locale, card.content, shipped);
  return (
    <section id={id} className="method-compare" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('methods.compare.title')}</h2>
      {sections.length === 0 ? (
        <p>{t('methods.compare.same')}</p>
      ) : (
        <>
          <p>{t('methods.compare.intro')}</p>
          {sections.map((section) => (
            <section
              key={section.id}
              className="method-compare__section"
              aria-labelledby={`${id}-section-${section.id}`}
            >
              <h3 id={`${id}-section-${section.id}`}>{section.label}</h3>
              <div className="method-compare__columns">
                <div className="method-compare__ours">
                  <h4>{t('methods.compare.ours')}</h4>
                  <SectionText value={section.ours} lang={card.language} />
                </div>
                <div className="method-compare__shipped">
                  <h4>{t('methods.compare.shipped')}</h4>
                  <SectionText value={section.shipped} lang={card.language} />
                </div>
              </div>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
