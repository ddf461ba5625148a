import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StartRefusedError } from '../common/start-refused.error';

/** Exit code of a process refused because another one holds the data folder (sysexits' EX_TEMPFAIL). */
export const EXIT_DATA_DIR_IN_USE = 75;

export class DataDirInUseError extends StartRefusedError {
  constructor(dataDir: string, holder: LockHolder) {
    super(
      `The data folder ${dataDir} is in use by another Dari process (pid ${holder.ownerPid ?? holder.pid}, ${holder.command}, since ${holder.since}). ` +
        'Only one server or command may open the embedded database at a time: stop the other one first.',
      EXIT_DATA_DIR_IN_USE,
    );
  }
}

interface LockHolder {
  /** The process that has the database open (alive or not decides whether the lock is stale). */
  pid: number;
  /** The server or command it serves, when that is another process: the one an operator would stop. */
  ownerPid?: number;
  host: string;
  /** The kernel's boot id and the process's start time (clock ticks since boot): a reused pid never matches both. */
  bootId: string | null;
  startTicks: string | null;
  command: string;
  since: string;
}

export interface DataDirLock {
  release(): void;
}

export const LOCK_FILE = 'dari.lock';

/**
 * Takes the data folder for this process. The lock file names its holder; a holder that no longer runs (killed,
 * crashed, or a pid reused after a restart) is stale and the lock is taken over. Taking it is an atomic
 * `link`, so of two processes starting together exactly one wins.
 */
export function lockDataDir(
  dataDir: string,
  command = process.argv.slice(1).join(' '),
  options: { waitMs?: number; ownerPid?: number } = {},
): DataDirLock {
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    try {
      return takeLock(dataDir, command, options.ownerPid);
    } catch (error) {
      // A holder that is closing (a server just stopped or killed, its database process finishing) gets a moment.
      if (!(error instanceof DataDirInUseError) || Date.now() >= deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

function takeLock(dataDir: string, command: string, ownerPid: number | undefined): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const mine: LockHolder = {
    pid: process.pid,
    ownerPid,
    host: hostname(),
    ...identity(process.pid),
    command: command.slice(0, 200),
    since: new Date().toISOString(),
  };
  const text = JSON.stringify(mine);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(temp, file);
        const release = () => {
          process.off('exit', release);
          if (readText(file) === text) unlinkSync(file);
        };
        process.on('exit', release);
        return { release };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holderText = readText(file);
      if (holderText === null) continue;
      const holder = parse(holderText);
      if (holder && isRunning(holder)) throw new DataDirInUseError(dataDir, holder);
      clearStale(file, holderText);
    }
    throw new Error(`could not take the lock ${file}: it keeps changing`);
  } finally {
    unlinkSync(temp);
  }
}

/** Moves the stale lock aside; if another process replaced it meanwhile, puts that one back. */
function clearStale(file: string, staleText: string) {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readText(aside) !== staleText) {
    try {
      linkSync(aside, file);
    } catch {
      // Someone took the lock again in between; theirs stands.
    }
  }
  unlinkSync(aside);
}

function isRunning(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // another machine's process cannot be checked: assume it runs
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = identity(holder.pid);
  if (holder.bootId && now.bootId && holder.bootId !== now.bootId) return false;
  return !(holder.startTicks && now.startTicks && holder.startTicks !== now.startTicks);
}

function identity(pid: number): { bootId: string | null; startTicks: string | null } {
  const bootId = readText('/proc/sys/kernel/random/boot_id')?.trim() ?? null;
  // Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces, so count after its ')'.
  const stat = readText(`/proc/${pid}/stat`);
  const startTicks = stat ? (stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null) : null;
  return { bootId, startTicks };
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parse(text: string): LockHolder | null {
  try {
    const holder = JSON.parse(text) as LockHolder;
    return typeof holder.pid === 'number' ? holder : null;
  } catch {
    return null; // a torn or empty file from a crash mid-write: stale
  }
}
