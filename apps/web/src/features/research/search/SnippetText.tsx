import { splitSnippet } from './snippet.ts';

/** A search snippet with the matched words in <mark>, built as text nodes (never as HTML). */
export function SnippetText({ snippet, lang }: { snippet: string; lang?: string }) {
  return (
    <p className="search-hit__snippet" lang={lang}>
      {splitSnippet(snippet).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </p>
  );
}
