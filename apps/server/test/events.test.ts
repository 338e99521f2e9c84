import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { connectDatabase, type Database } from '../src/db/client.ts';
import { DomainEvents, type DomainEvent } from '../src/events/domain-events.ts';
import { startEventRelay, type EventRelay } from '../src/events/relay.ts';
import { createLogger } from '../src/platform/logger.ts';
import { waitFor } from './collab-support.ts';

const logger = createLogger('silent');
const databases: Database[] = [];
const relays: EventRelay[] = [];

afterAll(async () => {
  await Promise.all(relays.map((relay) => relay.stop()));
  await Promise.all(databases.map((database) => database.pool.end()));
});

/** One instance's bus and relay, recording what its listeners received. */
async function instance(
  options: {
    answersRequests?: boolean;
    onEvent?: (event: DomainEvent) => Promise<void>;
    reconnectDelayMs?: { min: number; max: number };
  } = {},
) {
  const database = connectDatabase(inject('databaseUrl'), logger, 2);
  databases.push(database);
  const events = new DomainEvents(logger);
  const received: DomainEvent[] = [];
  events.on(async (event) => {
    received.push(event);
    await options.onEvent?.(event);
  });
  const relay = await startEventRelay({
    pool: database.pool,
    events,
    logger,
    answersRequests: options.answersRequests ?? false,
    reconnectDelayMs: options.reconnectDelayMs ?? { min: 200, max: 1_000 },
  });
  relays.push(relay);
  events.connect(relay.transport);
  return { database, events, relay, received };
}

// The run's database is shared with other test files' instances: each test names its own ids.
const teamChange = (): DomainEvent => ({
  type: 'team.changed',
  projectId: randomUUID(),
  userId: randomUUID(),
});
// Read back from the outbox, an event's keys come in another order.
const matching = (received: DomainEvent[], event: DomainEvent) =>
  received.filter((seen) => isDeepStrictEqual(seen, event)).length;

describe('domain events between instances', () => {
  it('reach another instance once, and run the emitter’s own listeners once', async () => {
    const one = await instance();
    const two = await instance();
    const event = teamChange();
    await one.events.emit(event);
    // Before emit resolves, the emitter's listeners ran.
    expect(matching(one.received, event)).toBe(1);
    await waitFor(() => matching(two.received, event) === 1, 'the other instance', 2_000);
    // A later event arriving means the first had its chance to come twice.
    const later = teamChange();
    await one.events.emit(later);
    await waitFor(() => matching(two.received, later) === 1, 'the later event', 2_000);
    expect(matching(one.received, event)).toBe(1);
    expect(matching(two.received, event)).toBe(1);
    const { rows } = await one.database.pool.query<{ event: DomainEvent }>(
      'select event from domain_events where origin = $1',
      [one.relay.instanceId],
    );
    expect(rows.map((row) => row.event)).toEqual([event, later]);
  });

  it('carry a fact too large for a notification by its outbox row', async () => {
    const one = await instance();
    const two = await instance();
    const event: DomainEvent = {
      type: 'evidence.withdrawn',
      projectId: randomUUID(),
      evidenceIds: Array.from({ length: 400 }, () => randomUUID()),
    };
    expect(JSON.stringify(event).length).toBeGreaterThan(8_000);
    await one.events.emit(event);
    await waitFor(() => matching(two.received, event) === 1, 'the large event', 2_000);
  });

  it('lose nothing while the listening connection is away: it reconnects and reads what it missed', async () => {
    const one = await instance();
    // Back no sooner than 0.5 s: time to emit while it is away.
    const two = await instance({ reconnectDelayMs: { min: 1_000, max: 2_000 } });
    const { rows } = await one.database.pool.query<{ terminated: boolean }>(
      `select pg_terminate_backend(pid) as terminated from pg_stat_activity
       where application_name = $1`,
      [`timantti-events listens ${two.relay.instanceId}`],
    );
    expect(rows).toEqual([{ terminated: true }]);
    await waitFor(() => !two.relay.listening(), 'the drop to be noticed', 2_000);
    const meanwhile = teamChange();
    await one.events.emit(meanwhile);
    expect(two.relay.listening()).toBe(false);
    await waitFor(() => two.relay.listening(), 'the reconnect', 5_000);
    await waitFor(() => matching(two.received, meanwhile) === 1, 'the missed event', 2_000);
    const after = teamChange();
    await one.events.emit(after);
    await waitFor(() => matching(two.received, after) === 1, 'an event after it', 2_000);
    expect(matching(two.received, meanwhile)).toBe(1);
  });

  it('make a request wait until the answering instances have acted on it', async () => {
    const documentName = `board:${randomUUID()}`;
    let stored = false;
    await instance({
      answersRequests: true,
      onEvent: async (event) => {
        if (event.type !== 'live_document.store_requested' || event.documentName !== documentName)
          return;
        await new Promise((resolve) => setTimeout(resolve, 300));
        stored = true;
      },
    });
    const asking = await instance();
    const started = Date.now();
    await asking.events.emit({ type: 'live_document.store_requested', documentName });
    expect(stored).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
    // Requests are not kept: nobody reads them later.
    const { rows } = await asking.database.pool.query(
      'select 1 from domain_events where origin = $1',
      [asking.relay.instanceId],
    );
    expect(rows).toEqual([]);
  });

  it('give up waiting for an answering instance that does not answer, at the timeout', async () => {
    // Looks like an answering instance to a requester, and never answers.
    const silent = new pg.Client({
      connectionString: inject('databaseUrl'),
      application_name: `timantti-events answers ${randomUUID()}`,
    });
    silent.on('error', () => undefined);
    await silent.connect();
    try {
      const database = connectDatabase(inject('databaseUrl'), logger, 2);
      databases.push(database);
      const events = new DomainEvents(logger);
      const relay = await startEventRelay({
        pool: database.pool,
        events,
        logger,
        answersRequests: false,
        requestTimeoutMs: 300,
      });
      relays.push(relay);
      events.connect(relay.transport);
      const started = Date.now();
      await events.emit({ type: 'live_document.store_requested', documentName: 'board:x' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await silent.end();
    }
  });

  it('prune facts older than they are kept', async () => {
    const database = connectDatabase(inject('databaseUrl'), logger, 1);
    databases.push(database);
    const origin = randomUUID();
    await database.pool.query(
      `insert into domain_events (origin, event, created_at)
       values ($1, $2, now() - interval '2 hours'), ($1, $2, now())`,
      [origin, JSON.stringify(teamChange())],
    );
    const relay = await startEventRelay({
      pool: database.pool,
      events: new DomainEvents(logger),
      logger,
      answersRequests: false,
    });
    relays.push(relay);
    await waitFor(
      async () =>
        (await database.pool.query('select 1 from domain_events where origin = $1', [origin])).rows
          .length === 1,
      'the old fact pruned',
      2_000,
    );
  });
});
