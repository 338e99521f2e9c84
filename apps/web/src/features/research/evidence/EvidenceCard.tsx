import { useQueryClient } from '@tanstack/react-query';
import { Evidence, type Tag } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { deleteEvidence, setEvidenceTags } from '../../../api/evidence.ts';
import { researchKey } from '../../../api/research-queries.ts';
import { formatDate } from '../../../i18n/format.ts';
import { evidenceKindKey } from '../../../i18n/keys.ts';
import { useLocale, useT } from '../../../i18n/LocaleProvider.tsx';
import { Badge } from '../../../ui/Badge.tsx';
import { Button } from '../../../ui/Button.tsx';
import { ConfirmDialog } from '../../../ui/Dialog.tsx';
import { EditConflictDialog } from '../../../ui/EditConflictDialog.tsx';
import { linesOf } from '../../../ui/edit-conflict.ts';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Link } from '../../../ui/Link.tsx';
import { useEditConflict } from '../../../ui/useEditConflict.ts';
import { focusAfterDialog } from '../../layout/focus.ts';
import { ConsentBadge } from '../ConsentBadge.tsx';
import { useResearchMutation, useResearchProject } from '../useResearchProject.ts';
import { TagPicker } from './TagPicker.tsx';

/** One evidence item: its words (or that they were withdrawn), where it came from, its tags. */
export function EvidenceCard({
  item,
  tags,
  sessionTitle,
  sourceTitle,
  onAnnounce,
  headingLevel = 2,
}: {
  item: Evidence;
  tags: Tag[];
  sessionTitle: string | null;
  sourceTitle: string | null;
  onAnnounce: (message: string) => void;
  /** 3 inside a page section that has its own heading. */
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { projectId, research, canWrite } = useResearchProject();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string[] | null>(null);
  // The version the tag edit was started on, or the one "keep mine" saves on.
  const [version, setVersion] = useState(item.version);
  const [problem, setProblem] = useState<unknown>(null);
  const conflicts = useEditConflict<typeof Evidence, string[]>(Evidence);
  const conflict = conflicts.conflict;
  const editRef = useRef<HTMLButtonElement>(null);
  const headingId = `evidence-${item.id}-title`;
  const saveTags = useResearchMutation(projectId, (edit: { tagIds: string[]; version: number }) =>
    setEvidenceTags(projectId, item.id, edit),
  );
  const tagNames = (ids: readonly string[]) =>
    linesOf(ids.map((id) => tags.find((tag) => tag.id === id)?.name ?? id));
  const remove = useResearchMutation(projectId, () => deleteEvidence(projectId, item.id));
  const kind = t(evidenceKindKey(item.kind));
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  const stopEditing = (message: string) => {
    setEditing(null);
    onAnnounce(message);
    requestAnimationFrame(() => editRef.current?.focus());
  };
  const submit = (tagIds: string[], onVersion: number) => {
    setProblem(null);
    saveTags.mutate(
      { tagIds, version: onVersion },
      {
        onSuccess: () => stopEditing(t('evidence.tagsSaved')),
        onError: (error) => {
          if (!conflicts.catchConflict(error, tagIds)) setProblem(error);
        },
      },
    );
  };

  return (
    <article
      className="evidence card"
      id={`evidence-${item.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className="evidence__heading">
        <Badge tone="info">{kind}</Badge>{' '}
        {item.participantCode ? (
          <>
            <Link href={research.participant(item.participantId ?? '')}>
              {item.participantCode}
            </Link>{' '}
          </>
        ) : null}
        <span className="muted evidence__date">{formatDate(locale, item.createdAt)}</span>
      </Heading>
      {item.withdrawn ? (
        <p>
          <ConsentBadge status="missing" erased />
        </p>
      ) : item.consentStatus && item.consentStatus !== 'valid' ? (
        <p>
          <ConsentBadge status={item.consentStatus} withLabel />
        </p>
      ) : null}
      {item.withdrawn ? (
        <p className="evidence__withdrawn">{t('evidence.withdrawn')}</p>
      ) : (
        <blockquote className="evidence__text preserve-lines" lang={item.language}>
          {item.text}
        </blockquote>
      )}
      <dl className="evidence__facts">
        {sessionTitle && item.sessionId ? (
          <div>
            <dt>{t('evidence.session')}</dt>
            <dd>
              <Link href={research.session(item.sessionId)}>{sessionTitle}</Link>
            </dd>
          </div>
        ) : null}
        {sourceTitle ? (
          <div>
            <dt>{t('evidence.source')}</dt>
            <dd>{sourceTitle}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('evidence.tags')}</dt>
          <dd>
            {item.tags.length === 0 ? (
              t('evidence.noTags')
            ) : (
              <ul className="inline-list">
                {item.tags.map((tag) => (
                  <li key={tag.id}>
                    <Link href={research.evidence({ tagId: tag.id })}>{tag.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {editing ? (
        <div className="evidence__tag-editor">
          <TagPicker
            projectId={projectId}
            tags={tags}
            value={editing}
            onChange={setEditing}
            label={t('evidence.tags')}
            canCreate
            onAnnounce={onAnnounce}
          />
          <FormProblem error={problem} />
          <div className="button-row">
            <Button
              size="small"
              isPending={saveTags.isPending}
              onPress={() => submit(editing, version)}
            >
              {t('evidence.saveTags')}
            </Button>
            <Button variant="secondary" size="small" onPress={() => stopEditing('')}>
              {t('common.cancel')}
            </Button>
          </div>
          <EditConflictDialog
            isOpen={conflict !== null}
            fields={
              conflict
                ? [
                    {
                      id: 'tags',
                      label: t('evidence.tags'),
                      mine: tagNames(conflict.mine),
                      theirs: linesOf(conflict.current.tags.map((tag) => tag.name)),
                    },
                  ]
                : []
            }
            onTakeTheirs={() => {
              conflicts.clear();
              void queryClient.invalidateQueries({ queryKey: researchKey(projectId) });
              stopEditing(t('conflict.reloaded'));
            }}
            onKeepMine={() => {
              if (!conflict) return;
              conflicts.clear();
              setVersion(conflict.current.version);
              submit(conflict.mine, conflict.current.version);
            }}
            onDismiss={conflicts.clear}
          />
        </div>
      ) : canWrite && !item.withdrawn ? (
        <div className="button-row">
          <Button
            ref={editRef}
            variant="secondary"
            size="small"
            aria-describedby={headingId}
            onPress={() => {
              setProblem(null);
              setVersion(item.version);
              setEditing(item.tags.map((tag) => tag.id));
              requestAnimationFrame(() =>
                document
                  .getElementById(`evidence-${item.id}`)
                  ?.querySelector<HTMLInputElement>('.evidence__tag-editor input')
                  ?.focus(),
              );
            }}
          >
            {t('evidence.editTags')}
          </Button>
          <ConfirmDialog
            trigger={
              <Button variant="tertiary" size="small" aria-describedby={headingId}>
                {t('common.delete')}
              </Button>
            }
            title={t('evidence.deleteTitle')}
            confirmLabel={t('evidence.deleteConfirm')}
            onConfirm={() =>
              remove.mutateAsync(undefined).then(() => {
                onAnnounce(t('evidence.deleted'));
                focusAfterDialog(() => document.querySelector<HTMLElement>('#main h1'));
              })
            }
          >
            <p>{t('evidence.deleteText')}</p>
          </ConfirmDialog>
        </div>
      ) : null}
    </article>
  );
}
