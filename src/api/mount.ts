// Mounts route specs on an Express router: key check, body parsing, zod validation at the edge, typed
// input to the handler, and the answer as JSON. Errors go to the problem handler.
import express, { type Request, type Router } from "express";
import type { z } from "zod";
import { requireKey } from "./auth.js";
import { type FieldIssue, InvalidRequestError } from "./errors.js";
import { RawBody, type RouteSpec } from "./route.js";

export interface MountOptions {
  writeKey?: string;
  readKey?: string;
  bodyLimit: string;
}

function parse(schema: z.ZodType | undefined, value: unknown, where: string, issues: FieldIssue[]): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".");
    const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys : null;
    if (unknownKeys)
      for (const key of unknownKeys)
        issues.push({ field: `${where}.${key}`, message: "is not a parameter of this route" });
    else issues.push({ field: path ? `${where}.${path}` : where, message: issue.message });
  }
  return undefined;
}

export function mountRoutes(router: Router, specs: RouteSpec[], options: MountOptions): void {
  const writeGuard = requireKey([options.writeKey], "this route");
  const readGuard = requireKey([options.readKey, options.readKey ? options.writeKey : undefined], "reading");
  const json = express.json({ limit: options.bodyLimit, strict: false });
  for (const spec of specs) {
    const handlers = [spec.write ? writeGuard : readGuard];
    if (spec.body && !spec.stream) handlers.push(json);
    router[spec.method](spec.path, ...handlers, async (req: Request, res, next) => {
      try {
        const issues: FieldIssue[] = [];
        const input = {
          params: parse(spec.params, { ...req.params }, "params", issues),
          query: parse(spec.query, { ...(req.query as object) }, "query", issues),
          body: parse(spec.body, req.body, "body", issues),
        };
        if (issues.length) throw new InvalidRequestError(issues);
        const result = await spec.handle(input as Parameters<RouteSpec["handle"]>[0], req);
        if (result instanceof RawBody) {
          if (result.options.filename) res.attachment(result.options.filename);
          if (result.options.gzipped) res.set("content-encoding", "gzip");
          res.vary("accept-encoding");
          res
            .status(spec.status ?? 200)
            .type(result.contentType)
            .send(result.body);
        } else res.status(spec.status ?? 200).json(result);
      } catch (error) {
        next(error);
      }
    });
  }
}
