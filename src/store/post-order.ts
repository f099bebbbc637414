// The orders post answers come in, shared by both stores so the contract suite can compare them.
import type { HeldPost, PostHolder, PostSummary } from "../domain/graph.js";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const owner = (p: { country: string | null; organization: string | null }) => p.organization ?? p.country ?? "";

/** Office, then owner (organisation or country), then id. */
export const byPost = (a: PostSummary, b: PostSummary) =>
  cmp(a.office, b.office) || cmp(owner(a), owner(b)) || cmp(a.id, b.id);

/** Earliest first, then the longer-held, then by name and id. */
export const byTenure = (a: PostHolder, b: PostHolder) =>
  cmp(a.firstSeen, b.firstSeen) ||
  cmp(b.lastSeen, a.lastSeen) ||
  cmp(a.person.name, b.person.name) ||
  cmp(a.person.id, b.person.id);

/** A person's posts, earliest first, then by post id. */
export const byFirstSeen = (a: HeldPost, b: HeldPost) => cmp(a.firstSeen, b.firstSeen) || cmp(a.post.id, b.post.id);

/** The lower-case containment the organisation filter uses on both stores. */
export const organizationMatches = (name: string | null, query: string | undefined) =>
  !query || (name?.toLowerCase().includes(query.toLowerCase()) ?? false);
