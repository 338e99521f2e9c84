import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import {
  Concept,
  conceptCardFields,
  conceptStatuses,
  experimentCardFields,
  type ConceptStatus,
} from '@timantti/contracts';
import { useState } from 'react';
import { Toolbar } from 'react-aria-components';
import { meQuery } from '../../api/auth.ts';
import { conceptQuery, conceptsKey, updateConcept } from '../../api/concepts.ts';
import { LiveStatus } from '../../features/collab/LiveStatus.tsx';
import { undoShortcut } from '../../features/collab/useLiveDocument.ts';
import { ConceptFields, LiveTextField } from '../../features/concepts/ConceptFields.tsx';
import { ConceptLinks } from '../../features/concepts/ConceptLinks.tsx';
import { ConceptVersions } from '../../features/concepts/ConceptVersions.tsx';
import { useConceptDocument } from '../../features/concepts/useConceptDocument.ts';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { conceptStatusKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { EditConflictDialog } from '../../ui/EditConflictDialog.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { Select } from '../../ui/Select.tsx';
import { useEditConflict } from '../../ui/useEditConflict.ts';

const route = getRouteApi(
  '/signed-in/o/$orgSlug/projects/$projectId/synthesis/concepts/$conceptId',
);

/**
 * A service concept: its live draft edited together, read as the concept card or as the
 * experiment card (the same fields), its status, what it answers, and its frozen versions.
 */
export function ConceptPage() {
  const { conceptId } = route.useParams();
  const { projectId } = useSynthesisProject();
  const concept = useSuspenseQuery(conceptQuery(projectId, conceptId)).data;
  const me = useSuspenseQuery(meQuery).data;
  if (!me) return null;
  return (
    <LiveConcept
      key={concept.id}
      concept={concept}
      projectId={projectId}
      me={{ id: me.user.id, name: me.user.displayName }}
    />
  );
}

function LiveConcept({
  concept,
  projectId,
  me,
}: {
  concept: Concept;
  projectId: string;
  me: { id: string; name: string };
}) {
  const t = useT();
  const { synthesis } = useSynthesisProject();
  const live = useConceptDocument(concept.documentName, me);
  const canEdit = concept.abilities.edit && !live.readOnly && live.connection !== 'refused';
  const [layout, setLayout] = useState<'concept' | 'experiment'>('concept');
  const [announcement, setAnnouncement] = useState('');
  // Until the first sync the page shows the draft as last stored, read-only.
  const draft = live.synced ? live.snapshot : concept.draft;
  const fieldProps = {
    doc: live.doc,
    origin: live.origin,
    draft,
    canEdit: canEdit && live.synced,
    onAnnounce: setAnnouncement,
  };
  return (
    <div className="concept-page" onKeyDown={undoShortcut(live.undo, canEdit)}>
      <SynthesisPageHeader title={draft.name || concept.name} intro={t('concept.intro')}>
        <StatusField concept={concept} projectId={projectId} onAnnounce={setAnnouncement} />
        {concept.idea ? <FromIdea idea={concept.idea} /> : null}
      </SynthesisPageHeader>
      <LiveMessage message={announcement} />
      <LiveStatus
        connection={live.connection}
        synced={live.synced}
        presence={live.presence}
        me={me}
        readOnly={!canEdit}
        outdated={live.outdated}
      />
      <Toolbar className="board-toolbar" aria-label={t('concept.toolbar')}>
        <div role="group" aria-label={t('concept.layout')} className="concept-layouts">
          {(['concept', 'experiment'] as const).map((id) => (
            <Button
              key={id}
              variant="tertiary"
              aria-pressed={layout === id}
              onPress={() => setLayout(id)}
            >
              {t(id === 'concept' ? 'concept.layout.concept' : 'concept.layout.experiment')}
            </Button>
          ))}
        </div>
        {canEdit ? (
          <>
            <Button variant="tertiary" isDisabled={!live.undo.canUndo} onPress={live.undo.undo}>
              {t('board.undo')}
            </Button>
            <Button variant="tertiary" isDisabled={!live.undo.canRedo} onPress={live.undo.redo}>
              {t('board.redo')}
            </Button>
          </>
        ) : null}
      </Toolbar>
      <section
        className="card"
        aria-label={t(
          layout === 'concept' ? 'concept.layout.concept' : 'concept.layout.experiment',
        )}
      >
        {layout === 'experiment' ? (
          <p className="muted">{t('concept.layout.experimentIntro')}</p>
        ) : null}
        <LiveTextField field="name" label={t('concept.field.name')} {...fieldProps} />
        <ConceptFields
          fields={layout === 'concept' ? conceptCardFields : experimentCardFields}
          layout={layout}
          {...fieldProps}
        />
      </section>
      <p>
        <Link href={synthesis.conceptTests(concept.id)}>{t('conceptTest.link')}</Link>
      </p>
      <ConceptLinks concept={concept} projectId={projectId} />
      <ConceptVersions concept={concept} projectId={projectId} onAnnounce={setAnnouncement} />
    </div>
  );
}

function StatusField({
  concept,
  projectId,
  onAnnounce,
}: {
  concept: Concept;
  projectId: string;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  type StatusEdit = { status: ConceptStatus; version: number };
  const conflicts = useEditConflict<typeof Concept, StatusEdit>(Concept);
  const conflict = conflicts.conflict;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: conceptsKey(projectId) });
  const save = useMutation({
    mutationFn: (edit: StatusEdit) => updateConcept(projectId, concept.id, edit),
    onSuccess: (saved) => {
      refresh();
      onAnnounce(t('concept.status.saved', { status: t(conceptStatusKey(saved.status)) }));
    },
    onError: (error, edit) => void conflicts.catchConflict(error, edit),
  });
  return (
    <div className="concept-status">
      <FormProblem error={conflict ? null : save.error} />
      <Select
        label={t('concept.status')}
        options={conceptStatuses.map((id) => ({ id, label: t(conceptStatusKey(id)) }))}
        value={concept.status}
        onChange={(status) => save.mutate({ status, version: concept.version })}
        isDisabled={!concept.abilities.manage || save.isPending}
      />
      <EditConflictDialog
        isOpen={conflict !== null}
        fields={
          conflict
            ? [
                {
                  id: 'status',
                  label: t('concept.status'),
                  mine: t(conceptStatusKey(conflict.mine.status)),
                  theirs: t(conceptStatusKey(conflict.current.status)),
                },
              ]
            : []
        }
        onTakeTheirs={() => {
          conflicts.clear();
          save.reset();
          refresh();
        }}
        onKeepMine={() => {
          if (!conflict) return;
          conflicts.clear();
          save.mutate({ status: conflict.mine.status, version: conflict.current.version });
        }}
        onDismiss={() => {
          conflicts.clear();
          save.reset();
        }}
      />
    </div>
  );
}

/** The picked idea the concept was developed from, leading back to the ideas. */
function FromIdea({ idea }: { idea: { id: string; text: string } }) {
  const t = useT();
  const { synthesis } = useSynthesisProject();
  return (
    <dl className="evidence__facts">
      <div>
        <dt>{t('concept.fromIdea')}</dt>
        <dd>
          <Link href={synthesis.ideas()}>{idea.text}</Link>
        </dd>
      </div>
    </dl>
  );
}
