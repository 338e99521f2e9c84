import { evidenceKinds, type Note, type Tag } from '@timantti/contracts';
import { useId, useRef, useState } from 'react';
import { Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';
import { createEvidence } from '../../../api/evidence.ts';
import { evidenceKindKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Select } from '../../../ui/Select.tsx';
import { TagPicker } from '../evidence/TagPicker.tsx';
import { useResearchMutation } from '../useResearchProject.ts';
import { passageOf, type Passage } from './passage.ts';

type Kind = (typeof evidenceKinds)[number];

/**
 * The note's text in a text area that refuses edits, where a passage is selected by keyboard
 * (Shift + arrow keys) or with the mouse, and turned into evidence with its exact offsets.
 */
export function PassageEvidenceForm({
  projectId,
  note,
  label,
  tags,
  canWrite,
  onAnnounce,
}: {
  projectId: string;
  note: Note;
  label: string;
  tags: Tag[];
  canWrite: boolean;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [selection, setSelection] = useState<Passage | null>(null);
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
        tagIds: input.tagIds,
      }),
  );

  const readSelection = (): Passage | null => {
    const area = textRef.current;
    return area ? passageOf(note.body, area.selectionStart, area.selectionEnd) : null;
  };
  // Tall enough to read the note without scrolling, within reason; wrapped lines count too.
  const rows = Math.min(
    Math.max(note.body.split('\n').length + Math.ceil(note.body.length / 80), 4),
    18,
  );

  return (
    <div className="passage">
      {/* Not `readonly`: Chromium moves no caret in a read-only text area, so Shift + arrow
          keys could not select. Edits are refused instead, and the value stays controlled. */}
      <AriaTextField
        value={note.body}
        onChange={() => undefined}
        className="field passage__text"
        onSelect={() => {
          setSelection(readSelection());
          setProblem('');
        }}
      >
        <Label className="field__label">{label}</Label>
        <TextArea
          ref={textRef}
          className="field__input field__input--multiline"
          rows={rows}
          lang={note.language}
          aria-readonly="true"
          inputMode="none"
          spellCheck={false}
          onBeforeInput={(event) => event.preventDefault()}
          onPaste={(event) => event.preventDefault()}
          onCut={(event) => event.preventDefault()}
          onDrop={(event) => event.preventDefault()}
        />
        {canWrite ? (
          <Text slot="description" className="field__description">
            {t('passage.hint')}
          </Text>
        ) : null}
      </AriaTextField>
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
              const passage = readSelection();
              const selectionEnd = textRef.current?.selectionEnd ?? 0;
              if (!passage) {
                setProblem(t('passage.selectFirst'));
                return;
              }
              create.mutate(
                { passage, kind, tagIds },
                {
                  onSuccess: () => {
                    onAnnounce(t('passage.created', { text: passage.text }));
                    setSelection(null);
                    setTagIds([]);
                    // Collapse the selection to its end: the next passage starts from there.
                    textRef.current?.setSelectionRange(selectionEnd, selectionEnd);
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
