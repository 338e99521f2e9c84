import type { ConceptDiff, DiffPart } from '@timantti/contracts';
import { conceptFieldKey, listItemDiffKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';

/**
 * Words inserted and deleted, marked as <ins> and <del> with a text label each, so a screen
 * reader and a reader who cannot tell the colours apart both hear what changed.
 */
function Parts({ parts }: { parts: DiffPart[] }) {
  const t = useT();
  return (
    <>
      {parts.map((part, index) =>
        part.op === 'insert' ? (
          <ins key={index} className="diff__ins">
            <span className="visually-hidden">{t('concept.diff.inserted')} </span>
            {part.text}
          </ins>
        ) : part.op === 'delete' ? (
          <del key={index} className="diff__del">
            <span className="visually-hidden">{t('concept.diff.deleted')} </span>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** The fields that differ between two versions, text by words and lists item by item. */
export function ConceptDiffView({ diff }: { diff: ConceptDiff }) {
  const t = useT();
  if (diff.fields.length === 0) return <p>{t('concept.diff.none')}</p>;
  return (
    <div className="diff">
      <p>{t('concept.diff.changedCount', { count: diff.fields.length })}</p>
      <dl className="diff__fields">
        {diff.fields.map((field) => (
          <div key={field.field} className="diff__field">
            <dt className="diff__label">{t(conceptFieldKey(field.field))}</dt>
            <dd className="diff__value">
              {field.kind === 'text' ? (
                <p className="diff__text">
                  <Parts parts={field.parts} />
                </p>
              ) : (
                <ul className="diff__items">
                  {field.items.map((item) => (
                    <li key={item.id} className={`diff__item diff__item--${item.op}`}>
                      <span className="diff__tag">
                        {t(listItemDiffKey(item.op))}
                        {item.op === 'changed' && item.moved
                          ? ` ${t('concept.diff.alsoMoved')}`
                          : ''}
                        :
                      </span>{' '}
                      <Parts parts={item.parts} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
