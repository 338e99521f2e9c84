import type {
  RichTextBlock,
  RichTextDoc,
  RichTextInline,
  RichTextListItem,
} from '@timantti/contracts';
import type { ReactNode } from 'react';

/*
 * Rich text to read, drawn as plain elements: no editor code is loaded for a page that only
 * shows an article. Headings start one level below the page's own (an h2 of the document is an
 * h2 under the page's h1), and links open where they point.
 */

function inline(node: RichTextInline, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  let content: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') content = <strong>{content}</strong>;
    else if (mark.type === 'italic') content = <em>{content}</em>;
    else if (mark.type === 'underline') content = <u>{content}</u>;
    else content = <a href={mark.attrs.href}>{content}</a>;
  }
  return <span key={key}>{content}</span>;
}

const inlines = (content: readonly RichTextInline[] | undefined) =>
  (content ?? []).map((node, index) => inline(node, index));

function listItem(item: RichTextListItem, key: number): ReactNode {
  return <li key={key}>{item.content.map(block)}</li>;
}

function block(node: RichTextBlock, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{inlines(node.content)}</p>;
    case 'heading': {
      const Heading = `h${node.attrs.level}` as 'h2' | 'h3' | 'h4';
      return <Heading key={key}>{inlines(node.content)}</Heading>;
    }
    case 'blockquote':
      return <blockquote key={key}>{node.content.map(block)}</blockquote>;
    case 'bulletList':
      return <ul key={key}>{node.content.map(listItem)}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={node.attrs?.start}>
          {node.content.map(listItem)}
        </ol>
      );
  }
}

export function RichTextView({ doc, lang }: { doc: RichTextDoc; lang?: string }) {
  return (
    <div className="rich-text-view" lang={lang}>
      {doc.content.map(block)}
    </div>
  );
}
