import type { RichTextDoc } from '@timantti/contracts';
import { Extension } from '@tiptap/core';
import { Plugin, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { EditorContent, useEditor } from '@tiptap/react';
import { useImperativeHandle, type Ref } from 'react';
import { noteExtensions } from './extensions.ts';
import { offsetAt, positionAt, textBlockSpans } from './positions.ts';

export type TextRange = { start: number; end: number };

export interface RichTextReaderHandle {
  /** Collapses the selection to the given projection offset, so the next one starts there. */
  collapseTo(offset: number): void;
}

export interface RichTextReaderProps {
  content: RichTextDoc;
  /** Changes when the text does (e.g. its updatedAt): a refetch of the same text keeps the selection. */
  version: string;
  labelledBy: string;
  describedBy?: string | undefined;
  lang?: string;
  /** Ranges of the projection to mark, e.g. the passages already made into evidence. */
  marks: readonly TextRange[];
  /** The selection as offsets into the projection (`plainTextOf(content)`). */
  onSelectionChange: (range: TextRange) => void;
  ref?: Ref<RichTextReaderHandle>;
}

/**
 * Rich text to read and select in, by keyboard (a caret, Shift + arrow keys) or pointer. It
 * stays an editable surface — a browser gives no caret to text that is not — whose every
 * change is refused, and tells assistive technology it is read-only.
 */
export function RichTextReader({
  content,
  version,
  labelledBy,
  describedBy,
  lang,
  marks,
  onSelectionChange,
  ref,
}: RichTextReaderProps) {
  const editor = useEditor(
    {
      extensions: [...noteExtensions, readOnlyWithMarks(marks)],
      content,
      onSelectionUpdate: ({ editor: current }) => {
        const spans = textBlockSpans(current.state.doc);
        const { from, to } = current.state.selection;
        onSelectionChange({ start: offsetAt(spans, from), end: offsetAt(spans, to) });
      },
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-readonly': 'true',
          'aria-labelledby': labelledBy,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          ...(lang ? { lang } : {}),
          spellcheck: 'false',
          class: 'rich-text__input rich-text__input--reader field__input',
        },
      },
    },
    // Recreated when the text or the marks change; a new array of the same marks is no change.
    [version, marks.map(({ start, end }) => `${start}-${end}`).join(',')],
  );

  useImperativeHandle(
    ref,
    () => ({
      collapseTo(offset: number) {
        const { state, view } = editor;
        const pos = positionAt(textBlockSpans(state.doc), offset);
        view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, pos)));
      },
    }),
    [editor],
  );

  return <EditorContent editor={editor} />;
}

function readOnlyWithMarks(marks: readonly TextRange[]) {
  return Extension.create({
    name: 'readOnlyWithMarks',
    addProseMirrorPlugins() {
      return [
        new Plugin({
          filterTransaction: (tr) => !tr.docChanged,
          props: {
            decorations: (state) => {
              const spans = textBlockSpans(state.doc);
              return DecorationSet.create(
                state.doc,
                marks.map(({ start, end }) =>
                  Decoration.inline(positionAt(spans, start), positionAt(spans, end), {
                    class: 'passage-mark',
                  }),
                ),
              );
            },
          },
        }),
      ];
    },
  });
}
