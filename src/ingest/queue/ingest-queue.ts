// The BullMQ queue of batches, with the retry policy every batch gets: transient failures (Neo4j
// unavailable, a deadlock, a lost connection) are tried again with exponential backoff, a bounded number
// of times.
import { type JobsOptions, Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { BatchRef, ResolveRef } from "./batch-payload.js";
import { batchJobId, QUEUE_NAME, resolveJobId } from "./queue-keys.js";

export type QueueData = BatchRef | ResolveRef;

export interface RetryPolicy {
  attempts: number;
  /** The first retry waits this long; each next one twice as long. */
  backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, backoffMs: 2000 };

export function openIngestQueue(connection: Redis, retry: RetryPolicy = DEFAULT_RETRY): Queue<QueueData> {
  const defaultJobOptions: JobsOptions = {
    attempts: retry.attempts,
    backoff: { type: "exponential", delay: retry.backoffMs },
    // The job's own record keeps the results; finished batches need not stay in the queue.
    removeOnComplete: true,
    removeOnFail: { age: 7 * 24 * 3600 },
  };
  return new Queue<QueueData>(QUEUE_NAME, { connection, defaultJobOptions });
}

export async function addBatches(queue: Queue<QueueData>, refs: BatchRef[]): Promise<void> {
  if (!refs.length) return;
  await queue.addBulk(
    refs.map((ref) => ({ name: "batch", data: ref, opts: { jobId: batchJobId(ref.jobId, ref.batch) } })),
  );
}

/** Queues the joining of persons after a job's last batch; queued twice, it runs once. */
export async function addResolve(queue: Queue<QueueData>, jobId: string): Promise<void> {
  await queue.add("resolve", { jobId }, { jobId: resolveJobId(jobId) });
}
