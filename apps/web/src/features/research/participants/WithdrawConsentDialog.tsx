import { useState } from 'react';
import { Form } from 'react-aria-components';
import { todayIso } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormDialog } from '../../../ui/FormDialog.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useFormErrors } from '../../../ui/useFormErrors.ts';

/** Records the day a participant withdrew their consent; new material cannot cite them after. */
export function WithdrawConsentDialog({
  code,
  givenOn,
  onWithdraw,
}: {
  code: string;
  givenOn: string;
  onWithdraw: (withdrawnOn: string) => Promise<unknown>;
}) {
  const t = useT();
  return (
    <FormDialog
      role="alertdialog"
      trigger={<Button variant="secondary">{t('consent.withdraw')}</Button>}
      title={t('consent.withdrawTitle', { code })}
    >
      {(close) => <WithdrawForm givenOn={givenOn} onWithdraw={onWithdraw} close={close} />}
    </FormDialog>
  );
}

function WithdrawForm({
  givenOn,
  onWithdraw,
  close,
}: {
  givenOn: string;
  onWithdraw: (withdrawnOn: string) => Promise<unknown>;
  close: () => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const [withdrawnOn, setWithdrawnOn] = useState(todayIso);
  const [pending, setPending] = useState(false);
  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        const errors: Record<string, string> = {};
        if (!withdrawnOn) errors.withdrawnOn = t('validation.required');
        else if (withdrawnOn < givenOn) errors.withdrawnOn = t('consent.withdrawnBeforeGiven');
        if (!form.check(errors)) return;
        setPending(true);
        onWithdraw(withdrawnOn).then(
          () => {
            setPending(false);
            close();
          },
          (error: unknown) => {
            setPending(false);
            form.fail(error);
          },
        );
      }}
    >
      <p>{t('consent.withdrawText')}</p>
      <FormProblem error={form.problem} />
      <TextField
        name="withdrawnOn"
        type="date"
        label={t('consent.withdrawnOn')}
        value={withdrawnOn}
        onChange={setWithdrawnOn}
        errorMessage={form.errors.withdrawnOn}
        isRequired
      />
      <div className="dialog__actions">
        <Button variant="secondary" onPress={close} isDisabled={pending}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="danger" isPending={pending}>
          {t('consent.withdrawConfirm')}
        </Button>
      </div>
    </Form>
  );
}
