/**
 * After a navigation to another page, moves focus to the new page's h1 (or to main while the
 * page still loads), so keyboard and screen-reader users start reading from the top of the
 * new content instead of from wherever the old page left them.
 */
export function focusPageHeading(): void {
  const focusedOnArrival = document.activeElement;
  // Wait for React to paint the new page.
  requestAnimationFrame(() => {
    // Focus moved within that frame (a quick keyboard user, or a page that focuses its own
    // field): taking it away would swallow the next key press.
    const focused = document.activeElement;
    if (focused !== focusedOnArrival && focused !== document.body) return;
    const main = document.getElementById('main');
    // A link to a part of a page (#note-…) starts reading there, once the part has loaded.
    const hash = decodeURIComponent(window.location.hash.slice(1));
    const part = hash ? document.getElementById(hash) : null;
    const heading = main?.querySelector<HTMLElement>('h1');
    (part ?? heading ?? main)?.focus({ preventScroll: false });
  });
}

/**
 * Moves focus after a dialog whose trigger went away (e.g. the deleted item's own button).
 * React Aria gives focus back a frame after the dialog unmounts, and only to a trigger still in
 * the page; this runs after that, so focus lands somewhere meaningful instead of on <body>.
 */
export function focusAfterDialog(target: () => HTMLElement | null | undefined): void {
  setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => target()?.focus())), 0);
}
