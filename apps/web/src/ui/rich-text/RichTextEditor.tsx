import type { RichTextDoc } from '@timantti/contracts';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useId, type ReactNode } from 'react';
import { ToggleButton, Toolbar } from 'react-aria-components';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { cx } from '../classes.ts';
import { noteExtensions } from './extensions.ts';

export interface RichTextEditorProps {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: string | undefined;
  isRequired?: boolean;
  /** The starting text; the editor keeps its own state afterwards (remount it to reset). */
  defaultValue?: RichTextDoc | undefined;
  onChange: (doc: RichTextDoc) => void;
  lang?: string;
}

/**
 * A rich-text field for notes and transcripts: a labelled multi-line text box with a toolbar
 * of formatting buttons (one tab stop, arrow keys between the buttons, as a toolbar should be)
 * and the usual keyboard shortcuts (Ctrl+B, Ctrl+I, Ctrl+Z …).
 */
export function RichTextEditor({
  label,
  description,
  errorMessage,
  isRequired,
  defaultValue,
  onChange,
  lang,
}: RichTextEditorProps) {
  const t = useT();
  const id = useId();
  const describedBy = [description && `${id}-hint`, errorMessage && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  const editor = useEditor({
    extensions: noteExtensions,
    content: defaultValue ?? '',
    onUpdate: ({ editor: current }) => onChange(current.getJSON() as RichTextDoc),
    editorProps: {
      attributes: {
        id: `${id}-input`,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(errorMessage ? { 'aria-invalid': 'true' } : {}),
        ...(isRequired ? { 'aria-required': 'true' } : {}),
        ...(lang ? { lang } : {}),
        class: cx('rich-text__input', 'field__input', errorMessage && 'field__input--invalid'),
      },
    },
  });

  return (
    <div className="field rich-text">
      <span id={`${id}-label`} className="field__label" onClick={() => editor.commands.focus()}>
        {label}
        {isRequired ? <span className="field__required"> ({t('form.required')})</span> : null}
      </span>
      <FormattingToolbar editor={editor} controls={`${id}-input`} />
      <EditorContent editor={editor} />
      {description ? (
        <p id={`${id}-hint`} className="field__description">
          {description}
        </p>
      ) : null}
      {errorMessage ? (
        <p id={`${id}-error`} className="field__error">
          {errorMessage}
        </p>
      ) : null}
    </div>
  );
}

function FormattingToolbar({ editor, controls }: { editor: Editor; controls: string }) {
  const t = useT();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      heading2: e.isActive('heading', { level: 2 }),
      heading3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools = [
    { key: 'bold', glyph: 'B', label: t('richText.bold'), run: () => chain().toggleBold().run() },
    {
      key: 'italic',
      glyph: 'I',
      label: t('richText.italic'),
      run: () => chain().toggleItalic().run(),
    },
    {
      key: 'underline',
      glyph: 'U',
      label: t('richText.underline'),
      run: () => chain().toggleUnderline().run(),
    },
    {
      key: 'heading2',
      glyph: 'H2',
      label: t('richText.heading2'),
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      key: 'heading3',
      glyph: 'H3',
      label: t('richText.heading3'),
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      key: 'bulletList',
      glyph: '•',
      label: t('richText.bulletList'),
      run: () => chain().toggleBulletList().run(),
    },
    {
      key: 'orderedList',
      glyph: '1.',
      label: t('richText.orderedList'),
      run: () => chain().toggleOrderedList().run(),
    },
    {
      key: 'blockquote',
      glyph: '”',
      label: t('richText.blockquote'),
      run: () => chain().toggleBlockquote().run(),
    },
  ] as const;

  return (
    <Toolbar
      className="rich-text__toolbar"
      aria-label={t('richText.toolbar')}
      aria-controls={controls}
    >
      {tools.map((tool) => (
        <ToggleButton
          key={tool.key}
          className={`rich-text__tool rich-text__tool--${tool.key}`}
          isSelected={state[tool.key]}
          onChange={tool.run}
        >
          <span aria-hidden="true">{tool.glyph}</span>
          <span className="visually-hidden">{tool.label}</span>
        </ToggleButton>
      ))}
    </Toolbar>
  );
}
