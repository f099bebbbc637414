// Which new articles are copies of a story already stored: syndication groups, named by the id of their
// first-seen article. Only a group's first article is indexed by its band keys and compared with later
// texts, so a story republished a thousand times still costs one comparison per lookup.
import { bandKeys } from "./bands.js";
import { containment, type Fingerprint } from "./minhash.js";

/**
 * Two texts tell the same story when the shorter is at least half contained in the longer (MinHash
 * estimate). Measured by tests/syndication/measure-similarity.ts on the 41 dev articles: republished
 * variants (new headline, tail cut to 50-70%, another credit line, copy edits, all at once) score 0.75 at
 * the lowest (medians 0.87-1.0); independent reports of the same meetings at most 0.14, and any two
 * distinct dev articles at most 0.14. 0.5 sits in the gap with room for the estimate's noise (about
 * ±0.05). The band lookup, not this threshold, is what misses copies: 2 of 41 cut to half the text.
 */
export const SAME_STORY_CONTAINMENT = 0.5;

/** A stored article that started a group, as the store gives it back for comparison. */
export interface GroupFounder {
  id: string;
  fingerprint: Fingerprint;
}

export interface NewArticle {
  id: string;
  /** null for articles written without one (older extractions): each is then a group of its own */
  fingerprint: Fingerprint | null;
}

export interface GroupAssignment {
  id: string;
  group: string;
  /** the band keys to index the article by: set only when it starts a group */
  bands: string[];
}

/** The band keys of a batch, to look the stored founders up with (sorted, distinct). */
export function lookupKeys(articles: NewArticle[]): string[] {
  const keys = new Set<string>();
  for (const a of articles) if (a.fingerprint) for (const k of bandKeys(a.fingerprint.minhash)) keys.add(k);
  return [...keys].sort();
}

/**
 * Groups a batch in order: an article joins the group of the most similar founder (stored, or earlier
 * in the batch) that shares a band key with it and passes SAME_STORY_CONTAINMENT, else starts its own.
 */
export function assignGroups(articles: NewArticle[], stored: GroupFounder[]): GroupAssignment[] {
  const byKey = new Map<string, GroupFounder[]>();
  const index = (f: GroupFounder, keys: string[]) => {
    for (const k of keys) byKey.set(k, [...(byKey.get(k) ?? []), f]);
  };
  for (const f of stored) index(f, bandKeys(f.fingerprint.minhash));
  return articles.map(({ id, fingerprint }) => {
    if (!fingerprint) return { id, group: id, bands: [] };
    const keys = bandKeys(fingerprint.minhash);
    let best: { id: string; score: number } | null = null;
    for (const f of new Set(keys.flatMap((k) => byKey.get(k) ?? []))) {
      const score = containment(fingerprint, f.fingerprint);
      if (score < SAME_STORY_CONTAINMENT) continue;
      if (!best || score > best.score || (score === best.score && f.id < best.id)) best = { id: f.id, score };
    }
    if (best) return { id, group: best.id, bands: [] };
    index({ id, fingerprint }, keys);
    return { id, group: id, bands: keys };
  });
}
