import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Insight } from '@timantti/contracts';
import { useEffect, useRef, useState } from 'react';
import { boardsQuery } from '../../api/boards.ts';
import { deleteInsight, insightQuery, insightsKey, updateInsight } from '../../api/insights.ts';
import { InsightEditForm } from '../../features/synthesis/InsightEditForm.tsx';
import { InsightEvidenceItem } from '../../features/synthesis/InsightEvidenceItem.tsx';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { EditConflictDialog } from '../../ui/EditConflictDialog.tsx';
import { linesOf } from '../../ui/edit-conflict.ts';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useEditConflict } from '../../ui/useEditConflict.ts';

const route = getRouteApi(
  '/signed-in/o/$orgSlug/projects/$projectId/synthesis/insights/$insightId',
);

/**
 * One insight: its statement and question, how many people and sessions stand behind it, and
 * the evidence itself, each item traceable to its session and participant.
 */
export function InsightPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { insightId } = route.useParams();
  const { projectId, synthesis } = useSynthesisProject();
  const insight = useSuspenseQuery(insightQuery(projectId, insightId)).data;
  const board = useQuery(boardsQuery(projectId)).data?.items.find((b) => b.id === insight.boardId);
  const canEdit = insight.abilities.edit;
  // The customer member writes the question only: the statement and evidence stay the team's.
  const questionOnly = !canEdit && insight.abilities.editQuestion;
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const editRef = useRef<HTMLButtonElement>(null);
  // After an edit closes, focus returns to its button once the button is back in the page.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editRef.current?.focus();
  }, [editing]);
  const evidenceHeadingRef = useRef<HTMLHeadingElement>(null);

  // What the evidence list would be: the one shown, without the item removed.
  type EvidenceEdit = { evidence: Insight['evidence']; version: number };
  const evidenceConflict = useEditConflict<typeof Insight, EvidenceEdit>(Insight);
  const keep = (saved: Insight) => {
    queryClient.setQueryData(insightQuery(projectId, insightId).queryKey, saved);
    void queryClient.invalidateQueries({ queryKey: insightsKey(projectId) });
  };
  const removeEvidence = useMutation({
    mutationFn: (edit: EvidenceEdit) =>
      updateInsight(projectId, insightId, {
        evidenceIds: edit.evidence.map((e) => e.id),
        version: edit.version,
      }),
    onSuccess: (saved) => {
      keep(saved);
      setAnnouncement(t('insight.evidence.removed'));
      requestAnimationFrame(() => evidenceHeadingRef.current?.focus());
    },
    onError: (error, edit) => void evidenceConflict.catchConflict(error, edit),
  });
  const remove = (evidenceId: string) =>
    removeEvidence.mutate({
      evidence: insight.evidence.filter((e) => e.id !== evidenceId),
      version: insight.version,
    });
  const evidenceLines = (evidence: Insight['evidence']) =>
    linesOf(evidence.map((e) => e.text || e.participantCode || e.id));

  return (
    <>
      <p>
        <Link href={synthesis.insights()}>← {t('insight.backToList')}</Link>
      </p>
      <SynthesisPageHeader
        title={insight.statement}
        actions={
          canEdit || questionOnly ? (
            <>
              {editing ? null : (
                <Button
                  ref={editRef}
                  variant="secondary"
                  onPress={() => {
                    setEditing(true);
                    requestAnimationFrame(() =>
                      document
                        .querySelector<HTMLElement>(
                          '[aria-labelledby="edit-insight-heading"] textarea',
                        )
                        ?.focus(),
                    );
                  }}
                >
                  {questionOnly ? t('insight.question.open') : t('insight.edit.open')}
                </Button>
              )}
              {questionOnly ? null : (
                <ConfirmDialog
                  trigger={<Button variant="secondary">{t('insight.delete.open')}</Button>}
                  title={t('insight.delete.title')}
                  confirmLabel={t('insight.delete.confirm')}
                  onConfirm={() =>
                    deleteInsight(projectId, insightId).then(() => {
                      queryClient.removeQueries({
                        queryKey: insightQuery(projectId, insightId).queryKey,
                      });
                      void queryClient.invalidateQueries({ queryKey: insightsKey(projectId) });
                      void navigate({ href: synthesis.insights() });
                    })
                  }
                >
                  <p>{t('insight.delete.text')}</p>
                </ConfirmDialog>
              )}
            </>
          ) : null
        }
      >
        {insight.hmw ? (
          <p className="insight__hmw">
            <span className="insight__hmw-label">{t('insight.hmwLabel')}</span> {insight.hmw}
          </p>
        ) : null}
        <p className="insight__behind">
          {t('insight.behind', {
            participantCount: insight.participantCount,
            sessionCount: insight.sessionCount,
          })}
        </p>
        <dl className="evidence__facts insight__facts">
          {board ? (
            <div>
              <dt>{t('insight.board')}</dt>
              <dd>
                <Link href={synthesis.board(board.id)}>{board.title}</Link>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('insight.createdAt')}</dt>
            <dd>{formatDate(locale, insight.createdAt)}</dd>
          </div>
        </dl>
      </SynthesisPageHeader>
      <LiveMessage message={announcement} />

      {editing ? (
        <section className="card page-block" aria-labelledby="edit-insight-heading">
          <h2 id="edit-insight-heading">
            {questionOnly ? t('insight.question.title') : t('insight.edit.title')}
          </h2>
          <InsightEditForm
            insight={insight}
            questionOnly={questionOnly}
            onDone={(message) => {
              setEditing(false);
              returnFocus.current = true;
              setAnnouncement(message);
            }}
          />
        </section>
      ) : null}

      <section aria-labelledby="insight-evidence-heading">
        <h2 id="insight-evidence-heading" ref={evidenceHeadingRef} tabIndex={-1}>
          {t('insight.evidence.title', { count: insight.evidenceCount })}
        </h2>
        <FormProblem error={evidenceConflict.conflict ? null : removeEvidence.error} />
        <EditConflictDialog
          isOpen={evidenceConflict.conflict !== null}
          fields={
            evidenceConflict.conflict
              ? [
                  {
                    id: 'evidence',
                    label: t('insight.evidence.title', {
                      count: evidenceConflict.conflict.mine.evidence.length,
                    }),
                    mine: evidenceLines(evidenceConflict.conflict.mine.evidence),
                    theirs: evidenceLines(evidenceConflict.conflict.current.evidence),
                  },
                ]
              : []
          }
          onTakeTheirs={() => {
            if (evidenceConflict.conflict) keep(evidenceConflict.conflict.current);
            evidenceConflict.clear();
            removeEvidence.reset();
            setAnnouncement(t('conflict.reloaded'));
          }}
          onKeepMine={() => {
            if (!evidenceConflict.conflict) return;
            const { mine, current } = evidenceConflict.conflict;
            evidenceConflict.clear();
            removeEvidence.mutate({ evidence: mine.evidence, version: current.version });
          }}
          onDismiss={() => {
            evidenceConflict.clear();
            removeEvidence.reset();
          }}
        />
        {insight.evidence.length === 0 ? (
          <p>{t('insight.evidence.none')}</p>
        ) : (
          <ol className="evidence-list insight-evidence">
            {insight.evidence.map((item) => (
              <li key={item.id}>
                <InsightEvidenceItem
                  item={item}
                  // The last item stays: an insight rests on at least one piece of evidence.
                  onRemove={
                    canEdit && insight.evidence.length > 1 ? () => remove(item.id) : undefined
                  }
                  isRemoving={
                    removeEvidence.isPending &&
                    removeEvidence.variables.evidence.every((e) => e.id !== item.id)
                  }
                />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
