// What ingestion reads: article records (from files, JSON Lines or HTTP) with where each came from, and
// the rejects it writes when a record cannot be loaded.
import { z } from "zod";
import { IsoDate } from "../domain/extraction.js";

const optionalText = z.string().max(2000).nullish();

/** One JSON Lines record: {text, url?, title?, source?, publishedAt?}; other fields are refused. */
export const ArticleRecord = z.strictObject({
  text: z.string({ error: "text must be a string" }),
  url: optionalText,
  title: optionalText,
  source: optionalText,
  publishedAt: IsoDate.nullish(),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** Where a record came from: a file (and line, for JSON Lines), stdin, or an HTTP job. */
export interface Origin {
  file: string;
  line?: number;
}

export type SourceItem =
  | { ok: true; record: ArticleRecord; origin: Origin }
  | { ok: false; origin: Origin; reason: string };

export interface Reject {
  origin: Origin;
  reason: string;
}

export const describeOrigin = (o: Origin) => (o.line === undefined ? o.file : `${o.file}:${o.line}`);

/** Parses one JSON Lines line into a record, or says what is wrong with it. */
export function parseRecordLine(line: string, origin: Origin): SourceItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, origin, reason: `invalid JSON: ${(error as Error).message}` };
  }
  const parsed = ArticleRecord.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      origin,
      reason: parsed.error.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`).join("; "),
    };
  return { ok: true, record: parsed.data, origin };
}
