// Append-only write-ahead journal: one line per batch, "<sha256 prefix> <json>\n", fsynced before the
// batch is applied. A torn or corrupt tail (a kill -9 mid-write) is cut off on open, so what survives
// is always a prefix of the batches.
import { createHash } from "node:crypto";
import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from "node:fs";

const digest = (json: string) => createHash("sha256").update(json).digest("hex").slice(0, 16);

export interface JournalRecord<T> {
  seq: number;
  payload: T;
}

export class Journal<T> {
  private constructor(
    private readonly fd: number,
    private size: number,
  ) {}

  /** Opens (creating) the journal, returns it with its intact records; cuts off a damaged tail. */
  static open<T>(path: string): { journal: Journal<T>; records: JournalRecord<T>[]; cutBytes: number } {
    const fd = openSync(path, existsSync(path) ? "r+" : "w+");
    const total = fstatSync(fd).size;
    const records: JournalRecord<T>[] = [];
    let good = 0;
    let carry = Buffer.alloc(0);
    const chunk = Buffer.alloc(1 << 20);
    let position = 0;
    outer: while (position < total) {
      const n = readSync(fd, chunk, 0, chunk.length, position);
      if (n === 0) break;
      position += n;
      carry = Buffer.concat([carry, chunk.subarray(0, n)]);
      let start = 0;
      for (let nl = carry.indexOf(10, start); nl !== -1; nl = carry.indexOf(10, start)) {
        const line = carry.subarray(start, nl).toString("utf8");
        const space = line.indexOf(" ");
        const json = line.slice(space + 1);
        if (space !== 16 || digest(json) !== line.slice(0, 16)) break outer;
        try {
          records.push(JSON.parse(json) as JournalRecord<T>);
        } catch {
          break outer;
        }
        good += nl - start + 1;
        start = nl + 1;
      }
      carry = carry.subarray(start);
    }
    if (good < total) {
      ftruncateSync(fd, good);
      fsyncSync(fd);
    }
    return { journal: new Journal<T>(fd, good), records, cutBytes: total - good };
  }

  get bytes(): number {
    return this.size;
  }

  append(record: JournalRecord<T>): void {
    const json = JSON.stringify(record);
    const line = Buffer.from(`${digest(json)} ${json}\n`, "utf8");
    let written = 0;
    while (written < line.length)
      written += writeSync(this.fd, line, written, line.length - written, this.size + written);
    fsyncSync(this.fd);
    this.size += line.length;
  }

  /** Empties the journal once a snapshot holds everything in it. */
  reset(): void {
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.size = 0;
  }

  close(): void {
    closeSync(this.fd);
  }
}
