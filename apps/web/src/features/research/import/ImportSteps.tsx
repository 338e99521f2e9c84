import { useT } from '../../../i18n/LocaleProvider.tsx';

export type ImportStepName = 'upload' | 'setup' | 'done';

/** Where the import is: the file, its columns and consent, then the import itself. */
export function ImportSteps({ current }: { current: ImportStepName }) {
  const t = useT();
  const steps = [
    { name: 'upload', label: t('import.steps.upload') },
    { name: 'setup', label: t('import.steps.setup') },
    { name: 'done', label: t('import.steps.done') },
  ] as const;
  return (
    <ol className="steps" aria-label={t('import.steps')}>
      {steps.map(({ name, label }, index) => (
        <li
          key={name}
          className={current === name ? 'steps__step steps__step--current' : 'steps__step'}
          aria-current={current === name ? 'step' : undefined}
        >
          {t('import.step', { position: index + 1, name: label })}
        </li>
      ))}
    </ol>
  );
}
