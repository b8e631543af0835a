import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { DatabaseLockedError } from "./errors.ts";

export const LOCK_FILE_NAME = "stackvend.lock";

interface TLockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export interface TFolderLock {
  path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(path: string): TLockOwner | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as TLockOwner;
  } catch {
    return undefined;
  }
}

/** When a process started (ms since the epoch), from Linux's /proc; undefined elsewhere. */
function processStartedAt(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const startTicks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    const bootSeconds = Number(/^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"))?.[1]);
    const started = (bootSeconds + startTicks / 100) * 1000;
    return Number.isFinite(started) ? started : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A lock is stale when its process is gone, or when the pid now belongs to a
 * process that started after the lock was written (pids are reused, notably
 * in containers restarted with the same volume). Our own pid counts as the
 * same rule: a lock this process wrote is live, an older one is a leftover.
 * A pid on another host cannot be checked, so it is honoured.
 */
function isStale(owner: TLockOwner): boolean {
  if (owner.hostname !== hostname()) return false;
  const lockedAt = Date.parse(owner.startedAt);
  if (owner.pid === process.pid) return lockedAt < Date.now() - process.uptime() * 1000;
  if (!isAlive(owner.pid)) return true;
  const started = processStartedAt(owner.pid);
  return started !== undefined && started > lockedAt + 1000;
}

/** O_EXCL makes creation atomic: of two processes racing, exactly one creates the file. */
function tryCreate(path: string, owner: TLockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock aside. Renaming is atomic, so of two processes taking
 * over the same stale lock only one succeeds; if what was moved is no longer
 * the stale lock (someone took over in between) it is put back.
 */
function removeStale(path: string, stale: string): void {
  const aside = `${path}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  if (readFileSync(aside, "utf8") !== stale) {
    try {
      linkSync(aside, path);
    } catch {
      /* a third process already holds the folder; it keeps it */
    }
  }
  unlinkSync(aside);
}

/**
 * PGlite takes no lock of its own and two processes on one data folder
 * corrupt it silently, so the folder is claimed with a lock file (pid,
 * hostname, start time). It is released on close and when the process exits;
 * a lock left by a killed process is taken over.
 */
export function acquireFolderLock(dataDir: string): TFolderLock {
  const path = join(dataDir, LOCK_FILE_NAME);
  const owner: TLockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  const mine = JSON.stringify(owner);
  for (let attempt = 0; !tryCreate(path, owner); attempt++) {
    const raw = readFileSyncOrEmpty(path);
    const current = readOwner(path);
    if (current && !isStale(current)) throw new DatabaseLockedError(dataDir, current.pid, current.hostname);
    if (attempt >= 5)
      throw new Error(`Could not take the lock ${path}; remove it if no Stackvend instance runs.`);
    if (current || attempt > 0) removeStale(path, raw);
    else sleepSync(50);
  }
  const release = () => {
    process.removeListener("exit", release);
    if (readFileSyncOrEmpty(path) === mine) unlinkSync(path);
  };
  process.on("exit", release);
  return { path, release };
}

/** An unreadable lock may be one another process created a moment ago and is still writing. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readFileSyncOrEmpty(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
