// PostgreSQL refuses to start while `postmaster.pid` in its cluster names a live process. The
// embedded PostgreSQL runs as a child of the Node server, and a child outlives a parent killed
// with SIGKILL (or by the out-of-memory killer): it is left running, orphaned, holding that file.
// Before starting, the cluster is freed here: an orphan is shut down, a stale lock file removed,
// and anything that cannot be decided safely is refused with a message saying what to do.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../platform/logger.ts';

/**
 * A custom setting on the postmaster's command line naming the process that started it, so
 * that a later start can tell an orphan (its parent is no longer that process) from the
 * database of a server that is still running.
 */
export const SERVER_PID_SETTING = 'timantti.server_pid';

const ORPHAN_STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 100;

type ProcessInfo = { ppid: number; argv: readonly string[] };

/** The pid of the postmaster running in `clusterDir` as its lock file names it, or null. */
export async function postmasterPid(clusterDir: string): Promise<number | null> {
  const lock = await readLockFile(clusterDir);
  return lock === null || lock === 'unreadable' ? null : lock.pid;
}

/**
 * Leaves `clusterDir` free for a new postmaster: shuts down one orphaned by a killed server
 * (fast shutdown, as Ctrl-C would have done) and removes a lock file whose process is gone.
 * Throws, with what to do, when another running server or a PostgreSQL not started by
 * Timantti holds the directory.
 */
export async function freeClusterDirectory(options: {
  clusterDir: string;
  logger: Logger;
}): Promise<void> {
  const { clusterDir, logger } = options;
  const lockFile = path.join(clusterDir, 'postmaster.pid');
  const lock = await readLockFile(clusterDir);
  if (lock === null) return;
  if (lock === 'unreadable') {
    throw new Error(
      `${lockFile} is empty or damaged (PostgreSQL was interrupted while starting). ` +
        `If no PostgreSQL runs on ${clusterDir}, remove that file and start again.`,
    );
  }
  const holder = await inspectProcess(lock.pid);
  if (!holder || !(await runsCluster(holder, clusterDir))) {
    // The process the file names is gone, or its pid now belongs to another program: the file
    // is stale. PostgreSQL itself still refuses to start if any old backend is attached to the
    // cluster's shared memory.
    await fs.rm(lockFile, { force: true });
    logger.warn({ pid: lock.pid }, 'removed a stale PostgreSQL lock file');
    return;
  }
  const serverPid = serverPidOf(holder.argv);
  if (serverPid === null) {
    throw new Error(
      `The database in ${clusterDir} is in use by a PostgreSQL (process ${lock.pid}) that ` +
        `Timantti did not start. Stop it (kill -INT ${lock.pid}) and start Timantti again.`,
    );
  }
  if (holder.ppid === serverPid) {
    throw new Error(
      `The database in ${clusterDir} is in use by another running Timantti (process ${serverPid}). ` +
        `Stop it first, or give this one its own TIMANTTI_DATA_DIR.`,
    );
  }
  logger.warn(
    { pid: lock.pid },
    'stopping the embedded PostgreSQL left running by a server that was killed',
  );
  await stopOrphan(lock.pid, clusterDir);
}

async function readLockFile(clusterDir: string): Promise<{ pid: number } | 'unreadable' | null> {
  let text: string;
  try {
    text = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw new Error(
      `Cannot read ${path.join(clusterDir, 'postmaster.pid')}: ${(error as Error).message}. ` +
        `Start Timantti as the user who owns ${clusterDir}.`,
      { cause: error },
    );
  }
  // The first line is the postmaster's pid; the rest (data directory, start time, port …) we
  // do not need: the process itself is asked what it runs.
  const pid = Number(text.split('\n', 1)[0]);
  return Number.isInteger(pid) && pid > 0 ? { pid } : 'unreadable';
}

/**
 * Whether the process may be a postmaster of `clusterDir`. It errs towards yes: a wrong yes
 * stops the start with a message, a wrong no would remove the lock file of a live database.
 */
async function runsCluster(info: ProcessInfo, clusterDir: string): Promise<boolean> {
  if (info.argv.join(' ').includes(path.resolve(clusterDir))) return true;
  const index = info.argv.indexOf('-D');
  const dataDir = index === -1 ? undefined : info.argv[index + 1];
  if (dataDir === undefined) return false;
  const [theirs, ours] = await Promise.all([realpath(dataDir), realpath(clusterDir)]);
  return theirs !== null && theirs === ours;
}

function serverPidOf(argv: readonly string[]): number | null {
  const prefix = `${SERVER_PID_SETTING}=`;
  const setting = argv.find((arg) => arg.startsWith(prefix));
  const pid = setting ? Number(setting.slice(prefix.length)) : Number.NaN;
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

async function stopOrphan(pid: number, clusterDir: string): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    if (isCode(error, 'ESRCH')) return;
    throw new Error(
      `The PostgreSQL left running on ${clusterDir} (process ${pid}) cannot be stopped by this ` +
        `user: ${(error as Error).message}. Stop it as its owner (kill -INT ${pid}).`,
      { cause: error },
    );
  }
  const deadline = Date.now() + ORPHAN_STOP_TIMEOUT_MS;
  while (await inspectProcess(pid)) {
    if (Date.now() > deadline) {
      throw new Error(
        `The PostgreSQL left running on ${clusterDir} (process ${pid}) did not stop within ` +
          `${ORPHAN_STOP_TIMEOUT_MS / 1000} s. Stop it (kill -QUIT ${pid}) and start again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The parent and command line of a live process; null when there is none or it is a zombie. */
async function inspectProcess(pid: number): Promise<ProcessInfo | null> {
  let stat: string;
  try {
    stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT') && (await procMounted())) return null;
    return inspectWithPs(pid);
  }
  // `pid (comm) state ppid …`; the command name may itself hold spaces and parentheses.
  const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (state === 'Z' || state === 'X') return null;
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return { ppid: Number(ppid), argv: cmdline.split('\0').filter(Boolean) };
}

// Where there is no /proc (macOS), `ps` answers. Its command line is joined by spaces, so the
// arguments split here are approximate; `runsCluster` also looks for the path in the whole line.
async function inspectWithPs(pid: number): Promise<ProcessInfo | null> {
  try {
    const { stdout } = await promisify(execFile)('ps', [
      '-ww',
      '-o',
      'stat=',
      '-o',
      'ppid=',
      '-o',
      'args=',
      '-p',
      String(pid),
    ]);
    const match = /^\s*(\S+)\s+(\d+)\s+(.*)$/.exec(stdout.trim());
    if (!match || match[1]?.startsWith('Z')) return null;
    return { ppid: Number(match[2]), argv: (match[3] ?? '').split(/\s+/) };
  } catch {
    return null;
  }
}

let procChecked: Promise<boolean> | undefined;
function procMounted(): Promise<boolean> {
  procChecked ??= fs
    .access('/proc/self/stat')
    .then(() => true)
    .catch(() => false);
  return procChecked;
}

function realpath(file: string): Promise<string | null> {
  return fs.realpath(file).catch(() => null);
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
