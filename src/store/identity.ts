// Identity: every store id is computed from the extraction alone, so two writers that never read each
// other's work still MERGE on the same keys. This is the one place that decides when two names, two
// places or two reports are the same thing; both stores use it.
import { createHash } from "node:crypto";
import type { EventKind } from "../domain/extraction.js";
import { HONORIFICS } from "../extract/lexicon.js";
import { foldKey, transliterationKey } from "../extract/normalize.js";

const LEADING_HONORIFIC = new Set(HONORIFICS);

/** Lower case, no diacritics, apostrophes and hyphens turned into spaces, one space between words. */
export function plainWords(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The words that name a person, without leading honorifics ("Sheikh", "Dr") and with an Arabic lineage
 * shortened to its first link ("X bin Y bin Z Al W" is written "X bin Y Al W" as often as not).
 */
export function personNameWords(name: string): string[] {
  const words = plainWords(name);
  while (words.length > 1 && LEADING_HONORIFIC.has(words[0] as string)) words.shift();
  const out: string[] = [];
  let links = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if ((word === "bin" || word === "ibn" || word === "bint") && i + 1 < words.length) {
      links++;
      if (links > 1) {
        i++; // drop this link and the name it introduces
        continue;
      }
    }
    out.push(word);
  }
  return out;
}

export function personKey(name: string): string {
  return transliterationKey(personNameWords(name).join(""));
}

export const personId = (name: string) => `person:${personKey(name)}`;

export function organizationId(name: string): string {
  const words = plainWords(name);
  if (words.length > 1 && words[0] === "the") words.shift();
  return `organization:${words.join("")}`;
}

export const locationId = (name: string) => `location:${foldKey(name)}`;

/**
 * A post is keyed by its office and whom it belongs to: the organisation when the title names one
 * ("Secretary-General of NATO" = "NATO Secretary-General"), else the country's ISO code.
 */
export function postId(post: { office: string; country: string | null; organization: string | null }): string {
  const office = plainWords(post.office).join("-");
  const owner = post.organization ? organizationId(post.organization) : `country:${post.country}`;
  return `post:${office}:${owner}`;
}

/** The surname a single-name mention would use: the last word of a name of two words or more. */
export function surnameKey(name: string): string | null {
  const words = personNameWords(name);
  return words.length >= 2 ? transliterationKey(words[words.length - 1] as string) : null;
}

/** True when a name is a single word ("Putin"), the kind the surname rule may join to a full name. */
export const isSingleName = (name: string) => personNameWords(name).length === 1;

export interface EventKeyInput {
  kind: EventKind;
  date: string | null;
  participantIds: string[];
  /** Where a visit went: the destination is what the visit is, so it is part of a visit's key. */
  destinationId: string | null;
  /** Undated events are keyed by the article that reports them and never merged across articles. */
  articleId: string;
}

/** Event id from its kind, its sorted participants and its date (or, undated, its article). */
export function eventId(input: EventKeyInput): string {
  const people = [...new Set(input.participantIds)].sort();
  const parts = [input.kind, ...people];
  if (input.kind === "visit" && input.destinationId) parts.push(`@${input.destinationId}`);
  const digest = createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 20);
  const when = input.date ?? `undated-${input.articleId.slice(0, 16)}`;
  return `event:${input.kind}:${when}:${digest}`;
}

/** The unordered pair of a MET_WITH or SPOKE_WITH edge, stored once from the smaller id to the larger. */
export const orderedPair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/**
 * Which of two values a property keeps when reports disagree (a person's country, a post's country, an
 * affiliation's title): the alphabetically first one given, so the graph does not depend on which report
 * arrived first. Arbitrary, but the same on every store and every order; upsert-persons.cypher,
 * upsert-posts.cypher, upsert-affiliations.cypher and merge-person.cypher do the same.
 */
export function preferValue<T extends string>(current: T | null | undefined, offered: T | null | undefined): T | null {
  if (current == null) return offered ?? null;
  if (offered == null) return current;
  return offered < current ? offered : current;
}

/** Which of two names a merged node keeps: the longer, then the alphabetically first (any order agrees). */
export function preferName(current: string | null | undefined, offered: string): string {
  if (!current) return offered;
  if (offered.length !== current.length) return offered.length > current.length ? offered : current;
  return offered < current ? offered : current;
}
