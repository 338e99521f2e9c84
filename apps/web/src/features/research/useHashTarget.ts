import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

/**
 * Brings the element named by the address's #fragment (a search hit's note or evidence) into
 * view and focus once it is on the page, so reading starts there. `content` is the page's
 * data: the element may appear only after a refetch brings it.
 */
export function useHashTarget(content: unknown): void {
  const hash = useRouterState({ select: (state) => state.location.hash });
  const handled = useRef<string | null>(null);
  useEffect(() => {
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    if (!content || !id || handled.current === id) return;
    const frame = requestAnimationFrame(() => {
      const target = document.getElementById(id);
      if (!target) return;
      handled.current = id;
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [content, hash]);
}
