import StarterKit from '@tiptap/starter-kit';

/**
 * What a note may hold, the same as the server's `RichTextDoc`: headings, paragraphs, lists,
 * quotes, bold, italic, underline and web links. Text pasted from Word or a web page keeps
 * that much of its formatting and loses the rest.
 */
export const noteExtensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    dropcursor: false,
    // An extra empty paragraph at the end would be saved as part of the note.
    trailingNode: false,
    heading: { levels: [2, 3, 4] },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['https', 'http', 'mailto'],
      isAllowedUri: (url) => /^(https?:\/\/|mailto:)/iu.test(url),
    },
  }),
];
