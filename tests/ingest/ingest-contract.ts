// Ingestion on a store (embedded in ingest.test.ts, Neo4j in ingest.neo4j.test.ts): the CLI killed midway
// and run again builds the graph an uninterrupted run builds; bad records are isolated; HTTP writes.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestRoutes } from "../../src/api/routes/ingest.js";
import { ExtractPool } from "../../src/ingest/extract-pool.js";
import { IngestJobs } from "../../src/ingest/jobs.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { serve, type TestServer, testApiConfig } from "../api/serve.js";
import { variedCorpus } from "../bench/corpus.js";
import { dumpAnswers } from "../store/contract.js";
import { runTs } from "../support/child.js";

const CLI = join(import.meta.dirname, "../../src/cli/main.ts");
const shared = join(import.meta.dirname, "../../../shared");

export interface IngestTarget {
  name: string;
  /** Environment that points the CLI at an empty store of this kind. */
  emptyEnv(): Promise<Record<string, string>>;
  /** Opens the store the env points at (the CLI must have exited). */
  open(env: Record<string, string>): Promise<GraphStore>;
  /** How many articles the store holds while a CLI may still be writing it. */
  articlesWhileRunning(env: Record<string, string>): Promise<number>;
}

export function ingestContract(target: IngestTarget) {
  describe(`ingestion into the ${target.name} store`, () => {
    const work = mkdtempSync(join(tmpdir(), "diplograph-ingest-"));
    const corpusFile = join(work, "corpus.jsonl");
    let count = 0;
    beforeAll(() => {
      const texts = variedCorpus(shared, 900_000, 5);
      count = texts.length;
      writeFileSync(
        corpusFile,
        texts.map((text, i) => JSON.stringify({ text, url: `https://example.org/${i}` })).join("\n"),
      );
    });

    const ingest = (env: Record<string, string>, args: string[]) => {
      const child = runTs(CLI, ["ingest", ...args], { env, cwd: work });
      return child;
    };

    it("killed with SIGKILL midway and run again, ends with the graph of an uninterrupted run", {
      timeout: 600_000,
    }, async () => {
      const env = await target.emptyEnv();
      const first = ingest(env, [corpusFile, "--batch-size", "25", "--concurrency", "1"]);
      for (let i = 0; i < 2000 && (await target.articlesWhileRunning(env)) === 0; i++) await sleep(20);
      first.process.kill("SIGKILL");
      const killed = await first.exit;
      expect(killed.signal, killed.stderr).toBe("SIGKILL");
      const again = ingest(env, [corpusFile, "--batch-size", "25", "--concurrency", "1"]);
      const rerun = await again.exit;
      expect(rerun.code, rerun.stderr).toBe(0);
      const summary = again.lines.join("\n");
      expect(summary).toMatch(/unchanged/);
      // The kill landed midway: the second run found some articles loaded and loaded the rest.
      expect(Number(/(\d+) unchanged/.exec(summary)?.[1])).toBeGreaterThan(0);
      expect(Number(/(\d+) new/.exec(summary)?.[1])).toBeGreaterThan(0);
      const resumed = await target.open(env);
      const resumedAnswers = await dumpAnswers(resumed);
      await resumed.close();

      const cleanEnv = await target.emptyEnv();
      const whole = await ingest(cleanEnv, [corpusFile, "--batch-size", "200"]).exit;
      expect(whole.code, whole.stderr).toBe(0);
      const clean = await target.open(cleanEnv);
      expect(resumedAnswers).toEqual(await dumpAnswers(clean));
      expect((await clean.stats()).articles).toBe(count);
      // Loading it all again changes nothing.
      const before = await dumpAnswers(clean);
      await clean.close();
      const twice = ingest(cleanEnv, [corpusFile]);
      expect((await twice.exit).code).toBe(0);
      expect(twice.lines.join("\n")).toMatch(new RegExp(`0 new, ${count} unchanged, 0 failed`));
      const after = await target.open(cleanEnv);
      expect(await dumpAnswers(after)).toEqual(before);
      await after.close();
    });

    it("isolates bad records: reported with file and line, written to the rejects file, the rest loaded, exit 1", {
      timeout: 120_000,
    }, async () => {
      const env = await target.emptyEnv();
      const dir = join(work, "mixed");
      mkdirSync(join(dir, "nested"), { recursive: true });
      writeFileSync(
        join(dir, "a.txt"),
        "Talks in Riga\n\nRIGA, March 27 (XA) - President Anna Kowal met Chancellor Otto Brenner on Tuesday.",
      );
      writeFileSync(join(dir, "nested", "empty.md"), "   \n");
      writeFileSync(join(dir, "notes.csv"), "ignored,because,not,an,article");
      writeFileSync(
        join(dir, "nested", "b.jsonl"),
        [
          JSON.stringify({
            text: "Minister Ivo Laht met envoy Piet Marsh in Oslo on Monday.",
            publishedAt: "2024-03-27",
          }),
          "{not json",
          JSON.stringify({ text: 42 }),
          JSON.stringify({ text: "Prime Minister Karl Ude met President Ana Sol in Lima.", publishedAt: "2024-02-30" }),
          "",
          JSON.stringify({ text: `PK\u0003\u0004${"\u0000".repeat(200)}binary` }),
          JSON.stringify({
            text: "Chancellor Otto Brenner met Prime Minister Ivo Laht in Bonn on Friday.",
            colour: "red",
          }),
          JSON.stringify({
            text: "Chancellor Otto Brenner visited Vilnius on Friday, where he met President Ruta Vaitkus.",
            publishedAt: "2024-04-05",
          }),
        ].join("\n"),
      );
      const child = ingest(env, [dir, "--rejects", join(work, "rejects.jsonl")]);
      const exit = await child.exit;
      expect(exit.code).toBe(1);
      expect(exit.stderr).toContain("b.jsonl:2: invalid JSON");
      const rejects = readFileSync(join(work, "rejects.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { at: string; reason: string });
      expect(new Set(rejects.map((r) => r.at.replace(dir, "")))).toEqual(
        new Set([
          "/nested/b.jsonl:2",
          "/nested/b.jsonl:3",
          "/nested/b.jsonl:4",
          "/nested/b.jsonl:6",
          "/nested/b.jsonl:7",
          "/nested/empty.md",
        ]),
      );
      expect(rejects.find((r) => r.at.endsWith(":4"))?.reason).toMatch(/publishedAt/);
      expect(rejects.find((r) => r.at.endsWith(":7"))?.reason).toMatch(/colour/);
      expect(child.lines.join("\n")).toContain("articles: 9 read, 3 new, 0 unchanged, 6 failed");
      const store = await target.open(env);
      expect((await store.stats()).articles).toBe(3);
      await store.close();
      expect(existsSync(join(work, "rejects.jsonl")) && statSync(join(work, "rejects.jsonl")).size > 0).toBe(true);
    });

    it("dry run extracts and writes nothing", { timeout: 60_000 }, async () => {
      const env = await target.emptyEnv();
      const child = ingest(env, [corpusFile, "--dry-run", "--json"]);
      const exit = await child.exit;
      expect(exit.code, exit.stderr).toBe(0);
      const summary = JSON.parse(child.lines.at(-1) as string);
      expect(summary.articles.new).toBe(count);
      const store = await target.open(env);
      expect((await store.stats()).articles).toBe(0);
      await store.close();
      expect(readdirSync(work).some((f) => f.startsWith("diplograph-rejects"))).toBe(false);
    });

    describe("over HTTP", () => {
      let store: GraphStore;
      let api: TestServer;
      let pool: ExtractPool;
      let jobs: IngestJobs;
      const key = { "x-api-key": "write-key" };
      beforeAll(async () => {
        store = await target.open(await target.emptyEnv());
        pool = new ExtractPool(1);
        jobs = new IngestJobs(store, () => pool, 50);
        api = await serve(store, {
          config: { ...testApiConfig, apiKey: "write-key", bodyLimit: "64kb" },
          routes: ingestRoutes(store, jobs, "200kb"),
        });
      });
      afterAll(async () => {
        await api?.close();
        await jobs?.idle();
        await pool?.close();
        await store?.close();
      });
      const post = (path: string, body: string, headers: Record<string, string> = key) =>
        fetch(`${api.base}${path}`, {
          method: "POST",
          body,
          headers: { "content-type": "application/json", ...headers },
        });

      it("loads one article, idempotently on its text", async () => {
        const body = JSON.stringify({
          text: "President Anna Kowal met Chancellor Otto Brenner in Riga on Tuesday.",
          publishedAt: "2024-03-27",
        });
        const first = await post("/articles", body);
        expect(first.status).toBe(200);
        const created = await first.json();
        expect(created).toMatchObject({
          created: true,
          persons: expect.arrayContaining([expect.objectContaining({ name: "Anna Kowal" })]),
        });
        expect(created.events[0]).toMatchObject({ kind: "meeting", status: "occurred", date: "2024-03-26" });
        const again = await (await post("/articles", body)).json();
        expect(again).toMatchObject({ created: false, articleId: created.articleId, nodesCreated: 0 });
      });

      it("asks for the key before reading the body, then validates it", async () => {
        expect((await post("/articles", "x".repeat(10_000_000), {})).status).toBe(401);
        expect((await post("/articles", "{}", { authorization: "Bearer nope" })).status).toBe(401);
        const malformed = await post("/articles", '{"text": ');
        expect(malformed.status).toBe(400);
        expect((await malformed.json()).type).toBe("urn:diplograph:problem:malformed-json");
        const unknown = await post("/articles", JSON.stringify({ text: "a", colour: "red" }));
        expect((await unknown.json()).errors[0].field).toBe("body.colour");
        const wrongType = await post("/articles", JSON.stringify({ text: 5 }));
        expect((await wrongType.json()).errors[0].field).toBe("body.text");
        const empty = await post("/articles", JSON.stringify({ text: "   " }));
        expect(empty.status).toBe(422);
        expect((await post("/articles", JSON.stringify({ text: "a".repeat(100_000) }))).status).toBe(413);
      });

      it("runs a JSON Lines job and reports its counts and first errors", async () => {
        const lines = [
          JSON.stringify({
            text: "Minister Ivo Laht met envoy Piet Marsh in Oslo on Monday.",
            publishedAt: "2024-03-27",
          }),
          "{oops",
          JSON.stringify({
            text: "Chancellor Otto Brenner met Prime Minister Ivo Laht in Bonn on Friday.",
            publishedAt: "2024-04-05",
          }),
        ];
        const res = await post("/ingest/jobs", lines.join("\n"), { ...key, "content-type": "application/x-ndjson" });
        expect(res.status).toBe(202);
        const { id } = await res.json();
        let job = await (await fetch(`${api.base}/ingest/jobs/${id}`)).json();
        for (let i = 0; i < 500 && job.state === "running"; i++) {
          await sleep(20);
          job = await (await fetch(`${api.base}/ingest/jobs/${id}`)).json();
        }
        expect(job).toMatchObject({
          state: "done",
          counts: { read: 3, new: 2, failed: 1 },
          errors: [{ at: "body:2" }],
        });
        expect((await fetch(`${api.base}/ingest/jobs/nope`)).status).toBe(404);
      });

      it("refuses a job body over its own limit, starting nothing", async () => {
        const big = `${JSON.stringify({ text: "x ".repeat(150_000) })}\n`;
        const res = await post("/ingest/jobs", big, { ...key, "content-type": "application/x-ndjson" });
        expect(res.status).toBe(413);
        expect((await post("/ingest/jobs", big, { "content-type": "application/x-ndjson" })).status).toBe(401);
      });
    });
  });
}
