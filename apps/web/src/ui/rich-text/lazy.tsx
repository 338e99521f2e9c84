import { lazy, Suspense, type ComponentProps } from 'react';
import { Loading } from '../Loading.tsx';

// The editor (ProseMirror) is a third of the app's code; only the pages with notes load it.
const Editor = lazy(() =>
  import('./RichTextEditor.tsx').then((module) => ({ default: module.RichTextEditor })),
);
const Reader = lazy(() =>
  import('./RichTextReader.tsx').then((module) => ({ default: module.RichTextReader })),
);

export function RichTextEditor(props: ComponentProps<typeof Editor>) {
  return (
    <Suspense fallback={<Loading />}>
      <Editor {...props} />
    </Suspense>
  );
}

export function RichTextReader(props: ComponentProps<typeof Reader>) {
  return (
    <Suspense fallback={<Loading />}>
      <Reader {...props} />
    </Suspense>
  );
}
