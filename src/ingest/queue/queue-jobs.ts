// HTTP ingestion jobs on the queue: the body's records are spooled to Redis and queued once the whole
// body is read; the job's state is read back from Redis, by this process or any other one.
import type { Readable } from "node:stream";
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { type IngestJobService, type JobView, sizeLimit } from "../jobs.js";
import { jsonLines } from "../sources.js";
import { enqueueRecords } from "./enqueue.js";
import { openIngestQueue, type QueueData } from "./ingest-queue.js";
import { JobBoard } from "./job-board.js";
import { connectRedis } from "./redis-connection.js";

export class QueueJobs implements IngestJobService {
  private readonly redis: Redis;
  private readonly board: JobBoard;
  private readonly queue: Queue<QueueData>;

  constructor(
    redisUrl: string,
    private readonly batchSize = 500,
  ) {
    this.redis = connectRedis(redisUrl, "client");
    this.board = new JobBoard(this.redis);
    this.queue = openIngestQueue(this.redis);
  }

  get(id: string): Promise<JobView | null> {
    return this.board.view(id);
  }

  async start(body: Readable, maxBytes: number): Promise<JobView> {
    const limit = sizeLimit(maxBytes);
    let failure: Error | null = null;
    limit.on("error", (error) => {
      failure = error;
    });
    body.on("error", (error) => limit.destroy(error));
    // A stream that fails ends the line reader quietly: the failure is thrown here instead.
    async function* lines() {
      yield* jsonLines(body.pipe(limit), "body");
      if (failure) throw failure;
    }
    const id = await enqueueRecords(lines(), {
      board: this.board,
      queue: this.queue,
      batchSize: this.batchSize,
      queueEarly: false,
      bytes: () => limit.bytes,
    });
    return (await this.board.view(id)) as JobView;
  }

  /** Queued jobs run in the workers: nothing to wait for here. */
  async idle(): Promise<void> {}

  async close(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
  }
}
