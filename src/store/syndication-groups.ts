// Syndication groups at write time, the same on both stores: a batch's articles are compared with the
// group founders the store finds by band key (and with each other), and their rows say the group.
import type { Extraction } from "../domain/extraction.js";
import { assignGroups, type GroupFounder, lookupKeys } from "../syndication/same-story.js";
import type { ArticleRow } from "./graph-rows.js";

/** The stored founders that share one of these band keys. */
export type FounderLookup = (keys: string[]) => GroupFounder[] | Promise<GroupFounder[]>;

/** Sets each row's syndicationGroup; a row that starts a group also gets its fingerprint and band keys. */
export async function groupArticles(fresh: Extraction[], rows: ArticleRow[], founders: FounderLookup): Promise<void> {
  const articles = fresh.map((x) => ({ id: x.article.id, fingerprint: x.article.fingerprint ?? null }));
  const keys = lookupKeys(articles);
  const stored = keys.length ? await founders(keys) : [];
  const byId = new Map(articles.map((a) => [a.id, a.fingerprint]));
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  for (const g of assignGroups(articles, stored)) {
    const row = rowOf.get(g.id);
    if (!row) continue;
    const fingerprint = g.bands.length ? byId.get(g.id) : null;
    row.syndicationGroup = g.group;
    row.bands = g.bands;
    row.minhash = fingerprint?.minhash ?? null;
    row.shingles = fingerprint?.shingles ?? null;
  }
}
