import { useEffect, useRef, type RefObject } from 'react';
import { FormProblem } from './FormProblem.tsx';
import { Button } from './Button.tsx';

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * "Load more" under a list read a page at a time. After the next page arrives, focus goes to
 * the first new item (the first element matching `focusable` inside `list`), where reading
 * continues, instead of staying on a button that has moved far down.
 */
export function LoadMore({
  query,
  count,
  list,
  focusable,
  label,
}: {
  query: PagedQuery;
  count: number;
  list: RefObject<HTMLElement | null>;
  focusable: string;
  label: string;
}) {
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    const index = firstNew.current;
    if (index === null || count <= index) return;
    firstNew.current = null;
    list.current?.querySelectorAll<HTMLElement>(focusable)[index]?.focus();
  }, [count, list, focusable]);

  return (
    <>
      <FormProblem error={query.isFetchNextPageError ? query.error : null} />
      {query.hasNextPage ? (
        <div className="button-row">
          <Button
            variant="secondary"
            isPending={query.isFetchingNextPage}
            onPress={() => {
              firstNew.current = count;
              void query.fetchNextPage();
            }}
          >
            {label}
          </Button>
        </div>
      ) : null}
    </>
  );
}
