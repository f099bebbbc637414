// One queued batch, as a worker runs it: read its spooled records, extract, skip articles already
// stored, write, and record the batch's result on the job (the last batch queues the joining of persons). A bad record is a reject of the
// batch (never retried); a transient failure throws so BullMQ retries the batch with backoff; any other
// failure, or the last allowed attempt, gives up and counts the batch's records as failed.
import { type Job, type Queue, UnrecoverableError } from "bullmq";
import type { GraphStore } from "../../store/graph-store.js";
import type { ExtractPool } from "../extract-pool.js";
import { runIngest } from "../pipeline.js";
import { describeOrigin, type SourceItem } from "../records.js";
import { BatchRef, type BatchResult, emptyResult, type SpooledRecord } from "./batch-payload.js";
import { addResolve, type QueueData } from "./ingest-queue.js";
import type { JobBoard } from "./job-board.js";
import { isTransient } from "./transient-error.js";

export interface BatchContext {
  board: JobBoard;
  store: GraphStore;
  pool: ExtractPool;
  /** Where the joining of persons is queued after a job's last batch. */
  queue: Queue<QueueData>;
}

async function* asItems(records: SpooledRecord[]): AsyncGenerator<SourceItem> {
  for (const { record, origin } of records) yield { ok: true, record, origin };
}

export async function processBatch(job: Job<QueueData>, ctx: BatchContext): Promise<BatchResult> {
  const ref = BatchRef.safeParse(job.data);
  if (!ref.success) throw new UnrecoverableError(`queue: job ${job.id} is not a batch: ${ref.error.message}`);
  const { jobId, batch } = ref.data;
  const records = await ctx.board.spooled(jobId, batch);
  if (records === null) {
    // A worker that died between recording the result and telling BullMQ: the batch is done already.
    const done = await ctx.board.result(jobId, batch);
    if (done) return done;
    throw new UnrecoverableError(`queue: the records of batch ${batch} of job ${jobId} are gone`);
  }
  const result = emptyResult();
  result.records = records.length;
  try {
    const summary = await runIngest(asItems(records), {
      store: ctx.store,
      pool: ctx.pool,
      batchSize: records.length,
      writeErrors: "throw",
      resolve: false,
      onReject: (r) => {
        if (result.errors.length < 100) result.errors.push({ at: describeOrigin(r.origin), reason: r.reason });
      },
    });
    Object.assign(result, summary.articles, {
      nodesCreated: summary.nodesCreated,
      relationshipsCreated: summary.relationshipsCreated,
    });
  } catch (error) {
    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (isTransient(error) && !lastTry) throw error;
    const reason = `not written after ${job.attemptsMade + 1} attempt(s): ${(error as Error).message}`;
    const last = await ctx.board.recordResult(jobId, batch, {
      ...emptyResult(),
      records: records.length,
      read: records.length,
      failed: records.length,
      errors: records.slice(0, 100).map((r) => ({ at: describeOrigin(r.origin), reason })),
      error: reason,
    });
    if (last) await addResolve(ctx.queue, jobId);
    throw new UnrecoverableError(reason);
  }
  if (await ctx.board.recordResult(jobId, batch, result)) await addResolve(ctx.queue, jobId);
  return result;
}
