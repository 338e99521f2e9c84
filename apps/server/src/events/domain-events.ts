import type { Logger } from '../platform/logger.ts';

/**
 * Facts other parts of the server react to, emitted after the transaction that made them
 * committed. Today they tell the collaboration layer whose live connections to check again.
 */
export type DomainEvent =
  /** Sessions ended: logout, or one session signed out from the account page. */
  | { type: 'session.ended'; sessionIds: readonly string[] }
  /** Every session of a person but one (or all) ended: password change, "sign out others". */
  | { type: 'sessions.revoked'; userId: string; exceptSessionId: string | null }
  /** A person's role in an organisation changed, or they were removed from it. */
  | { type: 'membership.changed'; organisationId: string; userId: string }
  /** A person left a project's team. */
  | { type: 'team.changed'; projectId: string; userId: string }
  /** A project was archived or restored. */
  | { type: 'project.access_changed'; projectId: string }
  /** A board was archived, restored or deleted. */
  | { type: 'board.access_changed'; boardId: string }
  /** A journey map was archived, restored or deleted. */
  | { type: 'journey.access_changed'; journeyId: string }
  /** A concept was deleted. */
  | { type: 'concept.access_changed'; conceptId: string }
  /**
   * A request is about to read a live document's stored state (freezing a concept's version,
   * comparing with its draft): an open copy stores what it holds first, so the request reads
   * what its editors see.
   */
  | { type: 'live_document.store_requested'; documentName: string }
  /** Evidence lost its text through a participant's erasure. */
  | { type: 'evidence.withdrawn'; projectId: string; evidenceIds: readonly string[] };

type Listener = (event: DomainEvent) => void | Promise<void>;

/** A small in-process bus. A listener's failure is logged and never reaches the emitter. */
export class DomainEvents {
  readonly #listeners = new Set<Listener>();
  readonly #logger: Pick<Logger, 'error'> | null;

  constructor(logger: Pick<Logger, 'error'> | null = null) {
    this.#logger = logger;
  }

  /** Subscribes; returns the unsubscribe function. */
  on(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Runs every listener; resolves when all have finished, so callers may wait for effects. */
  async emit(event: DomainEvent): Promise<void> {
    await Promise.all(
      [...this.#listeners].map(async (listener) => {
        try {
          await listener(event);
        } catch (error) {
          this.#logger?.error({ err: error, event: event.type }, 'domain event listener failed');
        }
      }),
    );
  }
}
