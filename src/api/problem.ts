// The one place where errors become HTTP answers: application/problem+json (RFC 9457) with a stable
// type, the failing fields and a plain message; never a stack trace.
import type { ErrorRequestHandler, Response } from "express";
import { ExtractionInputError } from "../extract/errors.js";
import { BodyTooLargeError, JobsUnavailableError } from "../ingest/jobs.js";
import { UnknownCenterError } from "../layout/layout-service.js";
import { InvalidExtractionError, StoreLockedError, StoreUnavailableError } from "../store/errors.js";
import { InvalidRequestError, NotFoundError, PayloadTooLargeError, UnauthorizedError } from "./errors.js";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

export function sendProblem(res: Response, problem: Problem): void {
  res.status(problem.status).type("application/problem+json").json(problem);
}

const problemType = (slug: string) => `urn:diplograph:problem:${slug}`;

export function toProblem(error: unknown): Problem {
  if (error instanceof InvalidRequestError)
    return {
      type: problemType("invalid-request"),
      title: "Invalid request",
      status: 400,
      detail: error.message,
      errors: error.issues,
    };
  if (error instanceof InvalidExtractionError)
    return {
      type: problemType("invalid-extraction"),
      title: "Invalid extraction",
      status: 400,
      detail: error.message,
      errors: error.problems.map((p) => ({ field: `body.${error.index}.${p.path}`, message: p.message })),
    };
  if (error instanceof ExtractionInputError)
    return {
      type: problemType(`article-${error.code}`),
      title: "Article not readable",
      status: 422,
      detail: error.message,
      errors: [{ field: "body.text", message: error.message }],
    };
  if (error instanceof BodyTooLargeError)
    return { type: problemType("payload-too-large"), title: "Payload Too Large", status: 413, detail: error.message };
  if (error instanceof UnknownCenterError)
    return { type: problemType("not-found"), title: "Not Found", status: 404, detail: error.message };
  if (error instanceof NotFoundError)
    return { type: problemType("not-found"), title: "Not Found", status: 404, detail: error.message };
  if (error instanceof UnauthorizedError)
    return { type: problemType("unauthorized"), title: "Unauthorized", status: 401, detail: error.message };
  if (error instanceof PayloadTooLargeError)
    return { type: problemType("payload-too-large"), title: "Payload Too Large", status: 413, detail: error.message };
  if (error instanceof StoreUnavailableError || error instanceof StoreLockedError)
    return { type: problemType("store-unavailable"), title: "Service Unavailable", status: 503, detail: error.message };
  if (error instanceof JobsUnavailableError)
    return { type: problemType("jobs-unavailable"), title: "Service Unavailable", status: 503, detail: error.message };
  // Errors raised by body-parser carry a status and a type.
  const e = error as { status?: number; type?: string; message?: string };
  if (e?.type === "entity.parse.failed")
    return {
      type: problemType("malformed-json"),
      title: "Malformed JSON",
      status: 400,
      detail: "the body is not valid JSON",
      errors: [{ field: "body", message: e.message ?? "not JSON" }],
    };
  if (e?.type === "entity.too.large")
    return {
      type: problemType("payload-too-large"),
      title: "Payload Too Large",
      status: 413,
      detail: "the body is larger than this route accepts",
    };
  if (typeof e?.status === "number" && e.status >= 400 && e.status < 500)
    return {
      type: problemType("bad-request"),
      title: "Bad Request",
      status: e.status,
      detail: e.message ?? "bad request",
    };
  return {
    type: problemType("internal"),
    title: "Internal Server Error",
    status: 500,
    detail: "the server failed to answer; the log says why",
  };
}

export const problemHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const problem = toProblem(error);
  if (problem.status >= 500) req.log?.error({ err: error }, "request failed");
  if (res.headersSent) return void res.end();
  sendProblem(res, problem);
};
