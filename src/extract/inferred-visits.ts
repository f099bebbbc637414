// Visits a reader infers from the whole article: meetings abroad of someone on a visit or a trip, and the
// visits of those who travelled with a visitor.
import type { RawEvent } from "./events.js";
import type { Place } from "./gazetteer.js";
import type { PersonCluster } from "./persons.js";
import type { PersonRef } from "./references.js";
import type { Sentence } from "./sentences.js";
import { abroad, companions, visit } from "./visits.js";

/**
 * "Putin held talks with Khurelsukh in Ulaanbaatar during a visit": when a sentence speaks of a visit without
 * naming its place, the participants of its meetings in a city abroad (by their known country) visited it.
 */
export function markVisitorsOfMeetings(
  sentenceEvents: RawEvent[],
  untargeted: boolean,
  here: Place | null,
): RawEvent[] {
  if (!untargeted) return [];
  const added: RawEvent[] = [];
  for (const e of sentenceEvents) {
    // A meeting that names no place is at the dateline's ("welcomed X to the White House for a visit").
    const namesSomePlace = /\b(?:in|at)\s+(?:the\s+)?[A-Z]/.test(e.sentence.text);
    const place = e.place ?? (namesSomePlace ? null : here);
    if (e.kind !== "meeting" || e.status !== "occurred" || place?.kind !== "city") continue;
    for (const p of e.participants) {
      if (!abroad(p.cluster, place)) continue;
      p.role = "visitor";
      added.push(visit(p.cluster, place, e.sentence, "occurred", e.date));
    }
  }
  return added;
}

/** "X, who accompanied Y", "X and Z were among those accompanying Y": who travelled with whom. */
const ACCOMPANYING = /\baccompan(?:ied|ying|ies|y)\s+(?!by\b)/gi;

const LISTED_AFTER = /^[^.;]{0,60}?\s(?:are|were|included?|includes)\s/i;

export function companionsOf(sentences: Sentence[], refs: PersonRef[][]): Map<PersonCluster, Set<PersonCluster>> {
  const out = new Map<PersonCluster, Set<PersonCluster>>();
  const add = (principal: PersonCluster, companion: PersonCluster) => {
    if (principal === companion) return;
    if (!out.has(principal)) out.set(principal, new Set());
    out.get(principal)!.add(companion);
  };
  sentences.forEach((s, si) => {
    // "Jaiswal was accompanied by Foreign Secretary Vinay Menon."
    for (const m of s.text.matchAll(/\b(?:was|were|is|are)\s+(?=accompanied\s+by\b)/gi)) {
      const at = s.start + (m.index ?? 0);
      const principal = refs[si]!.filter((r) => r.end <= at && !/^'s\b/.test(s.text.slice(r.end - s.start))).at(-1);
      if (principal) for (const c of companions(refs[si]!, at, s)) add(principal.cluster, c);
    }
    for (const m of s.text.matchAll(ACCOMPANYING)) {
      const at = s.start + (m.index ?? 0);
      const after = at + m[0].length;
      // "Wanjala's deputy, X, who accompanied him": "him" is the possessor named before.
      const principal =
        refs[si]!.find((r) => r.start >= after && r.start - after <= 30) ??
        (/^(?:him|her)\b/i.test(s.text.slice(after - s.start))
          ? refs[si]!.find((r) => r.end <= at && /^'s\b/.test(s.text.slice(r.end - s.start)))
          : undefined);
      if (!principal) continue;
      for (const r of refs[si]!) if (r.end <= at) add(principal.cluster, r.cluster);
      // "Officials who accompanied Y during the visit are A and B": the companions are listed after.
      const listed = LISTED_AFTER.exec(s.text.slice(principal.end - s.start));
      if (listed) {
        const from = principal.end + listed[0].length;
        for (const r of refs[si]!) if (r.start >= from) add(principal.cluster, r.cluster);
      }
    }
  });
  return out;
}

/** The visits of an article, one per person and place, that the inference passes add to. */
class VisitLedger {
  private readonly seen = new Set<string>();
  readonly added: RawEvent[] = [];

  constructor(events: RawEvent[]) {
    for (const e of events)
      if (e.kind === "visit" && e.place) this.seen.add(this.key(e.participants[0]!.cluster, e.place));
  }

  private key = (c: PersonCluster, place: Place) => `${c.index}|${place.name}`;

  add(c: PersonCluster, place: Place, e: RawEvent): void {
    const key = this.key(c, place);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.added.push(visit(c, place, e.sentence, "occurred", e.date));
  }
}

/**
 * Meetings in a city abroad that the article's visits explain: someone visiting a country who meets people
 * in one of its cities visited that city; so did someone the article says is travelling ("on his third trip
 * to the region") who meets people in a city abroad (by their known country). Then those who travelled with
 * a visitor made the visitor's visits of that trip too.
 */
export function inferVisits(
  events: RawEvent[],
  travellers: Set<PersonCluster>,
  companions: Map<PersonCluster, Set<PersonCluster>>,
): RawEvent[] {
  const visitedCountries = new Map<PersonCluster, Set<string>>();
  for (const e of events) {
    if (e.kind !== "visit" || e.status !== "occurred" || e.place?.kind !== "country" || !e.place.countryCode) continue;
    const v = e.participants[0]!.cluster;
    if (!visitedCountries.has(v)) visitedCountries.set(v, new Set());
    visitedCountries.get(v)!.add(e.place.countryCode);
  }
  const ledger = new VisitLedger(events);
  for (const e of events) {
    if (e.kind !== "meeting" || e.status !== "occurred" || e.place?.kind !== "city" || !e.place.countryCode) continue;
    for (const p of e.participants) {
      const visiting =
        visitedCountries.get(p.cluster)?.has(e.place.countryCode) && !p.cluster.countries.has(e.place.countryCode);
      if (!visiting && !(travellers.has(p.cluster) && abroad(p.cluster, e.place))) continue;
      p.role = "visitor";
      ledger.add(p.cluster, e.place, e);
    }
  }
  companionVisits([...events, ...ledger.added], companions, ledger);
  return ledger.added;
}

/** Those who travelled with a visitor made the visitor's visits too, unless they are at home there. */
function companionVisits(
  events: RawEvent[],
  companions: Map<PersonCluster, Set<PersonCluster>>,
  ledger: VisitLedger,
): void {
  // The trip is the one of the principal's earliest-told visit; other trips ("last October he ...") are not theirs.
  const tripDay = new Map<PersonCluster, string | null>();
  for (const e of events)
    if (e.kind === "visit" && e.status === "occurred" && !tripDay.has(e.participants[0]!.cluster))
      tripDay.set(e.participants[0]!.cluster, e.date);
  const sameTrip = (a: string | null | undefined, b: string | null) =>
    a && b ? Math.abs(Date.parse(a) - Date.parse(b)) <= 7 * 86_400_000 : !a && !b;
  for (const e of events) {
    if (e.kind !== "visit" || e.status !== "occurred" || !e.place) continue;
    if (!sameTrip(tripDay.get(e.participants[0]!.cluster), e.date)) continue;
    for (const c of companions.get(e.participants[0]!.cluster) ?? [])
      if (!(e.place.countryCode && c.countries.has(e.place.countryCode))) ledger.add(c, e.place, e);
  }
}
