// Fetch failures of web sources: a domain error that names the URL and why, so every failure can be
// recorded with its reason (rejects list, stderr) and the run goes on.

export type FetchFailure =
  | "invalid-url"
  | "timeout"
  | "too-large"
  | "http-status"
  | "network"
  | "unsupported-type"
  | "no-article"
  | "bad-feed";

export class FetchError extends Error {
  override name = "FetchError";
  constructor(
    readonly url: string,
    readonly failure: FetchFailure,
    readonly detail: string,
    /** The HTTP status, for http-status failures. */
    readonly status?: number,
  ) {
    super(`fetch failed (${failure}): ${detail}`);
  }

  /** The same failure, saying how many times the URL was tried. */
  afterAttempts(attempts: number): FetchError {
    return new FetchError(this.url, this.failure, `${this.detail} (tried ${attempts} times)`, this.status);
  }

  /**
   * Whether asking again would give the same answer: a page too large, not HTML or without article text,
   * or refused with a 4xx (other than 408 and 429), is not worth fetching at every poll; timeouts, network
   * failures and 5xx answers may pass.
   */
  get permanent(): boolean {
    if (this.failure === "http-status")
      return this.status !== undefined && this.status >= 400 && this.status < 500 && ![408, 429].includes(this.status);
    return ["invalid-url", "too-large", "unsupported-type", "no-article", "bad-feed"].includes(this.failure);
  }
}
