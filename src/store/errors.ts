// Store errors: domain errors that know nothing of HTTP; the API maps them to responses in one place.

/** An extraction in a batch failed the Extraction schema; nothing of the batch was written. */
export class InvalidExtractionError extends Error {
  override name = "InvalidExtractionError";
  constructor(
    readonly index: number,
    readonly problems: { path: string; message: string }[],
  ) {
    super(
      `store: extraction ${index} of the batch is invalid, nothing of the batch was written: ${problems
        .slice(0, 5)
        .map((p) => `${p.path || "(root)"}: ${p.message}`)
        .join("; ")}`,
    );
  }
}

/** Another process holds the embedded store for writing. */
export class StoreLockedError extends Error {
  override name = "StoreLockedError";
  constructor(
    readonly dataDir: string,
    readonly holder: { pid: number; hostname: string; command: string; since: string },
  ) {
    super(
      `store: the embedded store in ${dataDir} is held by process ${holder.pid} on ${holder.hostname} ` +
        `(${holder.command}, since ${holder.since}); only one process may write it. ` +
        "When that process is the diplograph server, send the articles to its POST /ingest/jobs instead.",
    );
  }
}

/** The database cannot be reached or answered with a connection failure. */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
}
