// Request schemas shared by the routes (and by the OpenAPI document, which is generated from them).
import { z } from "zod";
import { type EventStatus, IsoDate } from "../domain/extraction.js";
import type { EdgeKind } from "../store/graph-store.js";
import { organizationId } from "../store/identity.js";
import { decodeCursor } from "./cursor.js";

export const Id = z.string().min(1, "must not be empty").max(200, "must be at most 200 characters");

export const Flag = z.enum(["true", "false"]).transform((v) => v === "true");

export const Cursor = z
  .string()
  .max(40)
  .refine((c) => decodeCursor(c) !== null, "is not a cursor this API gave out")
  .transform((c) => decodeCursor(c) as number);

export const limit = (max: number, fallback: number) =>
  z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(max, `must be at most ${max}`)
    .default(fallback);

/** Inclusive ISO dates; undated events only when includeUndated=true. */
export const dateRange = {
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  includeUndated: Flag.optional(),
};

export const paging = { limit: limit(500, 50), cursor: Cursor.optional() };

/** A query object that refuses unknown parameters. */
export const querySchema = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape);

/** A query with a date range, refusing a range that ends before it starts. */
export function rangeQuerySchema<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject(shape).superRefine((q, ctx) => {
    const { from, to } = q as { from?: string; to?: string };
    if (from && to && from > to) ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
  });
}

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const IdParams = z.strictObject({ id: Id });

/** A comma-separated list of known words, case-insensitive, as a set in the casing of `known`. */
function wordList<T extends string>(what: string, known: readonly T[], upper: boolean) {
  return z
    .string()
    .max(100)
    .transform((s, ctx) => {
      const list = s.split(",").map((k) => (upper ? k.trim().toUpperCase() : k.trim().toLowerCase()));
      const bad = list.filter((k) => !(known as readonly string[]).includes(k));
      if (bad.length)
        ctx.addIssue({ code: "custom", message: `unknown ${what} ${bad.join(", ")}; use ${known.join(", ")}` });
      return [...new Set(list)] as T[];
    });
}

/** Edge kinds of a network picture, comma separated: MET_WITH,SPOKE_WITH,VISITED. */
export const Kinds = wordList<EdgeKind>("kinds", ["MET_WITH", "SPOKE_WITH", "VISITED"], true);

/** Event statuses of a network picture, comma separated: occurred,planned. */
export const Statuses = wordList<EventStatus>("statuses", ["occurred", "planned"], false);

export const Country = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
  .transform((c) => c.toUpperCase());

/**
 * What a network picture shows besides its range: edge kinds, statuses, least independent reports, the
 * country events were held in, an organisation one participant is affiliated with.
 */
export const networkFilters = {
  kinds: Kinds.optional(),
  statuses: Statuses.optional(),
  minReports: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(1000, "must be at most 1000")
    .optional(),
  country: Country.optional(),
  /** An organisation id, or its name (turned into the id the store gives that name). */
  organization: Id.transform((o) => (o.startsWith("organization:") ? o : organizationId(o))).optional(),
};
