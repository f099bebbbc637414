// "The Georgian delegation to Azerbaijan included A and B", "The delegation is led by X and includes Y": the
// members of a delegation travel where the delegation went, told in the same sentence or in the trip just before.
import type { RawEvent } from "./events.js";
import type { Mention } from "./mentions.js";
import type { PersonRef } from "./references.js";
import type { Sentence } from "./sentences.js";
import { visit } from "./visits.js";

const MEMBERS =
  /\bdelegation\b[^.;:]{0,80}?\b(?:included|includes|include|comprised|comprises|consisted of|consists of|(?:is|was) (?:led|headed) by)\b/i;
const DELEGATION_TO = /\bdelegation\s+to\s+(?:the\s+)?$/i;
/** How many sentences back a delegation's trip may have been told. */
const REACH = 3;

/** "A delegation left Kabul for Doha": where a delegation was told to go, with no member named. */
const TRIP =
  /\bdelegation\b[^.;]*\b(?:arrived|arrives|left|leaves|travell?ed|travels|headed|heads|flew|visited|visits|visit|trip|went)\b/i;
const DESTINATION = /\b(?:for|to|in|into)\s+(?:the\s+)?$/i;

export function delegationVisits(
  s: Sentence,
  si: number,
  people: PersonRef[],
  placesOf: (si: number) => Mention[],
  earlier: RawEvent[],
  sentences: Sentence[],
): RawEvent[] {
  const cue = MEMBERS.exec(s.text);
  if (!cue) return [];
  const from = s.start + (cue.index ?? 0);
  const sentencePlaces = placesOf(si);
  const named = sentencePlaces.find(
    (p) => p.start >= from && DELEGATION_TO.test(s.text.slice(0, p.start - s.start)) && p.place,
  )?.place;
  const recent = new Set(sentences.slice(Math.max(0, si - REACH), si));
  const told = earlier.findLast(
    (e) => e.kind === "visit" && e.place && recent.has(e.sentence) && /\bdelegation\b/i.test(e.sentence.text),
  );
  const place = named ?? told?.place ?? tripDestination(sentences, si, placesOf);
  if (!place) return [];
  const after = from + cue[0].length;
  const members = [...new Set(people.filter((r) => r.start >= after).map((r) => r.cluster))];
  return members
    .filter((m) => !(place.countryCode && m.countries.has(place.countryCode)))
    .map((m) => visit(m, place, s, told?.status ?? "occurred", told?.date ?? null));
}

function tripDestination(sentences: Sentence[], si: number, placesOf: (si: number) => Mention[]) {
  for (let i = si - 1; i >= Math.max(0, si - REACH); i--) {
    const s = sentences[i]!;
    if (!TRIP.test(s.text)) continue;
    const to = placesOf(i).findLast((p) => p.place && DESTINATION.test(s.text.slice(0, p.start - s.start)));
    if (to?.place) return to.place;
  }
  return undefined;
}
