import type { Logger } from '../platform/logger.ts';

/**
 * Facts other parts of the server react to, emitted after the transaction that made them
 * committed. They reach every instance (events/relay.ts), so they carry ids only: never text or
 * anything about a person beyond an id.
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

/**
 * How each event reaches the other instances. A `fact` goes through the outbox: every instance
 * gets it once, even one whose listening connection was away for a moment. A `request` is asked
 * of the instances listening now, and its emitter waits until they have acted on it (or a short
 * timeout); a late answer would be of no use, so it is not kept.
 */
export const eventDelivery = {
  'session.ended': 'fact',
  'sessions.revoked': 'fact',
  'membership.changed': 'fact',
  'team.changed': 'fact',
  'project.access_changed': 'fact',
  'board.access_changed': 'fact',
  'journey.access_changed': 'fact',
  'concept.access_changed': 'fact',
  'live_document.store_requested': 'request',
  'evidence.withdrawn': 'fact',
} as const satisfies Record<DomainEvent['type'], 'fact' | 'request'>;

type Listener = (event: DomainEvent) => void | Promise<void>;

/** Carries events to the other instances; the bus runs this instance's listeners itself. */
export interface EventTransport {
  /** Writes a fact for the others; resolves once it is written. */
  publish(event: DomainEvent): Promise<void>;
  /** Asks the others; resolves once they have answered, or at the timeout. */
  request(event: DomainEvent): Promise<void>;
}

/**
 * The bus: `emit` runs this instance's listeners and, with a transport, hands the event to the
 * other instances, which run theirs (`deliver`). A listener's failure is logged and never
 * reaches the emitter.
 */
export class DomainEvents {
  readonly #listeners = new Set<Listener>();
  readonly #logger: Pick<Logger, 'error'> | null;
  #transport: EventTransport | null = null;

  constructor(logger: Pick<Logger, 'error'> | null = null) {
    this.#logger = logger;
  }

  /** Subscribes; returns the unsubscribe function. */
  on(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** From now on events also go to the other instances, through `transport`. */
  connect(transport: EventTransport | null): void {
    this.#transport = transport;
  }

  /**
   * Runs every listener here and hands the event on; resolves when the listeners here have
   * finished and the event is written (a fact) or answered (a request), so callers may wait
   * for effects.
   */
  async emit(event: DomainEvent): Promise<void> {
    const transport = this.#transport;
    const remote = transport
      ? (eventDelivery[event.type] === 'request'
          ? transport.request(event)
          : transport.publish(event)
        ).catch((error: unknown) =>
          this.#logger?.error({ err: error, event: event.type }, 'domain event not handed on'),
        )
      : null;
    await Promise.all([this.deliver(event), remote]);
  }

  /** Runs this instance's listeners only: for an event another instance emitted. */
  async deliver(event: DomainEvent): Promise<void> {
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
