import type { Contact as ContactSchema } from '@timantti/contracts';
import type { z } from 'zod';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import type { FieldErrors } from '../../../ui/useFormErrors.ts';

/** Name, phone and e-mail as the API takes and gives them. */
export type Contact = z.infer<typeof ContactSchema>;

export const emptyContact: Contact = { name: '', phone: '', email: '' };

/** Name, phone and e-mail: kept apart from the research material, and erasable. */
export function ContactFields({
  value,
  onChange,
  errors,
}: {
  value: Contact;
  onChange: (value: Contact) => void;
  errors: FieldErrors;
}) {
  const t = useT();
  return (
    <div className="field-row">
      <TextField
        name="name"
        label={t('contact.name')}
        autoComplete="off"
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        errorMessage={errors.name}
        maxLength={200}
      />
      <TextField
        name="phone"
        type="tel"
        label={t('contact.phone')}
        autoComplete="off"
        value={value.phone}
        onChange={(phone) => onChange({ ...value, phone })}
        errorMessage={errors.phone}
        maxLength={50}
      />
      <TextField
        name="email"
        type="email"
        label={t('contact.email')}
        autoComplete="off"
        value={value.email}
        onChange={(email) => onChange({ ...value, email })}
        errorMessage={errors.email}
        maxLength={254}
      />
    </div>
  );
}
