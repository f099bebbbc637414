// A route is data: its method, path, zod schemas for what it accepts and answers, and a handler that
// receives typed input. The same list mounts the routes and writes the OpenAPI document.
import type { Request } from "express";
import type { z } from "zod";

export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: "get" | "post";
  /** Express syntax: "/people/:id". */
  path: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  /** A JSON body; routes that stream their body (ingest jobs) leave this out and say so in bodyDoc. */
  body?: B;
  bodyDoc?: { contentType: string; description: string };
  response: z.ZodType;
  /** Status of a successful answer (200 unless said). */
  status?: number;
  /** Write routes need the API key when one is configured. */
  write?: boolean;
  /** The handler reads the request body as a stream itself (no JSON parsing). */
  stream?: boolean;
  handle(input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> }, req: Request): Promise<unknown>;
}

/** Keeps the schemas' types flowing into the handler. */
export const route = <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(spec: RouteSpec<P, Q, B>) =>
  spec as unknown as RouteSpec;

/** A handler answer sent as it is (not as JSON): a layout text, an export file. */
export class RawBody {
  constructor(
    readonly contentType: string,
    readonly body: string | Uint8Array,
    readonly options: { filename?: string; gzipped?: boolean } = {},
  ) {}
}
