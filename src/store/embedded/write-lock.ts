// One writer at a time: a lock file naming its holder, created exclusively. A lock left by a process
// that no longer runs on this host is taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { StoreLockedError } from "../errors.js";

interface Holder {
  pid: number;
  hostname: string;
  command: string;
  since: string;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

export function acquireWriteLock(path: string, dataDir: string, command: string): () => void {
  const me: Holder = { pid: process.pid, hostname: hostname(), command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(path);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder: Holder | null = null;
      try {
        holder = JSON.parse(readFileSync(path, "utf8")) as Holder;
      } catch {
        holder = null; // written half by a holder that died at once
      }
      if (holder && (holder.hostname !== me.hostname || alive(holder.pid))) throw new StoreLockedError(dataDir, holder);
      try {
        unlinkSync(path);
      } catch {
        // another process took it over first; try again
      }
    }
  }
  throw new Error(`store: could not take the write lock ${path}`);
}
