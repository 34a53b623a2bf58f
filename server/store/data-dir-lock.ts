/**
 * PGlite is PostgreSQL without its postmaster: nothing stops two processes from opening one data
 * directory and corrupting it. A lock file in the directory, holding the owner's pid, does.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const lockFileName = 'console.lock';

export interface LockHolder {
  pid: number;
  host: string;
}

/** The directory is open in a live process (possibly this one). */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    super(`${lockFile} is held by process ${holder.pid} on ${holder.host}`);
  }
}

// Lock files this process wrote. A holder with our own pid that is not listed here is a previous
// run's leftover whose pid we happen to reuse (a container's pid 1 restarted), hence stale.
const heldByThisProcess = new Set<string>();

/** Takes the lock (over a stale one if need be); returns its release. */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockFile = join(dataDir, lockFileName);
  const ours = JSON.stringify({ pid: process.pid, host: hostname() } satisfies LockHolder);
  // Each round either takes the lock, finds a live holder, or clears a stale lock for the next.
  for (let round = 1; round <= 3; round += 1) {
    try {
      writeFileSync(lockFile, ours, { flag: 'wx' });
      heldByThisProcess.add(lockFile);
      return () => release(lockFile, ours);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const seen = readIfPresent(lockFile);
    const holder = seen === null ? null : parseHolder(seen);
    if (holder && isLive(holder, lockFile)) throw new DataDirLockedError(lockFile, holder);
    // Stale. Remove it only if it is still the file we judged, so that of two processes taking
    // over at once the slower one finds the winner's fresh lock instead of deleting it.
    if (seen !== null && readIfPresent(lockFile) === seen) rmSync(lockFile, { force: true });
  }
  throw new Error(`${lockFile} kept changing while the console tried to take it; try again.`);
}

function readIfPresent(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function release(lockFile: string, ours: string) {
  heldByThisProcess.delete(lockFile);
  // Gone already (the directory was moved aside) or taken over: not ours to remove.
  if (readIfPresent(lockFile) === ours) rmSync(lockFile, { force: true });
}

function parseHolder(text: string): LockHolder | null {
  try {
    const { pid, host } = JSON.parse(text) as { pid?: unknown; host?: unknown };
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0
      ? { pid, host: String(host) }
      : null;
  } catch {
    return null; // a lock file cut short by a crash while writing it: nobody holds it
  }
}

function isLive(holder: LockHolder, lockFile: string): boolean {
  if (holder.pid === process.pid) return heldByThisProcess.has(lockFile);
  try {
    process.kill(holder.pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
