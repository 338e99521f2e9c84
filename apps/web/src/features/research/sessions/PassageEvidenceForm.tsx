import { evidenceKinds, type Evidence, type Note, type Tag } from '@timantti/contracts';
import { useId, useRef, useState } from 'react';
import { createEvidence } from '../../../api/evidence.ts';
import { evidenceKindKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Select } from '../../../ui/Select.tsx';
import { RichTextReader } from '../../../ui/rich-text/lazy.tsx';
import type { RichTextReaderHandle, TextRange } from '../../../ui/rich-text/RichTextReader.tsx';
import { TagPicker } from '../evidence/TagPicker.tsx';
import { useResearchMutation } from '../useResearchProject.ts';
import { passageOf, type Passage } from './passage.ts';

type Kind = (typeof evidenceKinds)[number];

/**
 * The note's text, read-only, where a passage is selected by keyboard (Shift + arrow keys) or
 * with the mouse, and turned into evidence with its exact offsets. Passages already made into
 * evidence are marked.
 */
export function PassageEvidenceForm({
  projectId,
  note,
  evidence,
  label,
  tags,
  canWrite,
  onAnnounce,
}: {
  projectId: string;
  note: Note;
  evidence: readonly Evidence[];
  label: string;
  tags: Tag[];
  canWrite: boolean;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const id = useId();
  const readerRef = useRef<RichTextReaderHandle>(null);
  const [range, setRange] = useState<TextRange>({ start: 0, end: 0 });
  const selection = passageOf(note.body, range.start, range.end);
  const [kind, setKind] = useState<Kind>('quote');
  const [tagIds, setTagIds] = useState<string[]>([]);
  const [problem, setProblem] = useState('');
  const create = useResearchMutation(
    projectId,
    (input: { passage: Passage; kind: Kind; tagIds: string[] }) =>
      createEvidence(projectId, {
        kind: input.kind,
        noteId: note.id,
        start: input.passage.start,
        end: input.passage.end,
        text: input.passage.text,
        tagIds: input.tagIds,
      }),
  );

  return (
    <div className="passage">
      <div className="field passage__text">
        <p id={`${id}-label`} className="field__label">
          {label}
        </p>
        <RichTextReader
          ref={readerRef}
          content={note.content}
          version={note.updatedAt}
          labelledBy={`${id}-label`}
          describedBy={canWrite ? `${id}-hint` : undefined}
          lang={note.language}
          marks={evidence.flatMap((item) =>
            item.noteStart === null || item.noteEnd === null
              ? []
              : [{ start: item.noteStart, end: item.noteEnd }],
          )}
          onSelectionChange={(next) => {
            setRange(next);
            setProblem('');
          }}
        />
        {canWrite ? (
          <p id={`${id}-hint`} className="field__description">
            {t('passage.hint')}
          </p>
        ) : null}
      </div>
      {canWrite ? (
        <div className="passage__actions" role="group" aria-labelledby={`${id}-title`}>
          <p id={`${id}-title`} className="passage__title">
            {t('passage.title')}
          </p>
          <p className="passage__selection" id={`${id}-selection`}>
            {selection
              ? t('passage.selected', { text: selection.text })
              : t('passage.nothingSelected')}
          </p>
          <Select
            label={t('evidence.kind')}
            options={evidenceKinds.map((value) => ({
              id: value,
              label: t(evidenceKindKey(value)),
            }))}
            value={kind}
            onChange={setKind}
            className="passage__kind"
          />
          <TagPicker
            projectId={projectId}
            tags={tags}
            value={tagIds}
            onChange={setTagIds}
            label={t('evidence.tags')}
            canCreate
            onAnnounce={onAnnounce}
          />
          {problem ? (
            <p id={`${id}-problem`} className="field__error" role="alert">
              {problem}
            </p>
          ) : null}
          <FormProblem error={create.error} />
          <Button
            aria-describedby={problem ? `${id}-selection ${id}-problem` : `${id}-selection`}
            isPending={create.isPending}
            onPress={() => {
              const passage = selection;
              if (!passage) {
                setProblem(t('passage.selectFirst'));
                return;
              }
              create.mutate(
                { passage, kind, tagIds },
                {
                  onSuccess: () => {
                    onAnnounce(t('passage.created', { text: passage.text }));
                    setTagIds([]);
                    // Collapse the selection to its end: the next passage starts from there.
                    readerRef.current?.collapseTo(passage.end);
                    setRange({ start: passage.end, end: passage.end });
                  },
                },
              );
            }}
          >
            {t('passage.make')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
