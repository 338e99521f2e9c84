import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../platform/logger.ts';
import {
  eventDelivery,
  type DomainEvent,
  type DomainEvents,
  type EventTransport,
} from './domain-events.ts';

export const EVENTS_CHANNEL = 'timantti_events';
// The listening connection's application_name, so that a requester finds in pg_stat_activity
// whom to wait for; a crashed instance's connection is gone from there with it.
const ANSWERING = 'timantti-events answers ';
const LISTENING = 'timantti-events listens ';
// NOTIFY payloads end at 8000 bytes; a larger fact goes by its row id and is read from there.
const INLINE_LIMIT = 7000;

type Message =
  | { id: number; origin: string; event?: unknown }
  | { request: string; origin: string; event: unknown }
  | { reply: string; origin: string };

const isEvent = (value: unknown): value is DomainEvent =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { type?: unknown }).type === 'string' &&
  Object.hasOwn(eventDelivery, (value as { type: string }).type);

export type EventRelay = {
  instanceId: string;
  transport: EventTransport;
  /** Whether the listening connection is up now. */
  listening: () => boolean;
  stop: () => Promise<void>;
};

/**
 * Carries domain events between the instances of one installation through PostgreSQL. A fact
 * is written to the outbox (`domain_events`) and NOTIFYd in one statement after the emitter's
 * own transaction committed; every instance holds one connection that LISTENs and hands what
 * others emitted to its bus once (the emitter's bus ran its own listeners already). When that
 * connection drops it comes back with backoff and reads the rows it missed, so a blip loses
 * nothing. A request is only NOTIFYd: each instance that `answersRequests` acts on it, then
 * answers, and the requester waits for every such instance it saw listening, or the timeout.
 */
export async function startEventRelay(options: {
  pool: pg.Pool;
  events: DomainEvents;
  logger: Pick<Logger, 'warn' | 'error'>;
  /** Acts on requests (holds live documents), so requesters wait for it. */
  answersRequests: boolean;
  /** How long the outbox keeps a fact, and so the longest drop that loses nothing. */
  retentionMs?: number;
  requestTimeoutMs?: number;
  reconnectDelayMs?: { min: number; max: number };
}): Promise<EventRelay> {
  const { pool, events, logger } = options;
  const retentionMs = options.retentionMs ?? 60 * 60_000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 2_000;
  const reconnectDelay = options.reconnectDelayMs ?? { min: 100, max: 5_000 };
  const instanceId = randomUUID();

  let client: pg.Client | null = null;
  let stopped = false;
  let attempt = 0;
  let reconnectTimer: NodeJS.Timeout | null = null;
  const dropped = new WeakSet<pg.Client>();
  // Facts with ids up to this were there before this instance started: not for it.
  let startId = 0;
  // Others' facts handed on, by id: a fact may come both by NOTIFY and by a catch-up read, and
  // ids commit out of order, so "everything after the last id seen" could skip one.
  const seen = new Set<number>();
  const pending = new Map<string, { answered: (from: string) => void; settle: () => void }>();

  function take(id: number, event: unknown) {
    if (seen.has(id)) return;
    seen.add(id);
    const read = isEvent(event)
      ? Promise.resolve(event)
      : pool
          .query<{ event: unknown }>('select event from domain_events where id = $1', [id])
          .then(({ rows }) => rows[0]?.event);
    read.then(
      (found) => (isEvent(found) ? events.deliver(found) : undefined),
      (error: unknown) => {
        // Not handed on: the next catch-up may read it.
        seen.delete(id);
        logger.error({ err: error }, 'domain event not read');
      },
    );
  }

  async function answer(requestId: string, event: DomainEvent) {
    try {
      await events.deliver(event);
    } finally {
      await pool
        .query('select pg_notify($1, $2)', [
          EVENTS_CHANNEL,
          JSON.stringify({ reply: requestId, origin: instanceId }),
        ])
        .catch((error: unknown) => logger.error({ err: error }, 'domain event not answered'));
    }
  }

  function receive(payload: string) {
    let message: Message;
    try {
      message = JSON.parse(payload) as Message;
    } catch {
      return;
    }
    // Anyone who may connect can NOTIFY on the channel: what is not ours is passed over.
    if (typeof message !== 'object' || message === null || message.origin === instanceId) return;
    if ('reply' in message) pending.get(message.reply)?.answered(message.origin);
    else if ('request' in message) {
      if (options.answersRequests && isEvent(message.event))
        void answer(message.request, message.event);
    } else if (typeof message.id === 'number') take(message.id, message.event);
  }

  async function catchUp(on: pg.Client) {
    const { rows } = await on.query<{ id: string }>(
      'select id from domain_events where id > $1 and origin <> $2 order by id',
      [startId, instanceId],
    );
    const missed = rows.map((row) => Number(row.id)).filter((id) => !seen.has(id));
    if (missed.length === 0) return;
    const found = await on.query<{ id: string; event: unknown }>(
      'select id, event from domain_events where id = any($1::int8[]) order by id',
      [missed],
    );
    for (const row of found.rows) take(Number(row.id), row.event);
  }

  function lost(which: pg.Client, error: unknown) {
    if (dropped.has(which)) return;
    dropped.add(which);
    which.end().catch(() => undefined);
    if (client === which) client = null;
    if (stopped) return;
    logger.warn({ err: error }, 'domain event listener lost its connection; reconnecting');
    scheduleReconnect();
  }

  function scheduleReconnect() {
    if (stopped || reconnectTimer) return;
    const delay = Math.min(reconnectDelay.max, reconnectDelay.min * 2 ** attempt);
    attempt += 1;
    reconnectTimer = setTimeout(
      () => {
        reconnectTimer = null;
        connect(false).catch(() => undefined);
      },
      // Jittered, so instances that lost the database together do not return in one burst.
      delay * (0.5 + Math.random() / 2),
    );
    reconnectTimer.unref();
  }

  async function connect(first: boolean) {
    const next = new pg.Client({
      ...pool.options,
      application_name: `${options.answersRequests ? ANSWERING : LISTENING}${instanceId}`,
      // A connection that died without a word (a network drop) is noticed, not waited on.
      keepAlive: true,
    });
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, new Error('connection ended')));
    next.on('notification', (notification) => {
      if (notification.channel === EVENTS_CHANNEL && notification.payload)
        receive(notification.payload);
    });
    try {
      await next.connect();
      await next.query(`listen ${EVENTS_CHANNEL}`);
      if (first) {
        const { rows } = await next.query<{ id: string }>(
          'select coalesce(max(id), 0) as id from domain_events',
        );
        startId = Number(rows[0]?.id ?? 0);
      } else {
        // Listening already: a fact committed from now on comes by NOTIFY, one before is read.
        await catchUp(next);
      }
      if (stopped) {
        await next.end();
        return;
      }
      client = next;
      attempt = 0;
    } catch (error) {
      if (first) {
        dropped.add(next);
        await next.end().catch(() => undefined);
        throw error;
      }
      lost(next, error);
    }
  }

  async function prune() {
    await pool.query(
      'delete from domain_events where created_at < now() - make_interval(secs => $1)',
      [retentionMs / 1000],
    );
    // Ids below the oldest row left can come by no catch-up any more.
    const { rows } = await pool.query<{ id: string | null }>(
      'select min(id) as id from domain_events',
    );
    const oldest =
      rows[0]?.id === null || rows[0]?.id === undefined ? Infinity : Number(rows[0].id);
    for (const id of seen) if (id < oldest) seen.delete(id);
  }

  const transport: EventTransport = {
    async publish(event) {
      const json = JSON.stringify(event);
      await pool.query(
        `with row as (insert into domain_events (origin, event) values ($1, $2) returning id)
         select pg_notify($3, json_build_object('id', id, 'origin', $1::text, 'event', $4::json)::text)
         from row`,
        [instanceId, json, EVENTS_CHANNEL, Buffer.byteLength(json) <= INLINE_LIMIT ? json : null],
      );
    },
    async request(event) {
      const { rows } = await pool.query<{ name: string }>(
        `select application_name as name from pg_stat_activity
         where datname = current_database() and starts_with(application_name, $1)`,
        [ANSWERING],
      );
      const waiting = new Set(
        rows.map((row) => row.name.slice(ANSWERING.length)).filter((id) => id !== instanceId),
      );
      if (waiting.size === 0) return;
      const requestId = randomUUID();
      let timer: NodeJS.Timeout | undefined;
      // Without a listening connection no answer could reach this instance: ask, do not wait.
      const answered = client
        ? new Promise<void>((resolve) => {
            timer = setTimeout(resolve, requestTimeoutMs);
            pending.set(requestId, {
              answered: (from) => {
                waiting.delete(from);
                if (waiting.size === 0) resolve();
              },
              settle: resolve,
            });
          })
        : Promise.resolve();
      try {
        await pool.query('select pg_notify($1, $2)', [
          EVENTS_CHANNEL,
          JSON.stringify({ request: requestId, origin: instanceId, event }),
        ]);
        await answered;
      } finally {
        pending.delete(requestId);
        clearTimeout(timer);
      }
    },
  };

  await connect(true);
  const pruneLogged = () => {
    prune().catch((error: unknown) => logger.error({ err: error }, 'domain events not pruned'));
  };
  pruneLogged();
  const pruning = setInterval(pruneLogged, Math.min(retentionMs / 4, 10 * 60_000));
  pruning.unref();

  return {
    instanceId,
    transport,
    listening: () => client !== null,
    async stop() {
      stopped = true;
      clearInterval(pruning);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      for (const request of pending.values()) request.settle();
      const last = client;
      client = null;
      if (last) {
        dropped.add(last);
        await last.end().catch(() => undefined);
      }
    },
  };
}
