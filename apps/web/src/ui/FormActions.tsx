import { useT } from '../i18n/LocaleProvider.tsx';
import { Button } from './Button.tsx';

/** A form's submit button and, when the form can be left, a cancel button beside it. */
export function FormActions({
  submitLabel,
  isPending,
  onCancel,
}: {
  submitLabel: string;
  isPending: boolean;
  onCancel?: (() => void) | undefined;
}) {
  const t = useT();
  return (
    <div className="form__actions">
      <Button type="submit" isPending={isPending}>
        {submitLabel}
      </Button>
      {onCancel ? (
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      ) : null}
    </div>
  );
}
