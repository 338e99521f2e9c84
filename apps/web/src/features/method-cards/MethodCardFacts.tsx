import type { MethodCardContent } from '@timantti/contracts';
import { methodToolKey, phaseKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { durationText, groupText } from './card-text.ts';

/** When, how long, how many and with what: the facts a card is chosen by. */
export function MethodCardFacts({
  content,
  withTool = false,
}: {
  content: Pick<MethodCardContent, 'phases' | 'minutes' | 'groupSize' | 'tool'>;
  withTool?: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <dl className="method-facts">
      <div>
        <dt>{t('methods.phases')}</dt>
        <dd>{content.phases.map((phase) => t(phaseKey(phase))).join(', ')}</dd>
      </div>
      <div>
        <dt>{t('methods.time')}</dt>
        <dd>{durationText(t, locale, content.minutes)}</dd>
      </div>
      <div>
        <dt>{t('methods.groupSize')}</dt>
        <dd>{groupText(t, locale, content.groupSize)}</dd>
      </div>
      {withTool && content.tool ? (
        <div>
          <dt>{t('methods.section.tool')}</dt>
          <dd>{t(methodToolKey(content.tool))}</dd>
        </div>
      ) : null}
    </dl>
  );
}
