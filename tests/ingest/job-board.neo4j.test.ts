// A job whose reader goes away on a real Redis: reading that fails ends the job failed once its queued
// batches are done, and a reader that dies without a word (SIGKILL) is found out by its silence, so the
// job does not stay "running" for the week its record lives.
import { setTimeout as sleep } from "node:timers/promises";
import type { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { emptyResult } from "../../src/ingest/queue/batch-payload.js";
import { enqueueRecords } from "../../src/ingest/queue/enqueue.js";
import { openIngestQueue, type QueueData } from "../../src/ingest/queue/ingest-queue.js";
import { JobBoard } from "../../src/ingest/queue/job-board.js";
import type { SourceItem } from "../../src/ingest/records.js";
import { describeQueue, flushRedis, redisUrl } from "../support/redis.js";

describeQueue("a job that loses its reader", () => {
  let redis: Redis;
  let queue: Queue<QueueData>;
  beforeAll(async () => {
    await flushRedis();
    redis = new Redis(redisUrl as string);
    queue = openIngestQueue(redis);
  });
  afterAll(async () => {
    await queue?.close();
    redis?.disconnect();
  });

  const record = (i: number): SourceItem => ({
    ok: true,
    record: { text: `Ana Ortega met Bram Visser in Lisbon (${i}).` },
    origin: { file: "input.jsonl", line: i + 1 },
  });

  it("ends failed, saying why, when reading its input fails half-way", async () => {
    const board = new JobBoard(redis);
    async function* brokenInput() {
      for (let i = 0; i < 3; i++) yield record(i);
      throw new Error("input.jsonl: EIO");
    }
    const failing = enqueueRecords(brokenInput(), { board, queue, batchSize: 2, queueEarly: true });
    await expect(failing).rejects.toThrow("EIO");
    // Its two batches are queued (no worker runs here); the job waits for them, then ends failed.
    const keys = await redis.keys("diplograph:ingest:job:*:batch:*");
    expect(keys).toHaveLength(2);
    const id = (keys[0] as string).split(":")[3] as string;
    const view = await board.view(id);
    expect(view?.state).toBe("running");
    expect(view?.counts.done).toBe(0);
    const results = { ...emptyResult(), records: 2, read: 2 };
    await board.recordResult(id, 0, results);
    await board.recordResult(id, 1, { ...results, records: 1, read: 1 });
    const after = await board.view(id);
    expect(after?.state).toBe("running"); // persons are still to be joined
    await board.finished(id, 0);
    expect(await board.view(id)).toMatchObject({
      state: "failed",
      counts: { done: 3, read: 3 },
      error: "reading the input stopped: input.jsonl: EIO",
    });
  });

  it("is shown failed once its reader has been silent too long, and running while it is not", async () => {
    const board = new JobBoard(redis, 1000);
    const id = await board.create();
    expect((await board.view(id))?.state).toBe("running");
    await sleep(700);
    await board.heartbeat(id);
    await sleep(700);
    expect((await board.view(id))?.state).toBe("running"); // created 1.4 s ago, but heard of since
    await sleep(1000);
    const view = await board.view(id);
    expect(view?.state).toBe("failed");
    expect(view?.error).toMatch(/^the process reading this job's input stopped before its end/);
    // A job whose input was read to its end waits for its batches, however long they take.
    const sealed = await board.create();
    await board.sealed(sealed, 1, 0, emptyResult());
    await sleep(1200);
    expect((await board.view(sealed))?.state).toBe("running");
  });
});
