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
    detail: string,
  ) {
    super(`fetch failed (${failure}): ${detail}`);
  }
}
