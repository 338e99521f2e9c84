import type { InsightEvidence } from '@timantti/contracts';
import { evidenceKindKey, sessionKindKey, sourceKindKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Link } from '../../ui/Link.tsx';
import { ConsentBadge } from '../research/ConsentBadge.tsx';
import { useSynthesisProject } from './useSynthesisProject.ts';

/**
 * One evidence item behind an insight, as a quote with its kind, session and participant; or,
 * once the participant was erased, the note that it was withdrawn, in the research pages' words.
 */
export function InsightEvidenceItem({
  item,
  onRemove,
  isRemoving,
}: {
  item: InsightEvidence;
  /** Takes the item out of the insight; absent when it may not be taken out. */
  onRemove?: (() => void) | undefined;
  isRemoving: boolean;
}) {
  const t = useT();
  const { research } = useSynthesisProject();
  const headingId = `insight-evidence-${item.id}-title`;
  const textId = `insight-evidence-${item.id}-text`;

  return (
    <article
      className="evidence card"
      id={`evidence-${item.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="evidence__heading">
        <Badge tone="info">{t(evidenceKindKey(item.kind))}</Badge>
        {item.participantCode && item.participantId ? (
          <Link href={research.participant(item.participantId)}>{item.participantCode}</Link>
        ) : null}
      </h3>
      {item.withdrawn ? (
        <p>
          <ConsentBadge status="missing" erased />
        </p>
      ) : item.consentStatus && item.consentStatus !== 'valid' ? (
        <p>
          <ConsentBadge status={item.consentStatus} withLabel />
        </p>
      ) : null}
      {item.withdrawn ? (
        <p id={textId} className="evidence__withdrawn">
          {t('evidence.withdrawn')}
        </p>
      ) : (
        <blockquote id={textId} className="evidence__text preserve-lines" lang={item.language}>
          {item.text}
        </blockquote>
      )}
      {item.session || item.source ? (
        <dl className="evidence__facts">
          {item.session ? (
            <div>
              <dt>{t('evidence.session')}</dt>
              <dd>
                <Link href={research.session(item.session.id)}>{item.session.title}</Link> (
                {t(sessionKindKey(item.session.kind))})
              </dd>
            </div>
          ) : null}
          {item.source ? (
            <div>
              <dt>{t('evidence.source')}</dt>
              <dd>
                <Link href={`${research.sources()}#source-${item.source.id}`}>
                  {item.source.title}
                </Link>{' '}
                ({t(sourceKindKey(item.source.kind))})
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {onRemove ? (
        <div className="button-row">
          <Button
            variant="tertiary"
            size="small"
            aria-describedby={`${headingId} ${textId}`}
            isPending={isRemoving}
            onPress={onRemove}
          >
            {t('insight.evidence.remove')}
          </Button>
        </div>
      ) : null}
    </article>
  );
}
