import { useMutation } from '@tanstack/react-query';
import type { Participant } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { fetchContact, saveContact } from '../../../api/participants.ts';
import { isApiError } from '../../../api/client.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { useFormErrors } from '../../../ui/useFormErrors.ts';
import { useResearchMutation } from '../useResearchProject.ts';
import { ContactFields, emptyContact, type Contact } from './ContactFields.tsx';

/**
 * Contact details are kept apart and shown only on request: every view is written to the audit
 * log, which the page says before the button is pressed.
 */
export function ContactSection({
  participant,
  onAnnounce,
  onForbidden,
}: {
  participant: Participant;
  onAnnounce: (message: string) => void;
  /** The server refused: the user may not handle personal data after all. */
  onForbidden: () => void;
}) {
  const t = useT();
  const { projectId, id } = participant;
  const [contact, setContact] = useState<Contact | null>(null);
  const [draft, setDraft] = useState<Contact | null>(null);
  const form = useFormErrors();
  const showRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);

  const reveal = useMutation({
    mutationFn: () => fetchContact(projectId, id),
    onError: (error) => {
      // The server decides who handles personal data; without the right the section goes.
      if (isApiError(error, 403)) onForbidden();
    },
  });
  const save = useResearchMutation(projectId, (input: Contact) =>
    saveContact(projectId, id, input),
  );

  if (participant.erased) return null;

  const startEditing = (current: Contact) => {
    setDraft(current);
    requestAnimationFrame(() =>
      document.getElementById(form.formId)?.querySelector<HTMLInputElement>('input')?.focus(),
    );
  };
  const stopEditing = (message: string) => {
    setDraft(null);
    form.reset();
    onAnnounce(message);
    requestAnimationFrame(() => (editRef.current ?? showRef.current)?.focus());
  };

  return (
    <section className="project-section" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{t('contact.title')}</h2>
      <p id="contact-audit-note">{t('contact.auditNote')}</p>
      <FormProblem error={reveal.error} />
      {draft ? (
        <Form
          id={form.formId}
          className="form"
          validationBehavior="aria"
          onSubmit={(event) => {
            event.preventDefault();
            const input = {
              name: draft.name.trim(),
              phone: draft.phone.trim(),
              email: draft.email.trim(),
            };
            save.mutate(input, {
              onSuccess: (saved) => {
                setContact(saved);
                stopEditing(t('contact.saved'));
              },
              onError: (error) => form.fail(error),
            });
          }}
        >
          <FormProblem error={form.problem} />
          <ContactFields value={draft} onChange={setDraft} errors={form.errors} />
          <div className="form__actions">
            <Button type="submit" isPending={save.isPending}>
              {t('contact.save')}
            </Button>
            <Button variant="secondary" onPress={() => stopEditing('')}>
              {t('common.cancel')}
            </Button>
          </div>
        </Form>
      ) : contact ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t('contact.name')}</dt>
              <dd>{contact.name || t('contact.notGiven')}</dd>
            </div>
            <div>
              <dt>{t('contact.phone')}</dt>
              <dd>{contact.phone || t('contact.notGiven')}</dd>
            </div>
            <div>
              <dt>{t('contact.email')}</dt>
              <dd>{contact.email || t('contact.notGiven')}</dd>
            </div>
          </dl>
          <div className="button-row">
            <Button ref={editRef} variant="secondary" onPress={() => startEditing(contact)}>
              {t('contact.edit')}
            </Button>
            <Button
              variant="tertiary"
              onPress={() => {
                setContact(null);
                onAnnounce(t('contact.hidden'));
                requestAnimationFrame(() => showRef.current?.focus());
              }}
            >
              {t('contact.hide')}
            </Button>
          </div>
        </>
      ) : participant.hasContact ? (
        <div className="button-row">
          <Button
            ref={showRef}
            variant="secondary"
            aria-describedby="contact-audit-note"
            isPending={reveal.isPending}
            onPress={() =>
              reveal.mutate(undefined, {
                onSuccess: (shown) => {
                  setContact(shown);
                  onAnnounce(t('contact.shown'));
                  requestAnimationFrame(() => editRef.current?.focus());
                },
              })
            }
          >
            {t('contact.show')}
          </Button>
        </div>
      ) : (
        <>
          <p className="muted">{t('contact.none')}</p>
          <div className="button-row">
            <Button ref={showRef} variant="secondary" onPress={() => startEditing(emptyContact)}>
              {t('contact.add')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
