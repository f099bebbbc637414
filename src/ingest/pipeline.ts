// The ingestion pipeline, wired in one place: read -> skip known -> extract and check (worker threads)
// -> write in batches -> resolve. Extraction of the next batch overlaps the writing of the last. A bad
// record is rejected with where it came from and the job goes on (per-item error policy: skip).
import { createHash } from "node:crypto";
import type { Extraction } from "../domain/extraction.js";
import type { GraphStore } from "../store/graph-store.js";
import type { ExtractPool } from "./extract-pool.js";
import type { ArticleRecord, Origin, Reject, SourceItem } from "./records.js";

export interface IngestOptions {
  store: GraphStore | null;
  pool: ExtractPool;
  batchSize: number;
  /** Extract only: nothing is written. */
  dryRun?: boolean;
  onReject?: (reject: Reject) => void;
  /**
   * "reject" (default): a batch the store cannot write is rejected and the job goes on. "throw": the
   * error ends the run, for callers that retry the whole batch later (the queue worker).
   */
  writeErrors?: "reject" | "throw";
  /** Join persons at the end (default); the queue does it once per job, after its last batch. */
  resolve?: boolean;
  onProgress?: (done: number) => void;
}

export interface IngestSummary {
  articles: { read: number; new: number; unchanged: number; failed: number };
  nodesCreated: number;
  relationshipsCreated: number;
  personsMerged: number;
  timings: { extractMs: number; writeMs: number; totalMs: number };
}

interface Pending {
  record: ArticleRecord;
  origin: Origin;
  id: string;
}

const contentHash = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

async function* batches(items: AsyncIterable<SourceItem>, size: number, reject: (r: Reject) => void) {
  let batch: Pending[] = [];
  for await (const item of items) {
    if (!item.ok) {
      reject({ origin: item.origin, reason: item.reason });
      continue;
    }
    batch.push({ record: item.record, origin: item.origin, id: contentHash(item.record.text) });
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export async function runIngest(items: AsyncIterable<SourceItem>, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    articles: { read: 0, new: 0, unchanged: 0, failed: 0 },
    nodesCreated: 0,
    relationshipsCreated: 0,
    personsMerged: 0,
    timings: { extractMs: 0, writeMs: 0, totalMs: 0 },
  };
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done);
  };
  /** A record that will not be loaded: counted, reported, and the job goes on. */
  const reject = (r: Reject) => {
    summary.articles.failed++;
    options.onReject?.(r);
    progress(1);
  };
  const seen = new Set<string>();
  const { store } = options;

  const unreadable = (r: Reject) => {
    summary.articles.read++;
    reject(r);
  };

  // Two stages: while batch k is written on this thread, the next ones are already with the workers.
  const extractBatch = async (todo: Pending[]) => {
    const t0 = performance.now();
    const results = await options.pool.extractAll(todo.map((p) => ({ ...p.record })));
    summary.timings.extractMs += performance.now() - t0;
    return results;
  };
  const writeBatch = async (todo: Pending[], extracting: ReturnType<typeof extractBatch>) => {
    const results = await extracting;
    const good: Extraction[] = [];
    for (const [i, result] of results.entries()) {
      if (result.ok) good.push(result.extraction);
      else reject({ origin: (todo[i] as Pending).origin, reason: result.reason });
    }
    if (options.dryRun || !store) {
      summary.articles.new += good.length;
      progress(good.length);
      return;
    }
    const t1 = performance.now();
    try {
      const written = await store.upsert(good, { checked: true }); // checked in the workers
      summary.articles.new += written.articles.new;
      summary.articles.unchanged += written.articles.unchanged;
      summary.nodesCreated += written.nodesCreated;
      summary.relationshipsCreated += written.relationshipsCreated;
      progress(good.length);
    } catch (error) {
      if (options.writeErrors === "throw") throw error;
      const ids = new Set(good.map((x) => x.article.id));
      for (const p of todo.filter((t) => ids.has(t.id)))
        reject({ origin: p.origin, reason: `not written: ${(error as Error).message}` });
    } finally {
      summary.timings.writeMs += performance.now() - t1;
    }
  };

  // Two batches wait with the workers while one is written, so they never sit idle during a write.
  const AHEAD = 2;
  const pending: { todo: Pending[]; extracting: ReturnType<typeof extractBatch> }[] = [];
  for await (const batch of batches(items, options.batchSize, unreadable)) {
    summary.articles.read += batch.length;
    // Resume: articles already stored (or twice in this job) are skipped before any extraction.
    const known = store && !options.dryRun ? await store.knownArticles(batch.map((p) => p.id)) : new Set<string>();
    const todo = batch.filter((p) => !known.has(p.id) && !seen.has(p.id) && (seen.add(p.id), true));
    summary.articles.unchanged += batch.length - todo.length;
    progress(batch.length - todo.length);
    pending.push({ todo, extracting: extractBatch(todo) });
    if (pending.length > AHEAD) {
      const oldest = pending.shift() as (typeof pending)[number];
      await writeBatch(oldest.todo, oldest.extracting);
    }
  }
  for (const batch of pending) await writeBatch(batch.todo, batch.extracting);
  if (store && !options.dryRun && options.resolve !== false && summary.articles.new > 0)
    summary.personsMerged = (await store.resolve()).merged.length;
  summary.timings.totalMs = performance.now() - started;
  return summary;
}
