// Ingestion jobs sent over HTTP: the JSON Lines body is spooled to a temporary file (so the request can
// end while the job runs), then loaded by the same pipeline as the CLI. Jobs are kept in memory.
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { Transform } from "node:stream";
import { pipeline as pipe } from "node:stream/promises";
import type { GraphStore } from "../store/graph-store.js";
import type { ExtractPool } from "./extract-pool.js";
import { type IngestSummary, runIngest } from "./pipeline.js";
import { describeOrigin } from "./records.js";
import { jsonLines } from "./sources.js";

export type JobState = "running" | "done" | "failed";

export interface JobView {
  id: string;
  state: JobState;
  createdAt: string;
  finishedAt: string | null;
  bytes: number;
  counts: { done: number; read: number; new: number; unchanged: number; failed: number };
  summary: IngestSummary | null;
  /** The first rejected records (at most 100), with where they were in the body. */
  errors: { at: string; reason: string }[];
  error: string | null;
}

/** Where HTTP ingestion jobs run: in this process (IngestJobs) or on the Redis queue (QueueJobs). */
export interface IngestJobService {
  get(id: string): JobView | null | Promise<JobView | null>;
  /** Takes the JSON Lines body (refusing more than maxBytes) and starts the job. */
  start(body: Readable, maxBytes: number): Promise<JobView>;
  /** Resolves when no job of this process is running (for shutdown and tests). */
  idle(): Promise<void>;
  /** Whether jobs can be taken and read now (the queue answers); in-process jobs always can. */
  ready?(): Promise<boolean>;
  close(): Promise<void>;
}

/** Where jobs are kept (the Redis queue) cannot be reached now; asking again later may work. */
export class JobsUnavailableError extends Error {
  override name = "JobsUnavailableError";
}

/** The body went over the job's size limit; nothing was loaded. */
export class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
}

/** A pass-through that fails with BodyTooLargeError past maxBytes; `bytes` counts what went through. */
export function sizeLimit(maxBytes: number): Transform & { bytes: number } {
  const limit = Object.assign(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        limit.bytes += chunk.length;
        if (limit.bytes > maxBytes) done(new BodyTooLargeError(`the job body is larger than ${maxBytes} bytes`));
        else done(null, chunk);
      },
    }),
    { bytes: 0 },
  );
  return limit;
}

const MAX_ERRORS = 100;
const KEEP_JOBS = 1000;

export class IngestJobs implements IngestJobService {
  private readonly jobs = new Map<string, JobView>();

  constructor(
    private readonly store: GraphStore,
    private readonly pool: () => ExtractPool,
    private readonly batchSize = 500,
  ) {}

  get(id: string): JobView | null {
    return this.jobs.get(id) ?? null;
  }

  /** Spools the body (refusing more than maxBytes), then starts the job and returns it. */
  async start(body: Readable, maxBytes: number): Promise<JobView> {
    const dir = mkdtempSync(join(tmpdir(), "diplograph-job-"));
    const file = join(dir, "body.jsonl");
    const limit = sizeLimit(maxBytes);
    try {
      await pipe(body, limit, createWriteStream(file));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    const job: JobView = {
      id: randomUUID(),
      state: "running",
      createdAt: new Date().toISOString(),
      finishedAt: null,
      bytes: limit.bytes,
      counts: { done: 0, read: 0, new: 0, unchanged: 0, failed: 0 },
      summary: null,
      errors: [],
      error: null,
    };
    this.remember(job);
    void this.run(job, file).finally(() => rmSync(dir, { recursive: true, force: true }));
    return job;
  }

  private remember(job: JobView) {
    this.jobs.set(job.id, job);
    if (this.jobs.size > KEEP_JOBS) {
      const oldest = [...this.jobs.values()].find((j) => j.state !== "running");
      if (oldest) this.jobs.delete(oldest.id);
    }
  }

  private async run(job: JobView, file: string) {
    try {
      const summary = await runIngest(jsonLines(createReadStream(file), "body"), {
        store: this.store,
        pool: this.pool(),
        batchSize: this.batchSize,
        onProgress: (done) => {
          job.counts.done = done;
        },
        onReject: (r) => {
          if (job.errors.length < MAX_ERRORS) job.errors.push({ at: describeOrigin(r.origin), reason: r.reason });
        },
      });
      job.summary = summary;
      job.counts = { done: summary.articles.read, ...summary.articles };
      job.state = "done";
    } catch (error) {
      job.state = "failed";
      job.error = (error as Error).message;
    } finally {
      job.finishedAt = new Date().toISOString();
    }
  }

  async idle(): Promise<void> {
    while ([...this.jobs.values()].some((j) => j.state === "running")) await new Promise((r) => setTimeout(r, 20));
  }

  async close(): Promise<void> {
    await this.idle();
  }
}
