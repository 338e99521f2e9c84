import type { Readable } from 'node:stream';
import { StreamFault } from './csv-error.ts';

export type CsvSource = AsyncIterable<Uint8Array> | Readable;

/** The source's bytes up to `maxBytes`; past it, the allowed part and then a StreamFault. */
export async function* limitBytes(
  source: CsvSource,
  maxBytes: number,
): AsyncGenerator<Uint8Array, void, undefined> {
  let total = 0;
  for await (const chunk of source as AsyncIterable<unknown>) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError('readCsv reads bytes, not text');
    total += chunk.length;
    if (total > maxBytes) {
      const allowed = chunk.length - (total - maxBytes);
      if (allowed > 0) yield chunk.subarray(0, allowed);
      throw new StreamFault('csv_too_large', maxBytes, total);
    }
    yield chunk;
  }
}

/** The first chunks, kept for encoding detection and then replayed to the decoder. */
export interface Window {
  chunks: Uint8Array[];
  done: boolean;
  fault: StreamFault | undefined;
}

/**
 * Reads chunks until `size` bytes or the end. A size fault ends the window early and is kept,
 * to be raised once the parser knows which line it falls on.
 */
export async function readWindow(
  bytes: AsyncIterator<Uint8Array, void>,
  size: number,
): Promise<Window> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    while (length < size) {
      const next = await bytes.next();
      if (next.done) return { chunks, done: true, fault: undefined };
      chunks.push(next.value);
      length += next.value.length;
    }
  } catch (error) {
    if (!(error instanceof StreamFault)) throw error;
    return { chunks, done: true, fault: error };
  }
  return { chunks, done: false, fault: undefined };
}

/** The window's chunks again, then its fault or the rest of the bytes. */
export async function* replay(
  window: Window,
  rest: AsyncGenerator<Uint8Array, void, undefined>,
): AsyncGenerator<Uint8Array, void, undefined> {
  try {
    yield* window.chunks;
    // Released so that the window is not held while the rest streams.
    window.chunks.length = 0;
    if (window.fault) throw window.fault;
    if (!window.done) yield* rest;
  } finally {
    await rest.return(undefined);
  }
}
