import type { CreateParticipantInput } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { todayIso } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import type { useFormErrors } from '../../../ui/useFormErrors.ts';
import { translateProblems } from '../translate-problems.ts';
import { attributeFieldProblems, fromAttributeRows, type AttributeRow } from './attribute-rows.ts';
import { ConsentFields } from './ConsentFields.tsx';
import { consentInput, consentProblems, newConsent } from './consent-values.ts';
import { ContactFields, emptyContact, type Contact } from './ContactFields.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { ParticipantProfileFields, type ParticipantKind } from './ParticipantProfileFields.tsx';

/** A new participant: who they are (pseudonymously), their consent and, apart, their contact. */
export function ParticipantForm({
  form,
  withContact,
  isPending,
  onSubmit,
  onCancel,
}: {
  form: ReturnType<typeof useFormErrors>;
  /** Contact details are asked only from those who may handle personal data. */
  withContact: boolean;
  isPending: boolean;
  onSubmit: (input: z.input<typeof CreateParticipantInput>) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [kind, setKind] = useState<ParticipantKind>('customer');
  const [segment, setSegment] = useState('');
  const [attributes, setAttributes] = useState<AttributeRow[]>([]);
  const [consent, setConsent] = useState(() => newConsent(todayIso()));
  const [contact, setContact] = useState<Contact>(emptyContact);

  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = fromAttributeRows(attributes);
        const problems = {
          ...consentProblems(consent),
          ...(checked.problems ? attributeFieldProblems(attributes, checked.problems) : {}),
        };
        if (!form.check(translateProblems(problems, t)) || !checked.attributes) return;
        const hasContact = Object.values(contact).some((value) => value.trim() !== '');
        onSubmit({
          kind,
          segment: segment.trim(),
          attributes: checked.attributes,
          consent: consentInput(consent),
          ...(withContact && hasContact
            ? {
                contact: {
                  name: contact.name.trim(),
                  phone: contact.phone.trim(),
                  email: contact.email.trim(),
                },
              }
            : {}),
        });
      }}
    >
      <FormProblem error={form.problem} />
      <ParticipantProfileFields
        kind={kind}
        onKindChange={setKind}
        segment={segment}
        onSegmentChange={setSegment}
        attributes={attributes}
        onAttributesChange={setAttributes}
        errors={form.errors}
      />
      <ConsentFields value={consent} onChange={setConsent} errors={form.errors} />
      {withContact ? (
        <fieldset className="fieldset" aria-describedby="new-contact-hint">
          <legend className="fieldset__legend">{t('contact.optionalTitle')}</legend>
          <p id="new-contact-hint" className="field__description">
            {t('contact.storedApart')}
          </p>
          <ContactFields value={contact} onChange={setContact} errors={form.errors} />
        </fieldset>
      ) : null}
      <FormActions
        submitLabel={t('participant.new.submit')}
        isPending={isPending}
        onCancel={onCancel}
      />
    </Form>
  );
}
