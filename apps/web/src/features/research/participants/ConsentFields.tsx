import { consentMethods } from '@timantti/contracts';
import { consentMethodKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Select } from '../../../ui/Select.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import type { FieldErrors } from '../../../ui/useFormErrors.ts';
import type { ConsentValues } from './consent-values.ts';

/** Purpose, date given, how it was given and when it expires: the consent record's fields. */
export function ConsentFields({
  value,
  onChange,
  errors,
  legend,
}: {
  value: ConsentValues;
  onChange: (value: ConsentValues) => void;
  errors: FieldErrors;
  legend?: string;
}) {
  const t = useT();
  const set = <K extends keyof ConsentValues>(key: K, next: ConsentValues[K]) =>
    onChange({ ...value, [key]: next });
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend ?? t('consent.title')}</legend>
      <TextField
        name="purpose"
        label={t('consent.purpose')}
        description={t('consent.purposeHint')}
        value={value.purpose}
        onChange={(next) => set('purpose', next)}
        errorMessage={errors.purpose}
        maxLength={1000}
        isRequired
      />
      <div className="field-row">
        <TextField
          name="givenOn"
          type="date"
          label={t('consent.givenOn')}
          value={value.givenOn}
          onChange={(next) => set('givenOn', next)}
          errorMessage={errors.givenOn}
          isRequired
        />
        <Select
          name="method"
          label={t('consent.method')}
          options={consentMethods.map((method) => ({
            id: method,
            label: t(consentMethodKey(method)),
          }))}
          value={value.method}
          onChange={(next) => set('method', next)}
          errorMessage={errors.method}
        />
        <TextField
          name="expiresOn"
          type="date"
          label={t('consent.expiresOn')}
          description={t('consent.expiresOnHint')}
          value={value.expiresOn}
          onChange={(next) => set('expiresOn', next)}
          errorMessage={errors.expiresOn}
        />
      </div>
    </fieldset>
  );
}
