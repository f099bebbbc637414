import { Extraction } from "../domain/extraction.js";
import { InvalidExtractionError } from "./errors.js";
import type { UpsertSummary } from "./graph-store.js";

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

/** The new extractions of a batch and the summary they start with (what both stores do first). */
export function freshBatch(valid: Extraction[], known: Set<string>): { fresh: Extraction[]; summary: UpsertSummary } {
  const fresh = newArticlesOnly(valid, known);
  return {
    fresh,
    summary: {
      articles: { new: fresh.length, unchanged: valid.length - fresh.length },
      nodesCreated: 0,
      relationshipsCreated: 0,
    },
  };
}
