import type { Project } from '@timantti/contracts';
import { formatList } from '../../i18n/format.ts';
import { perspectiveKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { cx } from '../../ui/classes.ts';

/**
 * "Good work happens when an expert, a developer, a decision-maker and a customer are on
 * board": names the perspectives the team still lacks. The verdict is a polite live region, so
 * a change made in the team list below is announced.
 */
export function CompositionCheck({ composition }: { composition: Project['composition'] }) {
  const t = useT();
  const { locale } = useLocale();
  const missing = composition.missing.map((p) => t(perspectiveKey(p)));
  const complete = missing.length === 0;
  return (
    <div className={cx('composition', complete ? 'composition--complete' : 'composition--missing')}>
      <p className="composition__principle">{t('project.team.principle')}</p>
      <p role="status" aria-live="polite" className="composition__verdict">
        <span aria-hidden="true" className="composition__icon">
          {complete ? '✓' : '!'}
        </span>{' '}
        {complete
          ? t('project.team.allPerspectives')
          : t('project.team.missingPerspectives', { perspectives: formatList(locale, missing) })}
      </p>
    </div>
  );
}
