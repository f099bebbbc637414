// The producer side: reads records, cuts them into batches spooled to Redis and queued for the workers.
// Records refused while reading (bad JSON, a failed fetch) are the job's rejects from the start.
import type { Queue } from "bullmq";
import { describeOrigin, type SourceItem } from "../records.js";
import { type BatchRef, emptyResult, type SpooledRecord } from "./batch-payload.js";
import { addBatches, addResolve, type QueueData } from "./ingest-queue.js";
import type { JobBoard } from "./job-board.js";
import { PRODUCER_HEARTBEAT_MS } from "./queue-keys.js";

export interface EnqueueOptions {
  board: JobBoard;
  queue: Queue<QueueData>;
  batchSize: number;
  /**
   * Queue each batch as soon as it is spooled (CLI, watch), or only once the whole input was read
   * (HTTP: a body refused half-way must load nothing).
   */
  queueEarly: boolean;
  /** The input's size in bytes, when known (shown in the job). */
  bytes?: () => number;
}

export async function enqueueRecords(items: AsyncIterable<SourceItem>, options: EnqueueOptions): Promise<string> {
  const { board, queue, batchSize } = options;
  const jobId = await board.create();
  const refused = emptyResult();
  const held: BatchRef[] = [];
  let batches = 0;
  let batch: SpooledRecord[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const ref = { jobId, batch: batches++ };
    await board.spool(jobId, ref.batch, batch);
    batch = [];
    if (options.queueEarly) await addBatches(queue, [ref]);
    else held.push(ref);
  };
  // While reading, the job says so; a job whose reader dies is then shown failed, not running for ever.
  const heartbeat = setInterval(() => board.heartbeat(jobId).catch(() => undefined), PRODUCER_HEARTBEAT_MS);
  heartbeat.unref();
  try {
    for await (const item of items) {
      if (!item.ok) {
        refused.records++;
        refused.read++;
        refused.failed++;
        if (refused.errors.length < 100) refused.errors.push({ at: describeOrigin(item.origin), reason: item.reason });
        continue;
      }
      batch.push({ record: item.record, origin: item.origin });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } catch (error) {
    if (!options.queueEarly) await board.discard(jobId, batches);
    else {
      // Batches already queued are loaded; the job ends failed, saying why reading stopped.
      try {
        await flush();
        refused.error = `reading the input stopped: ${(error as Error).message}`;
        if (await board.sealed(jobId, batches, options.bytes?.() ?? 0, refused)) await addResolve(queue, jobId);
      } catch {
        // Redis itself is away: the heartbeat's silence will mark the job.
      }
    }
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
  await addBatches(queue, held);
  // Workers may have done every batch while this one was still reading: then the joining is queued here.
  if (await board.sealed(jobId, batches, options.bytes?.() ?? 0, refused)) await addResolve(queue, jobId);
  return jobId;
}
