import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseLockedError } from "./errors.ts";
import { acquireFolderLock, LOCK_FILE_NAME } from "./folder-lock.ts";

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "stackvend-lock-test-"));
  folders.push(dir);
  return dir;
}

function writeLock(dir: string, pid: number, host = hostname(), startedAt = new Date()): void {
  const owner = { pid, hostname: host, startedAt: startedAt.toISOString() };
  writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(owner));
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  return child.pid ?? 999_999;
}

describe("acquireFolderLock", () => {
  it("records pid, hostname and start time, and removes the file on release", () => {
    const dir = folder();
    const lock = acquireFolderLock(dir);
    expect(JSON.parse(readFileSync(lock.path, "utf8"))).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
    });
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it("refuses a folder held by a live process, naming the folder and the process", () => {
    const dir = folder();
    const holder = spawn("sleep", ["30"]);
    try {
      writeLock(dir, holder.pid ?? 0);
      expect(() => acquireFolderLock(dir)).toThrow(DatabaseLockedError);
      expect(() => acquireFolderLock(dir)).toThrow(
        `The data folder ${dir} is already in use by process ${holder.pid}. ` +
          "Stop that Stackvend instance or set STACKVEND_DATA_DIR to another folder.",
      );
    } finally {
      holder.kill();
    }
  });

  it("takes over a lock left by a process that is gone", () => {
    const dir = folder();
    writeLock(dir, deadPid());
    const lock = acquireFolderLock(dir);
    expect(JSON.parse(readFileSync(lock.path, "utf8"))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it("takes over a lock whose pid was reused by a process started after the lock", () => {
    const dir = folder();
    const newcomer = spawn("sleep", ["30"]);
    try {
      writeLock(dir, newcomer.pid ?? 0, hostname(), new Date(Date.now() - 3_600_000));
      const lock = acquireFolderLock(dir);
      expect(JSON.parse(readFileSync(lock.path, "utf8"))).toMatchObject({ pid: process.pid });
      lock.release();
    } finally {
      newcomer.kill();
    }
  });

  it("refuses a second lock in the same process, but takes over one left by an earlier process with our pid", () => {
    const dir = folder();
    const lock = acquireFolderLock(dir);
    expect(() => acquireFolderLock(dir)).toThrow(DatabaseLockedError);
    lock.release();
    writeLock(dir, process.pid, hostname(), new Date(Date.now() - 3_600_000 - process.uptime() * 1000));
    acquireFolderLock(dir).release();
  });

  it("honours a lock from another host, whose process it cannot check", () => {
    const dir = folder();
    writeLock(dir, deadPid(), "some-other-host");
    expect(() => acquireFolderLock(dir)).toThrow(DatabaseLockedError);
  });

  it("does not remove a lock it no longer owns", () => {
    const dir = folder();
    const lock = acquireFolderLock(dir);
    writeLock(dir, 4242, "some-other-host");
    lock.release();
    expect(existsSync(lock.path)).toBe(true);
  });
});
