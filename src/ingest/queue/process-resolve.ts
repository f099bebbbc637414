// The last step of a job: persons are joined once over everything its batches wrote (joining after each
// batch would depend on which batches happened to be written first). Transient failures are retried.
import { type Job, UnrecoverableError } from "bullmq";
import type { GraphStore } from "../../store/graph-store.js";
import { ResolveRef } from "./batch-payload.js";
import type { QueueData } from "./ingest-queue.js";
import type { JobBoard } from "./job-board.js";
import { isTransient } from "./transient-error.js";

export async function processResolve(job: Job<QueueData>, board: JobBoard, store: GraphStore): Promise<number> {
  const ref = ResolveRef.safeParse(job.data);
  if (!ref.success) throw new UnrecoverableError(`queue: job ${job.id} is not a resolve step: ${ref.error.message}`);
  try {
    const { merged } = await store.resolve();
    await board.finished(ref.data.jobId, merged.length);
    return merged.length;
  } catch (error) {
    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (isTransient(error) && !lastTry) throw error;
    await board.failed(ref.data.jobId, `persons not joined: ${(error as Error).message}`);
    throw new UnrecoverableError((error as Error).message);
  }
}
