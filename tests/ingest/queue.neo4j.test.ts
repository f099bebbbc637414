// The ingestion queue on a real Redis and a real Neo4j: workers are `diplograph worker` processes (or, to
// count attempts, a worker in this process); the graph they build is compared with a one-worker run.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startServer } from "../../src/api/server.js";
import { loadConfig } from "../../src/config/config.js";
import { createLogger } from "../../src/config/logger.js";
import { ExtractPool } from "../../src/ingest/extract-pool.js";
import type { JobView } from "../../src/ingest/jobs.js";
import { enqueueRecords } from "../../src/ingest/queue/enqueue.js";
import { openIngestQueue } from "../../src/ingest/queue/ingest-queue.js";
import { JobBoard } from "../../src/ingest/queue/job-board.js";
import { batchKey } from "../../src/ingest/queue/queue-keys.js";
import { startQueueWorker } from "../../src/ingest/queue/queue-worker.js";
import { jsonLines } from "../../src/ingest/sources.js";
import { StoreUnavailableError } from "../../src/store/errors.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { variedCorpus } from "../bench/corpus.js";
import { dumpAnswers } from "../store/contract.js";
import { type Child, runTs } from "../support/child.js";
import { clearDatabase, neo4jTarget, testDriver } from "../support/neo4j.js";
import { describeQueue, flushRedis, redisUrl } from "../support/redis.js";

const CLI = join(import.meta.dirname, "../../src/cli/main.ts");
const shared = join(import.meta.dirname, "../../../shared");

describeQueue("ingestion through the Redis queue", () => {
  const target = neo4jTarget as NonNullable<typeof neo4jTarget>;
  const env = {
    REDIS_URL: redisUrl as string,
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
  };
  const work = mkdtempSync(join(tmpdir(), "diplograph-queue-"));
  const corpusFile = join(work, "corpus.jsonl");
  let corpus = "";
  let count = 0;
  const children: Child[] = [];
  let redis: Redis;
  let board: JobBoard;

  beforeAll(() => {
    const texts = variedCorpus(shared, 240_000, 11);
    count = texts.length;
    corpus = texts.map((text, i) => JSON.stringify({ text, url: `https://example.org/${i}` })).join("\n");
    writeFileSync(corpusFile, corpus);
    redis = new Redis(redisUrl as string);
    board = new JobBoard(redis);
  });
  afterAll(async () => {
    for (const c of children) c.process.kill("SIGKILL");
    redis?.disconnect();
  });

  const fresh = async () => {
    await flushRedis();
    const driver = testDriver();
    await clearDatabase(driver);
    await driver.close();
  };
  const worker = (...args: string[]) => {
    const child = runTs(CLI, ["worker", "--concurrency", "1", ...args], { env, cwd: work });
    children.push(child);
    return child;
  };
  const stopWorker = async (child: Child) => {
    child.process.kill("SIGTERM");
    await child.exit;
  };
  const graph = async () => {
    const store = await Neo4jStore.open(target);
    try {
      return { answers: await dumpAnswers(store), articles: (await store.stats()).articles };
    } finally {
      await store.close();
    }
  };
  const untilFinished = async (jobId: string): Promise<JobView> => {
    for (;;) {
      const view = await board.view(jobId);
      if (view && view.state !== "running") return view;
      await sleep(100);
    }
  };
  const jobIdOf = (lines: string[]) => /^job ([0-9a-f-]{36})/.exec(lines.join("\n"))?.[1] as string;

  let oneWorker: Awaited<ReturnType<typeof graph>> | null = null;

  it("one worker loads the whole job", { timeout: 600_000 }, async () => {
    await fresh();
    const single = worker();
    await single.waitFor((l) => l.startsWith("worker: ready"));
    const first = runTs(CLI, ["ingest", corpusFile, "--batch-size", "10"], { env, cwd: work });
    const firstExit = await first.exit;
    expect(firstExit.code, firstExit.stderr).toBe(0);
    expect(first.lines.join("\n")).toMatch(new RegExp(`${count} read, ${count} new, 0 unchanged, 0 failed`));
    await stopWorker(single);
    oneWorker = await graph();
    expect(oneWorker.articles).toBe(count);
    // The corpus repeats dev articles with shuffled paragraphs: syndicated copies, counted once as sources,
    // so the comparisons below also cover syndication groups formed by workers taking turns.
    const copied = oneWorker.answers.meetings.filter((m) => m.sourceCount < m.articleCount);
    expect(copied.length).toBeGreaterThan(0);
  });

  it("two workers on one queue build the graph one worker builds", { timeout: 600_000 }, async () => {
    await fresh();
    const pair = [worker(), worker()];
    await Promise.all(pair.map((w) => w.waitFor((l) => l.startsWith("worker: ready"))));
    const second = runTs(CLI, ["ingest", corpusFile, "--batch-size", "10"], { env, cwd: work });
    const secondExit = await second.exit;
    expect(secondExit.code, secondExit.stderr).toBe(0);
    // Both took part.
    for (const w of pair) expect(w.lines.some((l) => l.includes("took batch"))).toBe(true);
    await Promise.all(pair.map(stopWorker));
    expect(await graph()).toEqual(oneWorker);
  });

  it("a worker killed with SIGKILL mid-job leaves its batch to the other; the graph equals an uninterrupted run", {
    timeout: 600_000,
  }, async () => {
    expect(oneWorker, "needs the one-worker graph of the test before").not.toBeNull();
    await fresh();
    const fast = ["--batches", "1", "--lock-ms", "1000", "--stalled-check-ms", "300"];
    const doomed = worker(...fast);
    await doomed.waitFor((l) => l.startsWith("worker: ready"));
    const queued = runTs(CLI, ["ingest", corpusFile, "--batch-size", "10", "--detach"], { env, cwd: work });
    expect((await queued.exit).code).toBe(0);
    const jobId = jobIdOf(queued.lines);
    // Kill it once it has written a batch and taken the next one.
    await doomed.waitFor((l) => / done: /.test(l));
    await doomed.waitFor(
      (l) =>
        l.includes("took batch") &&
        doomed.lines.some((d) => / done: /.test(d)) &&
        !/ done: /.test(doomed.lines.at(-1) ?? ""),
    );
    doomed.process.kill("SIGKILL");
    expect((await doomed.exit).signal).toBe("SIGKILL");
    const batchOf = (l: string) => l.split(" ")[l.includes("took batch") ? 3 : 2];
    const done = new Set(doomed.lines.filter((l) => / done: /.test(l)).map(batchOf));
    const held = doomed.lines
      .filter((l) => l.includes("took batch"))
      .map(batchOf)
      .filter((b) => !done.has(b));
    expect(held).toHaveLength(1);
    const heldBatch = held[0] as string;
    expect((await board.view(jobId))?.state).toBe("running");

    const rescuer = worker(...fast);
    const view = await untilFinished(jobId);
    expect(view.state, JSON.stringify(view.errors)).toBe("done");
    expect(view.counts.read).toBe(count);
    expect(view.counts.failed).toBe(0);
    expect(rescuer.lines.some((l) => l.includes(`took batch ${heldBatch} `))).toBe(true);
    await stopWorker(rescuer);
    expect(await graph()).toEqual(oneWorker);
  });

  it("an API restarted mid-job still reports the job, read from Redis", { timeout: 300_000 }, async () => {
    await fresh();
    const config = { ...loadConfig(env), port: 0, host: "127.0.0.1", loadSeeds: false, logLevel: "silent" as const };
    let api = await startServer(config, createLogger("silent"), "test", { webDir: work });
    const posted = await fetch(`http://127.0.0.1:${api.port}/ingest/jobs`, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body: corpus,
    });
    expect(posted.status).toBe(202);
    const job = (await posted.json()) as JobView;
    expect(job.state).toBe("running");
    await api.close();

    api = await startServer(config, createLogger("silent"), "test", { webDir: work });
    try {
      const url = `http://127.0.0.1:${api.port}/ingest/jobs/${job.id}`;
      const waiting = (await (await fetch(url)).json()) as JobView;
      expect(waiting).toMatchObject({ id: job.id, state: "running", bytes: Buffer.byteLength(corpus) });
      expect(waiting.counts.done).toBe(0);
      const w = worker();
      let view = waiting;
      while (view.state === "running") {
        await sleep(200);
        view = (await (await fetch(url)).json()) as JobView;
      }
      expect(view.state).toBe("done");
      expect(view.counts).toEqual({ done: count, read: count, new: count, unchanged: 0, failed: 0 });
      await stopWorker(w);
    } finally {
      await api.close();
    }
  });

  /** A worker in this process on the real store, whose first `failures` writes find Neo4j away. */
  const inProcessWorker = async (failures: number) => {
    const store = await Neo4jStore.open(target);
    const writes: { at: number; ok: boolean }[] = [];
    const flaky = new Proxy(store, {
      get(s, name, receiver) {
        if (name !== "upsert") return Reflect.get(s, name, receiver);
        return async (...args: Parameters<GraphStore["upsert"]>) => {
          const ok = writes.length >= failures;
          writes.push({ at: Date.now(), ok });
          if (!ok) throw new StoreUnavailableError("store: Neo4j is unavailable: connection refused (test)");
          return s.upsert(...args);
        };
      },
    });
    const connection = new Redis(redisUrl as string, { maxRetriesPerRequest: null });
    const pool = new ExtractPool(1);
    const taken: string[] = [];
    const queue = openIngestQueue(connection, { attempts: 4, backoffMs: 300 });
    const w = startQueueWorker(
      connection,
      { board, store: flaky, pool, queue },
      { concurrency: 1, lockMs: 5000, stalledCheckMs: 5000 },
    );
    w.on("active", (job) => taken.push(job.id as string));
    return {
      writes,
      taken,
      enqueue: (body: string) =>
        enqueueRecords(jsonLines(Readable.from([body]), "body"), { board, queue, batchSize: 50, queueEarly: false }),
      close: async () => {
        await w.close();
        await queue.close();
        await pool.close();
        await store.close();
        connection.disconnect();
      },
    };
  };

  it("retries a batch after a transient failure, with backoff", { timeout: 120_000 }, async () => {
    await fresh();
    const run = await inProcessWorker(2);
    try {
      const lines = corpus.split("\n").slice(0, 5).join("\n");
      const view = await untilFinished(await run.enqueue(lines));
      expect(view.state).toBe("done");
      expect(view.counts).toMatchObject({ read: 5, new: 5, failed: 0 });
      expect(run.writes.map((w) => w.ok)).toEqual([false, false, true]);
      // Exponential: the second retry waited at least twice the first one's 300 ms.
      const [a, b, c] = run.writes.map((w) => w.at) as [number, number, number];
      expect(b - a).toBeGreaterThanOrEqual(300);
      expect(c - b).toBeGreaterThanOrEqual(600);
      expect((await graph()).articles).toBe(5);
    } finally {
      await run.close();
    }
  });

  it("sends bad records to the rejects and does not retry them", { timeout: 120_000 }, async () => {
    await fresh();
    const run = await inProcessWorker(0);
    try {
      const good = corpus.split("\n").slice(0, 3);
      const body = [
        good[0],
        "{not json",
        JSON.stringify({ text: `PK\u0003\u0004${"\u0000".repeat(200)}binary` }),
        good[1],
        JSON.stringify({ text: "x", colour: "red" }),
        good[2],
      ].join("\n");
      const jobId = await run.enqueue(body);
      const view = await untilFinished(jobId);
      expect(view.state).toBe("done");
      expect(view.counts).toEqual({ done: 6, read: 6, new: 3, unchanged: 0, failed: 3 });
      expect(view.errors.map((e) => e.at).sort()).toEqual(["body:2", "body:3", "body:5"]);
      // One batch, taken once; its spooled records are gone once done.
      expect(run.taken).toEqual([`${jobId}-0`, `${jobId}-resolve`]);
      expect(await redis.exists(batchKey(jobId, 0))).toBe(0);
      expect((await graph()).articles).toBe(3);
    } finally {
      await run.close();
    }
  });
});
