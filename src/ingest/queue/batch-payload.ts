// What a queued batch carries: the BullMQ job holds only {jobId, batch}; the records themselves are
// spooled to a Redis key, so any worker on any machine can read them and the queue stays small.
import { z } from "zod";
import { ArticleRecord } from "../records.js";

export const BatchRef = z.strictObject({
  jobId: z.uuid({ error: "jobId must be a UUID" }),
  batch: z.number().int().min(0),
});
export type BatchRef = z.infer<typeof BatchRef>;

/** The step after a job's last batch: persons are joined once, over everything the job wrote. */
export const ResolveRef = z.strictObject({ jobId: z.uuid({ error: "jobId must be a UUID" }) });
export type ResolveRef = z.infer<typeof ResolveRef>;

const Origin = z.strictObject({ file: z.string(), line: z.number().int().optional() });

export const SpooledRecord = z.strictObject({ record: ArticleRecord, origin: Origin });
export const SpooledBatch = z.array(SpooledRecord);
export type SpooledRecord = z.infer<typeof SpooledRecord>;

/** What one batch (or the reading step) added to its job; summed when a job is read. */
export const BatchResult = z.strictObject({
  records: z.number().int(),
  read: z.number().int(),
  new: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
  nodesCreated: z.number().int(),
  relationshipsCreated: z.number().int(),
  errors: z.array(z.object({ at: z.string(), reason: z.string() })),
  /** Set when the batch gave up (a permanent error, or its retries ran out). */
  error: z.string().nullable(),
});
export type BatchResult = z.infer<typeof BatchResult>;

export const emptyResult = (): BatchResult => ({
  records: 0,
  read: 0,
  new: 0,
  unchanged: 0,
  failed: 0,
  nodesCreated: 0,
  relationshipsCreated: 0,
  errors: [],
  error: null,
});
