// A BullMQ worker taking batches (and each job's final joining of persons) off the ingestion queue. A
// worker that dies mid-batch stops renewing its lock; after `lockMs` another worker's stalled check
// (every `stalledCheckMs`) puts the batch back.
import { Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { BatchResult } from "./batch-payload.js";
import type { QueueData } from "./ingest-queue.js";
import { type BatchContext, processBatch } from "./process-batch.js";
import { processResolve } from "./process-resolve.js";
import { QUEUE_NAME } from "./queue-keys.js";

export interface QueueWorkerOptions {
  /** Batches in flight at once in this process (one extracting while another is written). */
  concurrency: number;
  lockMs: number;
  stalledCheckMs: number;
}

export const DEFAULT_WORKER_OPTIONS: QueueWorkerOptions = { concurrency: 2, lockMs: 30_000, stalledCheckMs: 30_000 };

export type StepResult = BatchResult | number;

export function startQueueWorker(
  connection: Redis,
  ctx: BatchContext,
  options: QueueWorkerOptions = DEFAULT_WORKER_OPTIONS,
): Worker<QueueData, StepResult> {
  return new Worker<QueueData, StepResult>(
    QUEUE_NAME,
    (job) => (job.name === "resolve" ? processResolve(job, ctx.board, ctx.store) : processBatch(job, ctx)),
    {
      connection,
      concurrency: options.concurrency,
      lockDuration: options.lockMs,
      stalledInterval: options.stalledCheckMs,
      // A batch whose worker died is tried again; twice in a row means it kills workers, so it fails.
      maxStalledCount: 2,
    },
  );
}
