// Names in Redis: the BullMQ queue of batches, and the keys that hold each ingestion job's spooled
// records and results (read by any API or worker process, on any machine).

export const QUEUE_NAME = "diplograph-ingest";
const PREFIX = "diplograph:ingest:";

/** How long a finished job's record stays readable. */
export const JOB_TTL_SECONDS = 7 * 24 * 3600;

/** How often the process reading a job's input says it is still reading. */
export const PRODUCER_HEARTBEAT_MS = 10_000;
/** A job whose reader has not said so for this long lost its reader (a crash, a kill). */
export const PRODUCER_STALE_MS = 60_000;

export const jobKey = (jobId: string) => `${PREFIX}job:${jobId}`;
export const resultsKey = (jobId: string) => `${PREFIX}job:${jobId}:results`;
export const batchKey = (jobId: string, batch: number) => `${PREFIX}job:${jobId}:batch:${batch}`;
/** The BullMQ id of a batch: adding the same batch twice adds it once. */
export const batchJobId = (jobId: string, batch: number) => `${jobId}-${batch}`;
export const resolveJobId = (jobId: string) => `${jobId}-resolve`;
/** The results field of the records refused while reading, before any batch was queued. */
export const READ_FIELD = "read";
