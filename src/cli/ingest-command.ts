// `diplograph ingest PATH...`: loads articles from files, folders, JSON Lines or stdin into the store.
import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { z } from "zod";
import { loadConfig } from "../config/config.js";
import { ExtractPool } from "../ingest/extract-pool.js";
import { type IngestSummary, runIngest } from "../ingest/pipeline.js";
import { progressReporter } from "../ingest/progress.js";
import { describeOrigin, type Reject } from "../ingest/records.js";
import { rejectsWriter } from "../ingest/rejects-file.js";
import { countRecords, listInputFiles, readSources } from "../ingest/sources.js";
import { openStore } from "../store/open-store.js";

const Flags = z.object({
  concurrency: z.coerce.number().int().min(1, "must be at least 1").max(64, "must be at most 64"),
  batchSize: z.coerce.number().int().min(1, "must be at least 1").max(10_000, "must be at most 10000"),
  dryRun: z.boolean().default(false),
  store: z.enum(["neo4j", "embedded"], { error: "must be neo4j or embedded" }).optional(),
  rejects: z.string().min(1),
  json: z.boolean().default(false),
});

const FLAG_NAMES: Record<string, string> = { batchSize: "--batch-size", dryRun: "--dry-run" };

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
  program
    .command("ingest")
    .description(
      "load articles: .txt/.md files, folders, .jsonl files ({text, url?, title?, source?, publishedAt?}) or - for JSON Lines on stdin",
    )
    .argument("<paths...>", "files, folders, or - for stdin")
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
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const parsed = Flags.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const name = String(issue?.path[0] ?? "");
        throw new Error(`ingest: ${FLAG_NAMES[name] ?? `--${name}`}: ${issue?.message}`);
      }
      const flags = parsed.data;
      const files = listInputFiles(paths);
      const config = loadConfig();
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
      const progress = progressReporter(await countRecords(files), {
        tty: !!process.stderr.isTTY && !flags.json,
        log: (l) => process.stderr.write(`${l}\n`),
      });
      try {
        const summary = await runIngest(readSources(files), {
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
