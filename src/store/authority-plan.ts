// What an authority file changes in the graph: extracted persons whose identity key, or one of whose
// aliases, is the key of an entry's name or alias take the entry's id (externalIds), and the entry's posts
// become HELD spans with source "authority". A person whom two entries claim is left alone: an authority
// match must be certain. Persons are never created or joined here (resolve() keeps its own rules).
import type { AuthorityEntry } from "../authority/authority-entry.js";
import type { PostRow } from "./graph-rows.js";
import { personId, postId } from "./identity.js";
import type { PersonNames } from "./resolve-plan.js";

export interface AuthorityHeldRow {
  personId: string;
  postId: string;
  firstSeen: string;
  lastSeen: string;
}

export interface AuthorityRows {
  externalIds: { personId: string; ids: string[] }[];
  posts: PostRow[];
  held: AuthorityHeldRow[];
}

export interface AuthoritySummary {
  entries: number;
  personsMatched: number;
  /** ids of entries no extracted person matched */
  unmatched: string[];
  /** persons two or more entries claim, left unchanged */
  ambiguous: string[];
  heldWritten: number;
}

/**
 * The rows an import writes. `asOf` (an ISO date) ends the span of a post the entry says is still held.
 */
export function planAuthority(
  persons: PersonNames[],
  entries: AuthorityEntry[],
  asOf: string,
): { rows: AuthorityRows; summary: AuthoritySummary } {
  const claims = new Map<string, Set<AuthorityEntry>>();
  for (const entry of entries)
    for (const name of [entry.name, ...entry.aliases]) {
      const key = personId(name);
      claims.set(key, (claims.get(key) ?? new Set()).add(entry));
    }
  const rows: AuthorityRows = { externalIds: [], posts: [], held: [] };
  const posts = new Map<string, PostRow>();
  const matchedEntries = new Set<AuthorityEntry>();
  const ambiguous: string[] = [];
  for (const person of [...persons].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const keys = new Set([person.id, ...person.aliases.map((a) => personId(a))]);
    const found = new Set([...keys].flatMap((k) => [...(claims.get(k) ?? [])]));
    if (found.size > 1) ambiguous.push(person.id);
    if (found.size !== 1) continue;
    const entry = [...found][0] as AuthorityEntry;
    matchedEntries.add(entry);
    rows.externalIds.push({ personId: person.id, ids: [entry.id] });
    for (const post of entry.posts) {
      const id = postId(post);
      if (!posts.has(id))
        posts.set(id, { id, office: post.office, country: post.country, organization: post.organization });
      const lastSeen = post.end ?? (asOf > post.start ? asOf : post.start);
      rows.held.push({ personId: person.id, postId: id, firstSeen: post.start, lastSeen });
    }
  }
  rows.posts = [...posts.values()];
  return {
    rows,
    summary: {
      entries: entries.length,
      personsMatched: rows.externalIds.length,
      unmatched: entries.filter((e) => !matchedEntries.has(e)).map((e) => e.id),
      ambiguous,
      heldWritten: rows.held.length,
    },
  };
}
