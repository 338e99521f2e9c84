/**
 * A polite live region: whatever message it gets is read out when the screen reader is idle.
 * It stays in the DOM, empty, so that the first message is announced too.
 */
export function LiveMessage({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" className="visually-hidden">
      {message}
    </div>
  );
}
