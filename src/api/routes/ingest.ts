// Writing over HTTP: one article, or a JSON Lines job with its own size limit. Both need the API key
// when one is configured (checked before the body is read).
import { z } from "zod";
import { extract } from "../../extract/extract.js";
import type { IngestJobService } from "../../ingest/jobs.js";
import { ArticleRecord } from "../../ingest/records.js";
import { extractionRows } from "../../store/graph-rows.js";
import type { GraphStore } from "../../store/graph-store.js";
import { NotFoundError } from "../errors.js";
import { route } from "../route.js";
import { IdParams, querySchema } from "../schemas.js";

const JobCounts = z.object({
  done: z.number().int(),
  read: z.number().int(),
  new: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
});
const JobView = z.object({
  id: z.string(),
  state: z.enum(["running", "done", "failed"]),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  bytes: z.number().int(),
  counts: JobCounts,
  errors: z.array(z.object({ at: z.string(), reason: z.string() })),
  error: z.string().nullable(),
});

/** Parses "100mb" style sizes into bytes. */
export function sizeInBytes(size: string): number {
  const match = /^(\d+)(b|kb|mb|gb)$/i.exec(size.trim());
  if (!match) throw new RangeError(`not a size: ${size}`);
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] as string).toLowerCase() as "b"];
  return Number(match[1]) * unit;
}

export const ingestRoutes = (store: GraphStore, jobs: IngestJobService, jobBodyLimit: string) => [
  route({
    method: "post",
    path: "/articles",
    tag: "ingest",
    summary: "Load one article; idempotent on its text (the same text again changes nothing)",
    write: true,
    query: querySchema({}),
    body: ArticleRecord,
    response: z.object({
      articleId: z.string(),
      created: z.boolean(),
      persons: z.array(z.object({ id: z.string(), name: z.string() })),
      events: z.array(z.object({ id: z.string(), kind: z.string(), status: z.string(), date: z.string().nullable() })),
      nodesCreated: z.number().int(),
      relationshipsCreated: z.number().int(),
    }),
    async handle({ body }) {
      const extraction = extract(body);
      const written = await store.upsert([extraction]);
      if (written.articles.new) await store.resolve();
      const rows = extractionRows(extraction, new Date().toISOString());
      return {
        articleId: extraction.article.id,
        created: written.articles.new === 1,
        persons: rows.persons.map((p) => ({ id: p.id, name: p.name })),
        events: rows.events.map((e) => ({ id: e.id, kind: e.kind, status: e.status, date: e.date })),
        nodesCreated: written.nodesCreated,
        relationshipsCreated: written.relationshipsCreated,
      };
    },
  }),
  route({
    method: "post",
    path: "/ingest/jobs",
    tag: "ingest",
    summary: `Start a job loading a JSON Lines body ({text, url?, title?, source?, publishedAt?} per line, at most ${jobBodyLimit})`,
    write: true,
    stream: true,
    bodyDoc: { contentType: "application/x-ndjson", description: "one article record per line" },
    query: querySchema({}),
    response: JobView,
    status: 202,
    async handle(_input, req) {
      return jobs.start(req, sizeInBytes(jobBodyLimit));
    },
  }),
  route({
    method: "get",
    path: "/ingest/jobs/:id",
    tag: "ingest",
    summary: "A job's state, counts and first errors",
    params: IdParams,
    query: querySchema({}),
    response: JobView,
    async handle({ params }) {
      const job = await jobs.get(params.id);
      if (!job) throw new NotFoundError("ingest job", params.id);
      return job;
    },
  }),
];
