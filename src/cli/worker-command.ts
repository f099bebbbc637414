// `diplograph worker`: takes ingestion batches off the Redis queue (REDIS_URL) and writes them to the
// store (Neo4j when NEO4J_URI is set). Run any number of them, on any number of machines.

import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { z } from "zod";
import { loadConfig } from "../config/config.js";
import { ExtractPool } from "../ingest/extract-pool.js";
import { openIngestQueue } from "../ingest/queue/ingest-queue.js";
import { JobBoard } from "../ingest/queue/job-board.js";
import { DEFAULT_WORKER_OPTIONS, startQueueWorker } from "../ingest/queue/queue-worker.js";
import { connectRedis } from "../ingest/queue/redis-connection.js";
import { openStore } from "../store/open-store.js";
import { parseFlags } from "./parse-flags.js";

const Flags = z.object({
  concurrency: z.coerce.number().int().min(1, "must be at least 1").max(64, "must be at most 64"),
  batches: z.coerce.number().int().min(1, "must be at least 1").max(16, "must be at most 16"),
  store: z.enum(["neo4j", "embedded"], { error: "must be neo4j or embedded" }).optional(),
  lockMs: z.coerce.number().int().min(100, "must be at least 100").max(3_600_000, "must be at most 3600000"),
  stalledCheckMs: z.coerce.number().int().min(100, "must be at least 100").max(3_600_000, "must be at most 3600000"),
});

const FLAG_NAMES: Record<string, string> = { lockMs: "--lock-ms", stalledCheckMs: "--stalled-check-ms" };

export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description("take ingestion batches off the Redis queue (REDIS_URL) and write them to the store")
    .option("--concurrency <n>", "extraction worker threads", String(availableParallelism()))
    .option("--batches <n>", "batches in flight at once", String(DEFAULT_WORKER_OPTIONS.concurrency))
    .option("--store <kind>", "neo4j or embedded (default: neo4j when NEO4J_URI is set)")
    .option(
      "--lock-ms <ms>",
      "how long a batch stays with a worker that stopped answering",
      String(DEFAULT_WORKER_OPTIONS.lockMs),
    )
    .option(
      "--stalled-check-ms <ms>",
      "how often batches of vanished workers are looked for",
      String(DEFAULT_WORKER_OPTIONS.stalledCheckMs),
    )
    .action(async (raw: Record<string, unknown>) => {
      const flags = parseFlags(Flags, raw, "worker", FLAG_NAMES);
      const config = loadConfig();
      if (!config.redisUrl)
        throw new Error("worker: REDIS_URL is not set; the worker takes its batches from that Redis");
      const store = await openStore(config, { kind: flags.store, command: "diplograph worker" });
      const redis = connectRedis(config.redisUrl);
      const pool = new ExtractPool(flags.concurrency);
      const queue = openIngestQueue(redis);
      const worker = startQueueWorker(
        redis,
        { board: new JobBoard(redis), store, pool, queue },
        { concurrency: flags.batches, lockMs: flags.lockMs, stalledCheckMs: flags.stalledCheckMs },
      );
      worker.on("active", (job) => console.log(`worker: took batch ${job.id} (attempt ${job.attemptsMade + 1})`));
      worker.on("completed", (job, r) =>
        console.log(
          typeof r === "number"
            ? `worker: ${job.id} done: ${r} persons joined`
            : `worker: batch ${job.id} done: ${r.read} read, ${r.new} new, ${r.unchanged} unchanged, ${r.failed} failed`,
        ),
      );
      worker.on("failed", (job, error) => console.log(`worker: batch ${job?.id} failed: ${error.message}`));
      worker.on("error", (error) => console.error(`worker: ${error.message}`));
      await worker.waitUntilReady();
      console.log(`worker: ready (store ${store.kind}, ${flags.concurrency} extraction threads)`);
      // A signal lets the batches in hand finish, then exits.
      const shutdown = async () => {
        await worker.close();
        await queue.close();
        await pool.close();
        await store.close();
        redis.disconnect();
        process.exit(0);
      };
      process.once("SIGINT", () => void shutdown());
      process.once("SIGTERM", () => void shutdown());
    });
}
