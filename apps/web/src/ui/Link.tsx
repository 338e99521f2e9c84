import { Link as AriaLink, type LinkProps as AriaLinkProps } from 'react-aria-components';
import { withClass } from './with-class.ts';

export interface LinkProps extends AriaLinkProps {
  /** Shows the link as a button when it starts an action (e.g. "New project"). */
  appearance?: 'link' | 'button' | 'button-secondary';
}

/** A link that navigates inside the app through the router (see RouterProvider in main.tsx). */
export function Link({ appearance = 'link', className, ...props }: LinkProps) {
  const base =
    appearance === 'link'
      ? 'link'
      : `button button--${appearance === 'button' ? 'primary' : 'secondary'} button--normal`;
  return <AriaLink {...props} className={withClass(base, className)} />;
}
