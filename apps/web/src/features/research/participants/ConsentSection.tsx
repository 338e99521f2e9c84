import type { Participant } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { recordConsent, withdrawConsent } from '../../../api/participants.ts';
import { formatCalendarDate, formatDateTime, todayIso } from '../../../i18n/format.ts';
import { consentMethodKey } from '../../../i18n/keys.ts';
import { useLocale, useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { useFormErrors } from '../../../ui/useFormErrors.ts';
import { ConsentBadge } from '../ConsentBadge.tsx';
import { translateProblems } from '../translate-problems.ts';
import { useResearchMutation } from '../useResearchProject.ts';
import { ConsentFields } from './ConsentFields.tsx';
import { consentInput, consentProblems, newConsent, type ConsentValues } from './consent-values.ts';
import { WithdrawConsentDialog } from './WithdrawConsentDialog.tsx';

/** The latest consent of a participant, a new one recorded, or the consent withdrawn. */
export function ConsentSection({
  participant,
  canWrite,
  onAnnounce,
}: {
  participant: Participant;
  canWrite: boolean;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const consent = participant.consent;
  const [recording, setRecording] = useState(false);
  const [values, setValues] = useState(() => newConsent(todayIso()));
  const form = useFormErrors();
  const recordRef = useRef<HTMLButtonElement>(null);
  const record = useResearchMutation(participant.projectId, (input: ConsentValues) =>
    recordConsent(participant.projectId, participant.id, consentInput(input)),
  );
  const withdraw = useResearchMutation(participant.projectId, (withdrawnOn: string) =>
    withdrawConsent(participant.projectId, participant.id, withdrawnOn),
  );
  const editable = canWrite && !participant.erased;

  const stopRecording = (message: string) => {
    setRecording(false);
    form.reset();
    onAnnounce(message);
    requestAnimationFrame(() => recordRef.current?.focus());
  };

  return (
    <section className="project-section" aria-labelledby="consent-heading">
      <div className="section-header">
        <h2 id="consent-heading">{t('consent.title')}</h2>
        <ConsentBadge status={participant.consentStatus} erased={participant.erased} />
      </div>
      {consent ? (
        <dl className="facts">
          <div>
            <dt>{t('consent.purpose')}</dt>
            <dd className="preserve-lines">{consent.purpose}</dd>
          </div>
          <div>
            <dt>{t('consent.givenOn')}</dt>
            <dd>{formatCalendarDate(locale, consent.givenOn)}</dd>
          </div>
          <div>
            <dt>{t('consent.method')}</dt>
            <dd>{t(consentMethodKey(consent.method))}</dd>
          </div>
          <div>
            <dt>{t('consent.expiresOn')}</dt>
            <dd>
              {consent.expiresOn
                ? formatCalendarDate(locale, consent.expiresOn)
                : t('consent.noExpiry')}
            </dd>
          </div>
          {consent.withdrawnOn ? (
            <div>
              <dt>{t('consent.withdrawnOn')}</dt>
              <dd>{formatCalendarDate(locale, consent.withdrawnOn)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('consent.recordedAt')}</dt>
            <dd>{formatDateTime(locale, consent.recordedAt)}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">{participant.erased ? t('consent.erased') : t('consent.none')}</p>
      )}
      {participant.consentStatus !== 'valid' && !participant.erased ? (
        <p>{t('consent.notValidNote')}</p>
      ) : null}
      {editable && recording ? (
        <Form
          id={form.formId}
          className="form"
          validationBehavior="aria"
          onSubmit={(event) => {
            event.preventDefault();
            if (!form.check(translateProblems(consentProblems(values), t))) return;
            record.mutate(values, {
              onSuccess: () => stopRecording(t('consent.recorded')),
              onError: (error) => form.fail(error),
            });
          }}
        >
          <FormProblem error={form.problem} />
          <ConsentFields
            legend={t('consent.newTitle')}
            value={values}
            onChange={setValues}
            errors={form.errors}
          />
          <div className="form__actions">
            <Button type="submit" isPending={record.isPending}>
              {t('consent.save')}
            </Button>
            <Button variant="secondary" onPress={() => stopRecording('')}>
              {t('common.cancel')}
            </Button>
          </div>
        </Form>
      ) : null}
      {editable && !recording ? (
        <div className="button-row">
          <Button
            ref={recordRef}
            variant="secondary"
            onPress={() => {
              setValues(newConsent(todayIso()));
              setRecording(true);
              requestAnimationFrame(() =>
                document
                  .getElementById(form.formId)
                  ?.querySelector<HTMLTextAreaElement | HTMLInputElement>('input, textarea')
                  ?.focus(),
              );
            }}
          >
            {t('consent.recordNew')}
          </Button>
          {consent && !consent.withdrawnOn ? (
            <WithdrawConsentDialog
              code={participant.code}
              givenOn={consent.givenOn}
              onWithdraw={(withdrawnOn) =>
                withdraw.mutateAsync(withdrawnOn).then(() => onAnnounce(t('consent.withdrawn')))
              }
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
