import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { describeError } from '../src/platform/lifecycle.ts';

const script = new URL('./lifecycle/lifecycle-process.ts', import.meta.url).pathname;

/** Runs the process to its end, sending `signal` once it is ready. */
function run(how: string, signal?: NodeJS.Signals) {
  return new Promise<{ code: number | null; lines: string[] }>((resolve) => {
    const child = execFile(process.execPath, [script, how], (_error, stdout) =>
      resolve({ code: child.exitCode, lines: stdout.trim().split('\n') }),
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      if (signal && chunk.toString().includes('ready')) child.kill(signal);
    });
  });
}

const orderly = ['opened database', 'opened server', 'ready', 'closed server', 'closed database'];

describe('the process lifecycle', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'closes the server, then the database, and exits with 0 on %s',
    async (signal) => {
      expect(await run('wait', signal)).toEqual({ code: 0, lines: orderly });
    },
  );

  it.each(['uncaught', 'unhandled'])(
    'closes everything in order and exits with 1 on an %s error',
    async (how) => {
      expect(await run(how)).toEqual({ code: 1, lines: orderly });
    },
  );

  it('closes what finishes opening after a signal, and goes no further', async () => {
    expect(await run('signal-while-opening')).toEqual({
      code: 0,
      lines: ['opened database', 'closed server', 'closed database'],
    });
  });
});

describe('describeError', () => {
  it('names what was thrown, never just "undefined"', () => {
    expect(describeError(new Error('listen EADDRINUSE'))).toBe('listen EADDRINUSE');
    expect(describeError(undefined)).not.toMatch(/^undefined$/);
    expect(describeError(undefined)).toContain('without a reason');
    expect(describeError('no such role')).toBe('no such role');
    expect(describeError({ code: 42 })).toBe('{ code: 42 }');
  });
});
