import { hypothesisResults, type FindingCounts, type Respondents } from '@timantti/contracts';
import { findingCountKey } from '../../i18n/keys.ts';
import { formatList } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';

/** A round's findings in a line: how many hypotheses were confirmed, refuted, unclear, open. */
export function FindingsSummary({ counts }: { counts: FindingCounts }) {
  const t = useT();
  const { locale } = useLocale();
  const parts = [...hypothesisResults, 'open' as const]
    .filter((result) => counts[result] > 0)
    .map((result) => t(findingCountKey(result), { count: counts[result] }));
  return <>{formatList(locale, parts)}</>;
}

/** Who answered, in all and by segment. */
export function RespondentsSummary({ respondents }: { respondents: Respondents }) {
  const t = useT();
  const { locale } = useLocale();
  const total = t('conceptTest.respondents', { count: respondents.total });
  if (respondents.bySegment.length === 0) return <>{total}</>;
  const segments = respondents.bySegment.map(({ segment, count }) =>
    t('conceptTest.segmentCount', { segment: segment || t('conceptTest.segmentNone'), count }),
  );
  return (
    <>
      {total} ({formatList(locale, segments)})
    </>
  );
}
