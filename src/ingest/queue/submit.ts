// The CLI's way onto the queue: queue the records as one job and, unless told not to, wait for the
// workers to finish it (reading its state from Redis).
import { setTimeout as sleep } from "node:timers/promises";
import type { JobView } from "../jobs.js";
import type { SourceItem } from "../records.js";
import { enqueueRecords } from "./enqueue.js";
import { openIngestQueue } from "./ingest-queue.js";
import { JobBoard } from "./job-board.js";
import { connectRedis } from "./redis-connection.js";

export interface SubmitOptions {
  batchSize: number;
  wait: boolean;
  onProgress?: (done: number) => void;
}

export async function submitToQueue(
  redisUrl: string,
  items: AsyncIterable<SourceItem>,
  options: SubmitOptions,
): Promise<JobView> {
  const redis = connectRedis(redisUrl);
  const queue = openIngestQueue(redis);
  try {
    const board = new JobBoard(redis);
    const id = await enqueueRecords(items, { board, queue, batchSize: options.batchSize, queueEarly: true });
    for (;;) {
      const view = (await board.view(id)) as JobView;
      options.onProgress?.(view.counts.done);
      if (!options.wait || view.state !== "running") return view;
      await sleep(250);
    }
  } finally {
    await queue.close();
    redis.disconnect();
  }
}
