// API keys: the write key guards write routes (checked before any body is read); an optional read key
// guards the rest. Keys are compared in constant time.
import { createHash, timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler } from "express";
import { UnauthorizedError } from "./errors.js";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Constant time whatever the lengths: both sides are hashed to 32 bytes first. */
export const sameKey = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));

export function presentedKey(req: Request): string | null {
  const header = req.get("x-api-key");
  if (header) return header;
  const auth = req.get("authorization");
  const bearer = auth && /^Bearer\s+(.+)$/i.exec(auth);
  return bearer ? (bearer[1] as string).trim() : null;
}

/** A guard that lets through requests carrying one of the keys; no keys configured lets everything through. */
export function requireKey(keys: (string | undefined)[], what: string): RequestHandler {
  const accepted = keys.filter((k): k is string => !!k);
  return (req, _res, next) => {
    if (!accepted.length) return next();
    const given = presentedKey(req);
    if (!given)
      return next(
        new UnauthorizedError(`${what} needs an API key in the x-api-key header or as Authorization: Bearer`),
      );
    if (!accepted.some((k) => sameKey(given, k))) return next(new UnauthorizedError("the API key is not valid"));
    next();
  };
}
