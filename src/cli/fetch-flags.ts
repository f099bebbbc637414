// The fetch limits both `ingest URL...` and `watch` take, checked in one place.
import type { Command } from "commander";
import { z } from "zod";
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from "../ingest/web-fetcher.js";

const count = (max: number) =>
  z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(max, `must be at most ${max}`);

export const FetchFlags = z.object({
  timeout: count(600_000),
  maxBytes: count(1_000_000_000),
  perHost: count(64),
  hostDelay: z.coerce.number().int("must be a whole number").min(0, "must be 0 or more").max(600_000),
  retries: z.coerce.number().int("must be a whole number").min(0, "must be 0 or more").max(10, "must be at most 10"),
  retryDelay: z.coerce.number().int("must be a whole number").min(0, "must be 0 or more").max(600_000),
});

export const FETCH_FLAG_NAMES: Record<string, string> = {
  timeout: "--timeout",
  maxBytes: "--max-bytes",
  perHost: "--per-host",
  hostDelay: "--host-delay",
  retries: "--retries",
  retryDelay: "--retry-delay",
};

export function addFetchOptions(command: Command): Command {
  const d = DEFAULT_FETCH_LIMITS;
  return command
    .option("--timeout <ms>", "time a web fetch may take, headers and body", String(d.timeoutMs))
    .option("--max-bytes <n>", "largest web response read; larger ones are cut off", String(d.maxBytes))
    .option("--per-host <n>", "web fetches at once to one host", String(d.perHost))
    .option("--host-delay <ms>", "least time between two fetches from one host", String(d.hostDelayMs))
    .option("--retries <n>", "further tries after a timeout, network error, 5xx, 408 or 429", String(d.retries))
    .option("--retry-delay <ms>", "wait before the first retry; doubled before each next one", String(d.retryDelayMs));
}

export function fetchLimits(flags: z.infer<typeof FetchFlags>): FetchLimits {
  return {
    timeoutMs: flags.timeout,
    maxBytes: flags.maxBytes,
    perHost: flags.perHost,
    hostDelayMs: flags.hostDelay,
    retries: flags.retries,
    retryDelayMs: flags.retryDelay,
  };
}
