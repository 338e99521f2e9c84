// What bench/collab-fanout.ts and its server children share: the IPC memory probe, and the
// board edit both servers carry.

export type MemoryReport = { heapUsed: number; rss: number; documents: number };

/** In a child: answer `{ type: 'memory' }` with the heap after a full GC (needs --expose-gc). */
export function answerMemoryQueries(documents: () => number) {
  process.on('message', (message: { type?: string }) => {
    if (message.type !== 'memory') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    const usage = process.memoryUsage();
    const report: MemoryReport = {
      heapUsed: usage.heapUsed,
      rss: usage.rss,
      documents: documents(),
    };
    process.send?.({ type: 'memory', report });
  });
}
