// `diplograph watch --feeds FILE`: polls RSS/Atom feeds at an interval and loads their new items through
// the ingestion pipeline. What was loaded and each feed's validators are kept in a state file, so a
// restarted watch (or `--once` run from cron) asks with conditional GET and skips items already loaded.

import { availableParallelism } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Command } from "commander";
import { z } from "zod";
import { loadConfig } from "../config/config.js";
import { ExtractPool } from "../ingest/extract-pool.js";
import { readFeedList } from "../ingest/feed-list.js";
import { FetchState } from "../ingest/fetch-state.js";
import { type IngestSummary, runIngest } from "../ingest/pipeline.js";
import { submitToQueue } from "../ingest/queue/submit.js";
import type { SourceItem } from "../ingest/records.js";
import { describeOrigin, type Reject } from "../ingest/records.js";
import { rejectsWriter } from "../ingest/rejects-file.js";
import { WebFetcher } from "../ingest/web-fetcher.js";
import { commitPoll, emptyPoll, feedSources } from "../ingest/web-sources.js";
import { openStore } from "../store/open-store.js";
import { addFetchOptions, FETCH_FLAG_NAMES, FetchFlags, fetchLimits } from "./fetch-flags.js";
import { parseFlags } from "./parse-flags.js";

const Flags = FetchFlags.extend({
  feeds: z.string({ error: "is required: a file listing the feeds" }).min(1, "is required"),
  interval: z.coerce.number().min(1, "must be at least 1 second").max(86_400, "must be at most 86400 seconds"),
  once: z.boolean().default(false),
  state: z.string().min(1).optional(),
  concurrency: z.coerce.number().int().min(1, "must be at least 1").max(64, "must be at most 64"),
  batchSize: z.coerce.number().int().min(1, "must be at least 1").max(10_000, "must be at most 10000"),
  store: z.enum(["neo4j", "embedded"], { error: "must be neo4j or embedded" }).optional(),
  rejects: z.string().min(1),
  json: z.boolean().default(false),
});

const FLAG_NAMES: Record<string, string> = { batchSize: "--batch-size", ...FETCH_FLAG_NAMES };

export function registerWatch(program: Command): void {
  const command = program
    .command("watch")
    .description("poll RSS/Atom feeds and load their new items (conditional GET; items already loaded are skipped)")
    .option("--feeds <file>", "the feeds: one URL per line, or JSON (an array of URLs or {url} objects)")
    .option("--interval <seconds>", "time between two polls", "300")
    .option("--once", "poll once and exit")
    .option("--state <file>", "where polls are remembered (default: watch-state.json in DIPLOGRAPH_DATA)")
    .option("--concurrency <n>", "extraction worker threads", String(Math.min(2, availableParallelism())))
    .option("--batch-size <n>", "articles written per transaction", "100")
    .option("--store <kind>", "neo4j or embedded (default: neo4j when NEO4J_URI is set)")
    .option(
      "--rejects <file>",
      "where fetch failures and records not loaded are listed",
      "diplograph-watch-rejects.jsonl",
    )
    .option("--json", "print one JSON summary line per poll");
  addFetchOptions(command).action(async (raw: Record<string, unknown>) => {
    const flags = parseFlags(Flags, raw, "watch", FLAG_NAMES);
    const feeds = (() => {
      try {
        return readFeedList(flags.feeds);
      } catch (error) {
        throw new Error(`watch: --feeds ${(error as Error).message}`);
      }
    })();
    const config = loadConfig();
    const state = FetchState.load(flags.state ?? join(config.dataDir, "watch-state.json"));
    // With REDIS_URL each poll's items are queued for the workers; without it they are loaded here.
    const queued = config.redisUrl;
    const store = queued
      ? null
      : await openStore(config, { kind: flags.store, command: `diplograph watch --feeds ${flags.feeds}` });
    const pool = queued ? null : new ExtractPool(flags.concurrency);
    const fetcher = new WebFetcher(fetchLimits(flags));
    const writeReject = rejectsWriter(flags.rejects);
    // Pages the store could not write must be fetched again (see commitPoll).
    const unwritten = new Set<string>();
    const onReject = (r: Reject) => {
      if (r.reason.startsWith("not written:")) unwritten.add(r.origin.file);
      writeReject(r);
      process.stderr.write(`watch: ${describeOrigin(r.origin)}: ${r.reason}\n`);
    };
    // A signal ends the wait between polls at once, and a running poll after its articles are written.
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
      while (!stop.signal.aborted) {
        const poll = emptyPoll();
        unwritten.clear();
        const items = feedSources(fetcher, feeds, state, poll);
        const a = queued
          ? await queuePoll(queued, items, flags.batchSize, onReject)
          : (await runIngest(items, { store, pool: pool as ExtractPool, batchSize: flags.batchSize, onReject }))
              .articles;
        // Queued items are in Redis already: the queue, not this process, sees them written.
        commitPoll(state, poll, unwritten);
        state.save();
        process.stdout.write(
          flags.json
            ? `${JSON.stringify({ at: new Date().toISOString(), feeds: { polled: poll.feeds, notModified: poll.notModified, failed: poll.failedFeeds }, articles: a })}\n`
            : `${new Date().toISOString()} feeds: ${poll.feeds} polled, ${poll.notModified} not modified, ${poll.failedFeeds} failed; ` +
                `articles: ${a.read} read, ${a.new} new, ${a.unchanged} unchanged, ${a.failed} failed\n`,
        );
        if (flags.once) break;
        await sleep(flags.interval * 1000, undefined, { signal: stop.signal }).catch(() => undefined);
      }
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await pool?.close();
      await store?.close();
    }
  });
}

/** Queues a poll's items as one job; fetch failures are this process's rejects, as without the queue. */
async function queuePoll(
  redisUrl: string,
  items: AsyncIterable<SourceItem>,
  batchSize: number,
  onReject: (r: Reject) => void,
): Promise<IngestSummary["articles"]> {
  let read = 0;
  async function* tapped() {
    for await (const item of items) {
      read++;
      if (!item.ok) onReject({ origin: item.origin, reason: item.reason });
      yield item;
    }
  }
  const job = await submitToQueue(redisUrl, tapped(), { batchSize, wait: false });
  // New and unchanged are for the workers to tell; GET /ingest/jobs/:id shows them.
  return { read, new: 0, unchanged: 0, failed: job.counts.failed };
}
