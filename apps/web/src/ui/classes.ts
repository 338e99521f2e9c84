import { composeRenderProps } from 'react-aria-components';

/** Joins class names, skipping the empty ones. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** Adds our class to a React Aria className prop, which may be a function of render state. */
export function withClass<T>(
  base: string,
  className:
    string | ((values: T & { defaultClassName: string | undefined }) => string) | undefined,
) {
  return composeRenderProps(className, (given) => cx(base, given));
}
