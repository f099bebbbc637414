// A writer of the embedded store killed with SIGKILL mid-write, again and again at random moments
// (snapshots included): each time the store reopens holding exactly a prefix of the batches.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { StoreLockedError } from "../../src/store/errors.js";
import { seededRandom } from "../bench/corpus.js";
import { runTs } from "../support/child.js";
import { syntheticExtractions } from "../support/synthetic.js";

const WRITER = join(import.meta.dirname, "writer-process.ts");
const TOTAL = 2000;
const BATCH = 50;

describe("embedded store crash safety", () => {
  it("holds a prefix of the batches after every SIGKILL", { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "diplograph-crash-"));
    const ids = syntheticExtractions(TOTAL).map((x) => x.article.id);
    const random = seededRandom(11);
    let previous = 0;
    for (let round = 0; round < 5; round++) {
      // A small snapshot threshold so that kills also land while a snapshot is being written.
      const child = runTs(WRITER, ["embedded", dir, "0", String(TOTAL), String(BATCH), "-", "400000"]);
      await child.waitFor((l) => l.startsWith("batch"));
      await sleep(20 + random() * 400);
      child.process.kill("SIGKILL");
      const { signal, code } = await child.exit;
      expect(signal === "SIGKILL" || code === 0).toBe(true);
      const reported = child.lines.filter((l) => l.startsWith("batch")).length;

      const store = await EmbeddedStore.open({ dataDir: dir });
      const known = await store.knownArticles(ids);
      store.abandon();
      const stored = known.size;
      // A prefix: every stored article comes before every missing one, and whole batches only.
      expect(ids.slice(0, stored).every((id) => known.has(id))).toBe(true);
      expect(stored % BATCH === 0 || stored === TOTAL).toBe(true);
      // Nothing reported as stored is lost; at most the batch in flight is.
      expect(stored).toBeGreaterThanOrEqual(previous);
      expect(stored).toBeGreaterThanOrEqual(Math.min(TOTAL, reported * BATCH));
      previous = stored;
    }
    const store = await EmbeddedStore.open({ dataDir: dir });
    await store.upsert(syntheticExtractions(TOTAL));
    const alone = await EmbeddedStore.open({ dataDir: mkdtempSync(join(tmpdir(), "diplograph-whole-")) });
    await alone.upsert(syntheticExtractions(TOTAL));
    expect(await store.stats()).toEqual(await alone.stats());
    await Promise.all([store.close(), alone.close()]);
  });

  it("lets one process write at a time and names the holder to the next", async () => {
    const dir = mkdtempSync(join(tmpdir(), "diplograph-lock-"));
    const holder = runTs(WRITER, ["embedded", dir, "0", "10", "10", join(dir, "never")]);
    await holder.waitFor((l) => l === "ready");
    const error = await EmbeddedStore.open({ dataDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as Error).message).toContain(`process ${holder.process.pid}`);
    expect((error as Error).message).toContain("POST /ingest/jobs");
    holder.process.kill("SIGKILL");
    await holder.exit;
    // The holder is gone: its lock is stale and taken over.
    const store = await EmbeddedStore.open({ dataDir: dir });
    await store.close();
  });
});
