// `diplograph ingest PATH...`: loads articles from files, folders, JSON Lines, stdin or web pages (http(s)
// URLs) into the store.

import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { z } from "zod";
import { loadConfig } from "../config/config.js";
import { ExtractPool } from "../ingest/extract-pool.js";
import type { JobView } from "../ingest/jobs.js";
import { type IngestSummary, runIngest } from "../ingest/pipeline.js";
import { progressReporter } from "../ingest/progress.js";
import { submitToQueue } from "../ingest/queue/submit.js";
import { describeOrigin, type Reject, type SourceItem } from "../ingest/records.js";
import { rejectsWriter } from "../ingest/rejects-file.js";
import { countRecords, listInputFiles, readSources, SourceError } from "../ingest/sources.js";
import { WebFetcher, webUrl } from "../ingest/web-fetcher.js";
import { pageSources } from "../ingest/web-sources.js";
import { openStore } from "../store/open-store.js";
import { addFetchOptions, FETCH_FLAG_NAMES, FetchFlags, fetchLimits } from "./fetch-flags.js";
import { parseFlags } from "./parse-flags.js";

const Flags = FetchFlags.extend({
  concurrency: z.coerce.number().int().min(1, "must be at least 1").max(64, "must be at most 64"),
  batchSize: z.coerce.number().int().min(1, "must be at least 1").max(10_000, "must be at most 10000"),
  dryRun: z.boolean().default(false),
  store: z.enum(["neo4j", "embedded"], { error: "must be neo4j or embedded" }).optional(),
  rejects: z.string().min(1),
  json: z.boolean().default(false),
  detach: z.boolean().default(false),
});

const FLAG_NAMES: Record<string, string> = { batchSize: "--batch-size", dryRun: "--dry-run", ...FETCH_FLAG_NAMES };

/** Any scheme://...; only http and https are fetched, anything else is refused rather than read as a path. */
const LOOKS_LIKE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Splits the arguments into files and web URLs, refusing URLs that cannot be fetched. */
export function splitInputs(paths: string[]): { files: string[]; urls: string[] } {
  const urls: string[] = [];
  const rest: string[] = [];
  for (const path of paths) {
    if (!LOOKS_LIKE_URL.test(path)) {
      rest.push(path);
      continue;
    }
    try {
      urls.push(webUrl(path).href);
    } catch (error) {
      throw new SourceError(`ingest: ${(error as Error).message.replace(/^fetch failed \([\w-]+\): /, "")}`);
    }
  }
  return { files: rest.length ? listInputFiles(rest) : [], urls };
}

async function* concat<T>(...sources: AsyncIterable<T>[]): AsyncGenerator<T> {
  for (const source of sources) yield* source;
}

export function summaryLines(s: IngestSummary, rejectsPath: string | null): string[] {
  const seconds = s.timings.totalMs / 1000;
  return [
    `articles: ${s.articles.read} read, ${s.articles.new} new, ${s.articles.unchanged} unchanged, ${s.articles.failed} failed`,
    `graph: ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships added, ${s.personsMerged} persons joined`,
    `time: ${seconds.toFixed(1)} s (${(s.articles.read / Math.max(seconds, 0.001)).toFixed(0)} articles/s; extraction ${(s.timings.extractMs / 1000).toFixed(1)} s, writing ${(s.timings.writeMs / 1000).toFixed(1)} s)`,
    ...(rejectsPath ? [`rejected records are listed in ${rejectsPath}`] : []),
  ];
}

export function registerIngest(program: Command): void {
  const command = program
    .command("ingest")
    .description(
      "load articles: .txt/.md files, folders, .jsonl files ({text, url?, title?, source?, publishedAt?}), - for JSON Lines on stdin, or http(s) URLs of web pages",
    )
    .argument("<paths...>", "files, folders, http(s) URLs, or - for stdin")
    .option("--concurrency <n>", "extraction worker threads", String(availableParallelism()))
    .option("--batch-size <n>", "articles written per transaction", "500")
    .option("--dry-run", "extract only and print the summary; write nothing")
    .option("--store <kind>", "neo4j or embedded (default: neo4j when NEO4J_URI is set)")
    .option(
      "--rejects <file>",
      "where to list records that were not loaded",
      `diplograph-rejects-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl`,
    )
    .option("--json", "print the summary as JSON")
    .option("--detach", "with REDIS_URL: queue the job and exit without waiting for the workers");
  addFetchOptions(command).action(async (paths: string[], raw: Record<string, unknown>) => {
    const flags = parseFlags(Flags, raw, "ingest", FLAG_NAMES);
    const { files, urls } = splitInputs(paths);
    const config = loadConfig();
    if (config.redisUrl && !flags.dryRun) return queueIngest(config.redisUrl, files, urls, flags);
    const store = flags.dryRun
      ? null
      : await openStore(config, { kind: flags.store, command: `diplograph ingest ${paths.join(" ")}` });
    const pool = new ExtractPool(flags.concurrency);
    let rejected = 0;
    const writeReject = rejectsWriter(flags.rejects);
    const onReject = (r: Reject) => {
      rejected++;
      writeReject(r);
      if (!process.stderr.isTTY || rejected <= 20)
        process.stderr.write(`ingest: ${describeOrigin(r.origin)}: ${r.reason}\n`);
    };
    const fileRecords = await countRecords(files);
    const progress = progressReporter(fileRecords === null ? null : fileRecords + urls.length, {
      tty: !!process.stderr.isTTY && !flags.json,
      log: (l) => process.stderr.write(`${l}\n`),
    });
    try {
      const pages = pageSources(new WebFetcher(fetchLimits(flags)), urls);
      const summary = await runIngest(concat(readSources(files), pages), {
        store,
        pool,
        batchSize: flags.batchSize,
        dryRun: flags.dryRun,
        onReject,
        onProgress: (done) => progress.update(done),
      });
      progress.stop();
      const rejectsPath = rejected ? flags.rejects : null;
      process.stdout.write(
        flags.json
          ? `${JSON.stringify({ ...summary, rejects: rejectsPath })}\n`
          : `${summaryLines(summary, rejectsPath).join("\n")}\n`,
      );
      if (summary.articles.failed > 0) process.exitCode = 1;
    } finally {
      await pool.close();
      await store?.close();
    }
  });
}

/** With REDIS_URL: the records go to the queue as one job; the workers write them. */
async function queueIngest(redisUrl: string, files: string[], urls: string[], flags: z.infer<typeof Flags>) {
  const writeReject = rejectsWriter(flags.rejects);
  const progress = progressReporter((await countRecords(files)) ?? null, {
    tty: !!process.stderr.isTTY && !flags.json && !flags.detach,
    log: (l) => process.stderr.write(`${l}\n`),
  });
  const pages = pageSources(new WebFetcher(fetchLimits(flags)), urls);
  const job = await submitToQueue(redisUrl, concat<SourceItem>(readSources(files), pages), {
    batchSize: flags.batchSize,
    wait: !flags.detach,
    onProgress: (done) => progress.update(done),
  });
  progress.stop();
  for (const e of job.errors) {
    writeReject({ origin: { file: e.at }, reason: e.reason });
    process.stderr.write(`ingest: ${e.at}: ${e.reason}\n`);
  }
  const rejectsPath = job.errors.length ? flags.rejects : null;
  process.stdout.write(
    flags.json
      ? `${JSON.stringify({ ...job, rejects: rejectsPath })}\n`
      : `${queuedLines(job, rejectsPath).join("\n")}\n`,
  );
  if (job.counts.failed > 0 || job.state === "failed") process.exitCode = 1;
}

export function queuedLines(job: JobView, rejectsPath: string | null): string[] {
  const c = job.counts;
  return [
    `job ${job.id}: ${job.state}${job.state === "running" ? " (queued for the workers)" : ""}`,
    `articles: ${c.read} read, ${c.new} new, ${c.unchanged} unchanged, ${c.failed} failed`,
    ...(job.error ? [`error: ${job.error}`] : []),
    ...(rejectsPath ? [`rejected records are listed in ${rejectsPath}`] : []),
  ];
}
