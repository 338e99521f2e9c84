import type { Project } from '@timantti/contracts';
import { archiveProject, restoreProject } from '../../api/projects.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { useProjectMutation } from './useProjectMutation.ts';

/** Archive or restore, each after a confirmation. */
export function ArchiveControl({ project }: { project: Project }) {
  const t = useT();
  const archive = useProjectMutation(() => archiveProject(project.id));
  const restore = useProjectMutation(() => restoreProject(project.id));
  if (!project.abilities.archive) return null;

  return project.archived ? (
    <ConfirmDialog
      trigger={<Button variant="secondary">{t('project.archive.restore')}</Button>}
      title={t('project.archive.restoreTitle', { name: project.name })}
      confirmLabel={t('project.archive.restoreConfirm')}
      variant="primary"
      onConfirm={() => restore.mutateAsync(undefined)}
    >
      <p>{t('project.archive.restoreText')}</p>
    </ConfirmDialog>
  ) : (
    <ConfirmDialog
      trigger={<Button variant="secondary">{t('project.archive.archive')}</Button>}
      title={t('project.archive.archiveTitle', { name: project.name })}
      confirmLabel={t('project.archive.archiveConfirm')}
      onConfirm={() => archive.mutateAsync(undefined)}
    >
      <p>{t('project.archive.archiveText')}</p>
    </ConfirmDialog>
  );
}
