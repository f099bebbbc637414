// The HELD span of a person on a post, as both stores keep it: the first and last dates the reports give,
// the articles that give them (provenance), and the titles as written in them.
import type { HeldRow } from "./graph-rows.js";

export interface HeldSpan {
  firstSeen: string;
  lastSeen: string;
  articleIds: string[];
  articleCount: number;
  evidence: string[];
  source: "extraction" | "authority";
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();

export const spanOf = (row: HeldRow): HeldSpan => ({
  firstSeen: row.date,
  lastSeen: row.date,
  articleIds: [row.articleId],
  articleCount: 1,
  evidence: [...row.evidence].sort(),
  source: "extraction",
});

/** Widens a span by another (a new report, or the span of a person merged into this one). */
export function widen(span: HeldSpan, other: HeldSpan): void {
  if (other.firstSeen < span.firstSeen) span.firstSeen = other.firstSeen;
  if (other.lastSeen > span.lastSeen) span.lastSeen = other.lastSeen;
  span.articleIds = union(span.articleIds, other.articleIds);
  span.articleCount = span.articleIds.length;
  span.evidence = union(span.evidence, other.evidence);
  // An analyst's authority file outranks what the reports suggest; the reports still widen its span.
  if (other.source === "authority") span.source = "authority";
}

/** The dates a HELD span covers, as a store holds them before a batch's rows widen it. */
export type SpanBounds = Pick<HeldSpan, "firstSeen" | "lastSeen">;

/**
 * The posts whose holders' spans a batch's HELD rows create or widen (keyed person|post in `known`). Post
 * resolution reads only who held a post and from when to when, so older references to any other post stay
 * resolved as they are: re-resolving every event of a popular post at every batch made each write cost
 * grow with the graph.
 */
export function postsWidened(rows: HeldRow[], known: Map<string, SpanBounds>): string[] {
  const widened = new Set<string>();
  for (const row of rows) {
    const span = known.get(`${row.personId}|${row.postId}`);
    if (!span || row.date < span.firstSeen || row.date > span.lastSeen) widened.add(row.postId);
  }
  return [...widened].sort();
}
