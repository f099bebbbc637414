// Each ingestion job's record in Redis: when it was made, how many batches it was cut into, the spooled
// records of batches not yet done, and one result per finished batch. Any API process reads a job's
// state from here, so it survives a restart of the process that started it.
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { JobView } from "../jobs.js";
import { BatchResult, SpooledBatch, type SpooledRecord } from "./batch-payload.js";
import { batchKey, JOB_TTL_SECONDS, jobKey, PRODUCER_STALE_MS, READ_FIELD, resultsKey } from "./queue-keys.js";

/** A job shows at most this many rejected records, in batch order. */
const MAX_ERRORS = 100;

export class JobBoard {
  constructor(
    private readonly redis: Redis,
    /** After this long without a heartbeat, a job still being read has lost its reader. */
    private readonly producerStaleMs = PRODUCER_STALE_MS,
  ) {}

  async create(): Promise<string> {
    const id = randomUUID();
    const now = new Date().toISOString();
    await this.redis
      .multi()
      .hset(jobKey(id), { createdAt: now, aliveAt: now, bytes: 0 })
      .expire(jobKey(id), JOB_TTL_SECONDS)
      .exec();
    return id;
  }

  /** The reader of the job's input is still at it. */
  async heartbeat(jobId: string): Promise<void> {
    await this.redis.hset(jobKey(jobId), "aliveAt", new Date().toISOString());
  }

  async spool(jobId: string, batch: number, records: SpooledRecord[]): Promise<void> {
    await this.redis.set(batchKey(jobId, batch), JSON.stringify(records), "EX", JOB_TTL_SECONDS);
  }

  /** The spooled records of a batch; null when they are gone (the batch is done or expired). */
  async spooled(jobId: string, batch: number): Promise<SpooledRecord[] | null> {
    const raw = await this.redis.get(batchKey(jobId, batch));
    return raw === null ? null : SpooledBatch.parse(JSON.parse(raw));
  }

  /** A batch's recorded result, or null when it has none yet. */
  async result(jobId: string, batch: number): Promise<BatchResult | null> {
    const raw = await this.redis.hget(resultsKey(jobId), String(batch));
    return raw === null ? null : BatchResult.parse(JSON.parse(raw));
  }

  /** Drops a job whose input was refused as a whole (nothing of it was queued). */
  async discard(jobId: string, batches: number): Promise<void> {
    const keys = [jobKey(jobId), resultsKey(jobId)];
    for (let b = 0; b < batches; b++) keys.push(batchKey(jobId, b));
    await this.redis.del(...keys);
  }

  /** Reading is over: the job has `batches` batches and these records were refused while reading. */
  /** Says whether every batch is done already (then persons are to be joined). */
  async sealed(jobId: string, batches: number, bytes: number, readResult: BatchResult): Promise<boolean> {
    await this.redis
      .multi()
      .hset(resultsKey(jobId), READ_FIELD, JSON.stringify(readResult))
      .expire(resultsKey(jobId), JOB_TTL_SECONDS)
      .hset(jobKey(jobId), { batches, bytes })
      .exec();
    return this.finishIfEmpty(jobId, batches);
  }

  /** Records a batch's result (again, after a retry: the last one counts) and frees its records. */
  /** Says whether every batch of the job is done now (then persons are to be joined). */
  async recordResult(jobId: string, batch: number, result: BatchResult): Promise<boolean> {
    await this.redis
      .multi()
      .hset(resultsKey(jobId), String(batch), JSON.stringify(result))
      .expire(resultsKey(jobId), JOB_TTL_SECONDS)
      .del(batchKey(jobId, batch))
      .exec();
    return this.allBatchesDone(jobId);
  }

  private async allBatchesDone(jobId: string): Promise<boolean> {
    const [batches, results] = await Promise.all([
      this.redis.hget(jobKey(jobId), "batches"),
      this.redis.hlen(resultsKey(jobId)),
    ]);
    return batches !== null && results >= Number(batches) + 1;
  }

  /** A job with no batch (every record refused while reading) has nothing to join: it is finished. */
  private async finishIfEmpty(jobId: string, batches: number): Promise<boolean> {
    if (batches === 0) await this.finished(jobId, 0);
    return batches > 0 && this.allBatchesDone(jobId);
  }

  /** The job is over: its batches are done and persons were joined (the first call counts). */
  async finished(jobId: string, personsMerged: number): Promise<void> {
    await this.redis
      .multi()
      .hsetnx(jobKey(jobId), "finishedAt", new Date().toISOString())
      .hsetnx(jobKey(jobId), "personsMerged", personsMerged)
      .exec();
  }

  /** The job's last step gave up: it is over, and failed. */
  async failed(jobId: string, reason: string): Promise<void> {
    await this.redis.multi().hsetnx(jobKey(jobId), "error", reason).exec();
    await this.finished(jobId, 0);
  }

  async view(jobId: string): Promise<JobView | null> {
    const [meta, results] = await Promise.all([
      this.redis.hgetall(jobKey(jobId)),
      this.redis.hgetall(resultsKey(jobId)),
    ]);
    if (!meta.createdAt) return null;
    const ordered = Object.entries(results)
      .sort(([a], [b]) => (a === READ_FIELD ? -1 : b === READ_FIELD ? 1 : Number(a) - Number(b)))
      .map(([, raw]) => BatchResult.parse(JSON.parse(raw)));
    const counts = { done: 0, read: 0, new: 0, unchanged: 0, failed: 0 };
    const errors: JobView["errors"] = [];
    let failure: string | null = null;
    for (const r of ordered) {
      counts.done += r.records;
      counts.read += r.read;
      counts.new += r.new;
      counts.unchanged += r.unchanged;
      counts.failed += r.failed;
      errors.push(...r.errors.slice(0, MAX_ERRORS - errors.length));
      failure ??= r.error;
    }
    failure ??= meta.error ?? null;
    let finishedAt = meta.finishedAt ?? null;
    // Never sealed, and its reader silent: the input will never be read to its end.
    const aliveAt = meta.aliveAt ?? meta.createdAt;
    if (finishedAt === null && meta.batches === undefined && Date.now() - Date.parse(aliveAt) > this.producerStaleMs) {
      finishedAt = aliveAt;
      failure ??= `the process reading this job's input stopped before its end (last heard of at ${aliveAt}); the batches it had queued were loaded`;
    }
    return {
      id: jobId,
      state: finishedAt === null ? "running" : failure ? "failed" : "done",
      createdAt: meta.createdAt,
      finishedAt,
      bytes: Number(meta.bytes ?? 0),
      counts,
      summary: null,
      errors,
      error: failure,
    };
  }
}
