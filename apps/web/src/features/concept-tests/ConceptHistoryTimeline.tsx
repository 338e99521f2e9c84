import type { ConceptHistoryEntry } from '@timantti/contracts';
import { formatDateTime } from '../../i18n/format.ts';
import { testMethodKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Link } from '../../ui/Link.tsx';
import { useSynthesisProject } from '../synthesis/useSynthesisProject.ts';
import { FindingsSummary, RespondentsSummary } from './Findings.tsx';

/**
 * The concept's history as it happened, one step after another: v1 → test round (who answered,
 * by segment) → findings → v2, the draft last.
 */
export function ConceptHistoryTimeline({
  conceptId,
  items,
}: {
  conceptId: string;
  items: ConceptHistoryEntry[];
}) {
  const t = useT();
  const { locale } = useLocale();
  const { synthesis } = useSynthesisProject();
  if (items.every((item) => item.kind === 'version' && !item.frozen))
    return <p>{t('conceptTest.history.empty')}</p>;
  return (
    <ol className="concept-history">
      {items.map((item) => {
        switch (item.kind) {
          case 'version':
            return (
              <li
                key={`v${item.number}`}
                className="concept-history__step concept-history__step--version"
              >
                <strong>
                  {t(item.frozen ? 'conceptTest.history.version' : 'conceptTest.history.draft', {
                    number: item.number,
                  })}
                </strong>
                {item.at ? (
                  <span className="muted">
                    {' '}
                    {t('conceptTest.history.frozenAt', { date: formatDateTime(locale, item.at) })}
                  </span>
                ) : null}
                {item.reason ? <p>{item.reason}</p> : null}
                {item.startedFrom.length > 0 ? (
                  <p>
                    {t('conceptTest.history.startedFrom', {
                      rounds: item.startedFrom.map((round) => round.title).join(', '),
                    })}
                  </p>
                ) : null}
              </li>
            );
          case 'test_round':
            return (
              <li key={`r${item.id}`} className="concept-history__step">
                <Link href={synthesis.testRound(conceptId, item.id)}>
                  {t('conceptTest.history.round', { title: item.title })}
                </Link>{' '}
                <span className="muted">({t(testMethodKey(item.method))})</span>
                <p>
                  <RespondentsSummary respondents={item.respondents} />
                </p>
              </li>
            );
          case 'findings':
            return (
              <li key={`f${item.roundId}`} className="concept-history__step">
                <strong>{t('conceptTest.history.findings')}</strong>:{' '}
                <FindingsSummary counts={item.counts} />
              </li>
            );
        }
      })}
    </ol>
  );
}
