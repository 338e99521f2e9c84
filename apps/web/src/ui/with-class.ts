import { composeRenderProps } from 'react-aria-components';
import { cx } from './classes.ts';

// Apart from `cx`: this one needs React Aria, which the sign-in page does without.
/** Adds our class to a React Aria className prop, which may be a function of render state. */
export function withClass<T>(
  base: string,
  className:
    string | ((values: T & { defaultClassName: string | undefined }) => string) | undefined,
) {
  return composeRenderProps(className, (given) => cx(base, given));
}
