// The office phrases of an event as the Extraction's office references: a counterpart takes the office of
// the person it is the counterpart of and the other side's country (said in the phrase, else the country
// of the event's place or of the dateline when that is not the person's own); a title with no owner takes
// the dateline's country when it hosts. A reference that cannot be tied to one post is left out.
import type { OfficeRef, PostClaim } from "../domain/extraction.js";
import type { RawEvent } from "./events.js";
import type { Gazetteer } from "./gazetteer.js";
import type { OfficePhrase } from "./office-references.js";
import type { PersonCluster } from "./persons.js";

export interface OfficeContext {
  original: string;
  /** Each person's current posts in this article. */
  currentPosts: Map<PersonCluster, PostClaim[]>;
  datelineCountry: string | null;
  gaz: Gazetteer;
}

type Owned = { office: string; country: string | null; organization: string | null };

export const samePost = (a: Owned, b: Owned) =>
  a.office === b.office && a.country === b.country && a.organization === b.organization;

export function officeRefsOf(e: RawEvent, ctx: OfficeContext): OfficeRef[] {
  const out: OfficeRef[] = [];
  const namedPosts = e.participants.flatMap((p) => ctx.currentPosts.get(p.cluster) ?? []);
  for (const phrase of e.officeRefs ?? []) {
    const post = postOf(phrase, e, ctx);
    // "Araghchi met the Iranian foreign minister" cannot be about someone else than a named holder.
    if (!post || namedPosts.some((p) => samePost(p, post)) || out.some((r) => samePost(r, post))) continue;
    out.push({
      ...post,
      role: phrase.role,
      evidence: { start: phrase.start, end: phrase.end, text: ctx.original.slice(phrase.start, phrase.end) },
    });
  }
  return out;
}

function postOf(phrase: OfficePhrase, e: RawEvent, ctx: OfficeContext): Owned | null {
  if (phrase.counterpartOf) {
    const own = (ctx.currentPosts.get(phrase.counterpartOf) ?? []).find((p) => p.country && !p.organization);
    if (!own) return null;
    const notTheirs = (code: string | null | undefined) => (code && code !== own.country ? code : null);
    const country = phrase.country ?? notTheirs(e.place?.countryCode) ?? notTheirs(ctx.datelineCountry);
    return country && country !== own.country ? { office: own.office, country, organization: null } : null;
  }
  if (!phrase.office) return null;
  if (phrase.country || phrase.organization)
    return { office: phrase.office, country: phrase.country, organization: phrase.organization };
  return phrase.role === "host" && ctx.datelineCountry
    ? { office: phrase.office, country: ctx.datelineCountry, organization: null }
    : null;
}
