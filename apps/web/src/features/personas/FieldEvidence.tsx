import type { InsightEvidence } from '@timantti/contracts';
import { useT } from '../../i18n/LocaleProvider.tsx';

/**
 * What one field of a persona rests on, compactly: each cited item by its participant code (or
 * source) and session, linked to the item in the evidence list below; withdrawn ones say so.
 */
export function FieldEvidence({
  ids,
  evidence,
}: {
  ids: readonly string[];
  evidence: ReadonlyMap<string, InsightEvidence>;
}) {
  const t = useT();
  const items = ids.flatMap((id) => evidence.get(id) ?? []);
  if (items.length === 0)
    return <p className="persona-field__evidence muted">{t('persona.field.noEvidence')}</p>;
  return (
    <div className="persona-field__evidence">
      <span className="persona-field__evidence-label">{t('persona.field.restsOn')}</span>
      <ul>
        {items.map((item) => {
          const who =
            item.participantCode ?? item.source?.title ?? t('persona.field.noParticipant');
          const where = item.session?.title;
          return (
            <li key={item.id}>
              <a href={`#evidence-${item.id}`} className="link">
                {where ? `${who}, ${where}` : who}
              </a>
              {item.withdrawn ? (
                <span className="persona-field__withdrawn"> ({t('persona.field.withdrawn')})</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
