// What the web sources remember between polls and runs: each feed's validators (for conditional GET)
// and the item URLs already loaded. Kept as one JSON file beside the embedded store's data, replaced
// atomically so a crash leaves the old state, never a torn one.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import type { Validators } from "./web-fetcher.js";

const StateFile = z.object({
  validators: z.record(z.string(), z.object({ etag: z.string().nullable(), lastModified: z.string().nullable() })),
  seen: z.array(z.string()),
});

/** The URL with its fragment dropped: "#comments" is the same article. */
export const urlKey = (url: string) => url.replace(/#.*$/, "");

export class FetchState {
  private constructor(
    private readonly path: string | null,
    private readonly validators: Map<string, Validators>,
    private readonly seen: Set<string>,
  ) {}

  /** In memory only (tests, one-off runs). */
  static inMemory(): FetchState {
    return new FetchState(null, new Map(), new Set());
  }

  static load(path: string): FetchState {
    if (!existsSync(path)) return new FetchState(path, new Map(), new Set());
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`sources: ${path} is not a sources state file: ${(error as Error).message}`);
    }
    const parsed = StateFile.safeParse(value);
    if (!parsed.success)
      throw new Error(`sources: ${path} is not a sources state file: ${parsed.error.issues[0]?.message}`);
    return new FetchState(path, new Map(Object.entries(parsed.data.validators)), new Set(parsed.data.seen));
  }

  validatorsOf(url: string): Validators | undefined {
    return this.validators.get(url);
  }

  remember(url: string, validators: Validators) {
    if (validators.etag || validators.lastModified) this.validators.set(url, validators);
  }

  hasSeen(url: string): boolean {
    return this.seen.has(urlKey(url));
  }

  markSeen(urls: Iterable<string>) {
    for (const url of urls) this.seen.add(urlKey(url));
  }

  save() {
    if (!this.path) return;
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify({ validators: Object.fromEntries(this.validators), seen: [...this.seen] }));
    renameSync(tmp, this.path);
  }
}
