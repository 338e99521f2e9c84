import type { ErrorComponentProps } from '@tanstack/react-router';
import { AriaProviders } from '../features/layout/AriaProviders.tsx';
import { ErrorPage } from './error.tsx';
import { NotFoundPage } from './not-found.tsx';

// The router's error and not-found pages, loaded when one is shown: a chunk of their own, as
// they may show outside the signed-in area, which otherwise provides React Aria's context.

export function ErrorFallback(props: ErrorComponentProps) {
  return (
    <AriaProviders>
      <ErrorPage {...props} />
    </AriaProviders>
  );
}

export function NotFoundFallback() {
  return (
    <AriaProviders>
      <NotFoundPage />
    </AriaProviders>
  );
}
