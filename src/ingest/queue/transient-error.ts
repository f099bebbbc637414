// Which failures are worth another try later: the database or the network was away for a moment.
// Anything else (a record the store refuses, a malformed payload) would fail the same way again.
import { StoreUnavailableError } from "../../store/errors.js";

const TRANSIENT_CODES = /^(ServiceUnavailable|SessionExpired|Neo\.TransientError\.)/;
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EAI_AGAIN"]);

export function isTransient(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e instanceof StoreUnavailableError) return true;
    if (e.name === "TimeoutError" || e.name === "AbortError") return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (TRANSIENT_CODES.test(code) || NETWORK_CODES.has(code))) return true;
  }
  return false;
}
