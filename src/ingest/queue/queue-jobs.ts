// HTTP ingestion jobs on the queue: the body's records are spooled to Redis and queued once the whole
// body is read; the job's state is read back from Redis, by this process or any other one. While Redis is
// away, requests fail at once with JobsUnavailableError (the API's 503) instead of waiting for it.
import type { Readable } from "node:stream";
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { type IngestJobService, JobsUnavailableError, type JobView, sizeLimit } from "../jobs.js";
import { jsonLines } from "../sources.js";
import { enqueueRecords } from "./enqueue.js";
import { openIngestQueue, type QueueData } from "./ingest-queue.js";
import { JobBoard } from "./job-board.js";
import { connectRedis } from "./redis-connection.js";
import { isTransient } from "./transient-error.js";

/** ioredis' ways of saying the server is not there: refused, gone mid-command, or given up on. */
const isRedisDown = (error: unknown) =>
  isTransient(error) ||
  (error instanceof Error &&
    (error.name === "MaxRetriesPerRequestError" || /Connection is closed|Stream isn't writeable/.test(error.message)));

async function orUnavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isRedisDown(error)) throw error;
    throw new JobsUnavailableError(`ingest jobs: the queue's Redis does not answer (${(error as Error).message})`, {
      cause: error,
    });
  }
}

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
    return orUnavailable(() => this.board.view(id));
  }

  async ready(): Promise<boolean> {
    return this.redis.status === "ready" && (await this.redis.ping().catch(() => null)) === "PONG";
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
    return orUnavailable(async () => {
      // Nothing of the body is read while Redis is away, so the client can send it again as it is.
      if (this.redis.status !== "ready") await this.redis.ping();
      const id = await enqueueRecords(lines(), {
        board: this.board,
        queue: this.queue,
        batchSize: this.batchSize,
        queueEarly: false,
        bytes: () => limit.bytes,
      });
      return (await this.board.view(id)) as JobView;
    });
  }

  /** Queued jobs run in the workers: nothing to wait for here. */
  async idle(): Promise<void> {}

  async close(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
  }
}
