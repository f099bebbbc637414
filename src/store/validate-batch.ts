import { Extraction } from "../domain/extraction.js";
import { InvalidExtractionError } from "./errors.js";

/** Validates a whole batch before anything is written; the first invalid extraction rejects it. */
export function validateBatch(extractions: unknown[]): Extraction[] {
  return extractions.map((x, index) => {
    const parsed = Extraction.safeParse(x);
    if (!parsed.success)
      throw new InvalidExtractionError(
        index,
        parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      );
    return parsed.data;
  });
}

/** Drops extractions of articles already stored or seen earlier in the batch (same content hash). */
export function newArticlesOnly(extractions: Extraction[], known: Set<string>): Extraction[] {
  const seen = new Set(known);
  return extractions.filter((x) => !seen.has(x.article.id) && (seen.add(x.article.id), true));
}
