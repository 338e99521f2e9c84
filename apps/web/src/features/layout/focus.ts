/**
 * After a navigation to another page, moves focus to the new page's h1 (or to main while the
 * page still loads), so keyboard and screen-reader users start reading from the top of the
 * new content instead of from wherever the old page left them.
 */
export function focusPageHeading(): void {
  // Wait for React to paint the new page.
  requestAnimationFrame(() => {
    const main = document.getElementById('main');
    const heading = main?.querySelector<HTMLElement>('h1');
    (heading ?? main)?.focus({ preventScroll: false });
  });
}
