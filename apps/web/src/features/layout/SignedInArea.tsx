import { Outlet } from '@tanstack/react-router';
import { AriaProviders } from './AriaProviders.tsx';

/** The pages of a signed-in user, which use React Aria's controls. */
export function SignedInArea() {
  return (
    <AriaProviders>
      <Outlet />
    </AriaProviders>
  );
}
