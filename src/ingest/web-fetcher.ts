// One HTTP GET of a web source with the limits every fetch must have: a timeout over the whole answer
// (headers and body), a size cap (the body is read as a stream and cut off past it), the per-host gate,
// and conditional GET (ETag / Last-Modified sent back; a 304 means nothing new). Failures that may pass
// (timeouts, network errors, 5xx, 408, 429) are tried again after a growing delay before they count.
import { setTimeout as sleep } from "node:timers/promises";
import { FetchError } from "./fetch-error.js";
import { HostGate } from "./host-gate.js";

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  perHost: number;
  hostDelayMs: number;
  /** Further tries after a failure that may pass; each waits twice as long as the one before. */
  retries: number;
  retryDelayMs: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 5_000_000,
  perHost: 2,
  hostDelayMs: 500,
  retries: 2,
  retryDelayMs: 1_000,
};

/** What a server said last time, sent back so it can answer 304. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchAnswer =
  | { status: "fresh"; url: string; body: string; contentType: string | null; validators: Validators }
  | { status: "not-modified" };

const USER_AGENT = "diplograph (+https://github.com/diplograph)";

/** The URL as a http(s) URL, or a FetchError saying why not. */
export function webUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchError(text, "invalid-url", `${text} is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchError(text, "invalid-url", `${text}: only http and https URLs can be fetched`);
  return url;
}

function decode(bytes: Buffer, contentType: string | null): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? "")?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

export class WebFetcher {
  private readonly gate: HostGate;

  constructor(readonly limits: FetchLimits = DEFAULT_FETCH_LIMITS) {
    this.gate = new HostGate(limits.perHost, limits.hostDelayMs);
  }

  async get(text: string, validators?: Validators): Promise<FetchAnswer> {
    const url = webUrl(text);
    const { retries, retryDelayMs } = this.limits;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.gate.run(url.host, () => this.fetchOnce(url, validators));
      } catch (error) {
        if (!(error instanceof FetchError) || error.permanent) throw error;
        if (attempt > retries) throw attempt > 1 ? error.afterAttempts(attempt) : error;
        await sleep(retryDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  private async fetchOnce(url: URL, validators?: Validators): Promise<FetchAnswer> {
    const { timeoutMs, maxBytes } = this.limits;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const headers: Record<string, string> = { "user-agent": USER_AGENT };
    if (validators?.etag) headers["if-none-match"] = validators.etag;
    if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
    try {
      const response = await fetch(url, { headers, signal: controller.signal, redirect: "follow" });
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: "not-modified" };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError(url.href, "http-status", `${url.href} answered ${response.status}`, response.status);
      }
      const declared = Number(response.headers.get("content-length"));
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw new FetchError(url.href, "too-large", `${url.href} declares ${declared} bytes, over ${maxBytes}`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const reader = response.body?.getReader();
      for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
        const chunk = read.value;
        size += chunk.length;
        if (size > maxBytes) {
          controller.abort();
          throw new FetchError(url.href, "too-large", `${url.href} sent more than ${maxBytes} bytes; cut off`);
        }
        chunks.push(Buffer.from(chunk));
      }
      const contentType = response.headers.get("content-type");
      return {
        status: "fresh",
        url: response.url || url.href,
        body: decode(Buffer.concat(chunks), contentType),
        contentType,
        validators: { etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") },
      };
    } catch (error) {
      if (error instanceof FetchError) throw error;
      if (controller.signal.aborted)
        throw new FetchError(url.href, "timeout", `${url.href} did not answer in full within ${timeoutMs} ms`);
      const cause = (error as Error & { cause?: Error }).cause;
      throw new FetchError(url.href, "network", `${url.href}: ${cause?.message ?? (error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }
}
