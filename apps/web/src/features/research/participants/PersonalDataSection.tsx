import { useMutation } from '@tanstack/react-query';
import type { Participant } from '@timantti/contracts';
import { isApiError } from '../../../api/client.ts';
import { eraseParticipant, exportParticipant } from '../../../api/participants.ts';
import { focusAfterDialog } from '../../layout/focus.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { ConfirmDialog } from '../../../ui/Dialog.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { useResearchMutation } from '../useResearchProject.ts';
import { downloadJson, exportFileName } from './download.ts';

/** The data subject's rights: a copy of everything kept (export) and erasure everywhere. */
export function PersonalDataSection({
  participant,
  onAnnounce,
  onForbidden,
}: {
  participant: Participant;
  onAnnounce: (message: string) => void;
  onForbidden: () => void;
}) {
  const t = useT();
  const { projectId, id, code } = participant;
  const exportData = useMutation({
    mutationFn: () => exportParticipant(projectId, id),
    onSuccess: (data) => {
      const fileName = exportFileName(code);
      downloadJson(fileName, data);
      onAnnounce(t('participant.export.done', { fileName }));
    },
    onError: (error) => {
      if (isApiError(error, 403)) onForbidden();
    },
  });
  const erase = useResearchMutation(projectId, () => eraseParticipant(projectId, id));

  return (
    <section className="project-section" aria-labelledby="rights-heading">
      <h2 id="rights-heading" tabIndex={-1}>
        {t('participant.rights.title')}
      </h2>
      <p>{t('participant.rights.intro')}</p>
      <FormProblem error={exportData.error} />
      <div className="button-row">
        <Button
          variant="secondary"
          isPending={exportData.isPending}
          onPress={() => exportData.mutate()}
        >
          {t('participant.export.button')}
        </Button>
        {participant.erased ? null : (
          <ConfirmDialog
            trigger={<Button variant="danger">{t('participant.erase.button')}</Button>}
            title={t('participant.erase.title', { code })}
            confirmLabel={t('participant.erase.confirm')}
            onConfirm={() =>
              erase.mutateAsync(undefined).then(() => {
                onAnnounce(t('participant.erase.done', { code }));
                focusAfterDialog(() => document.getElementById('rights-heading'));
              })
            }
          >
            <p>
              <strong>{t('participant.erase.irreversible')}</strong>
            </p>
            <ul className="bullet-list">
              <li>{t('participant.erase.contact')}</li>
              <li>{t('participant.erase.notes')}</li>
              <li>{t('participant.erase.evidence')}</li>
              <li>{t('participant.erase.insights')}</li>
              <li>{t('participant.erase.code', { code })}</li>
            </ul>
          </ConfirmDialog>
        )}
      </div>
    </section>
  );
}
