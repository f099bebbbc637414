// Unnamed participants joined to events: each sentence's office phrases (office-references.ts) go to the
// meeting or call the sentence tells; a sentence that tells one with a single named party and an office
// becomes a meeting of its own (no other stage keeps an event of one named person). Visits take an office
// as their host when the sentence tells no meeting. Runs after every other event stage, so no visit or
// retold call is inferred from these meetings.
import { type Day, nearestTime, sentenceTimes } from "./dates.js";
import { type Dropped, NEGATED, type RawEvent } from "./events.js";
import { CALL, hasPlan, MEETING, placeIn, tellsEvent } from "./meetings.js";
import type { Mention } from "./mentions.js";
import { type OfficePhrase, officePhrases } from "./office-references.js";
import type { PersonRef } from "./references.js";
import type { Sentence } from "./sentences.js";

/** Below a meeting read from two names (0.7): the other side is known only by office. */
const OFFICE_MEETING_CONFIDENCE = 0.6;

export function addOfficeParticipants(
  events: RawEvent[],
  sentences: Sentence[],
  refs: PersonRef[][],
  places: Mention[],
  anchor: Day | null,
): { events: RawEvent[]; dropped: Dropped[] } {
  const added: RawEvent[] = [];
  const dropped: Dropped[] = [];
  sentences.forEach((s, si) => {
    const people = refs[si] ?? [];
    if (!people.length) return;
    const phrases = officePhrases(s, people);
    if (!phrases.length) return;
    const told = events.filter((e) => e.sentence === s);
    const talks = told.filter((e) => e.kind !== "visit");
    if (NEGATED.test(s.text)) {
      if (tellsEvent(s.text))
        dropped.push({
          stage: "offices",
          what: phrases.map((p) => describe(s, p)).join(", "),
          reason: "denied, cancelled or failed",
          sentence: s,
        });
      return;
    }
    if (talks.length) {
      for (const e of talks) join(e, phrases);
      return;
    }
    const named = [...new Set(people.map((r) => r.cluster))];
    // Two named parties and no meeting read from them: the other stages found a reason not to.
    if (tellsEvent(s.text) && named.length === 1) {
      const planned = hasPlan(s.text);
      const verbAt = MEETING.exec(s.text)?.index ?? 0;
      const when = nearestTime(sentenceTimes(s.text, anchor, planned), verbAt);
      const isCall = CALL.test(s.text);
      const sentencePlaces = places.filter((p) => p.sentence === si && p.place);
      const event: RawEvent = {
        kind: isCall ? "call" : "meeting",
        status: planned ? "planned" : "occurred",
        date: when.explicit ? when.day : anchor,
        place: isCall ? null : placeIn(s, sentencePlaces, 0, s.text.length),
        participants: named.map((cluster) => ({ cluster, role: "participant" as const })),
        sentence: s,
        confidence: OFFICE_MEETING_CONFIDENCE,
      };
      join(event, phrases);
      added.push(event);
      return;
    }
    const visits = told.filter((e) => e.kind === "visit");
    for (const v of visits)
      join(
        v,
        phrases.map((p) => ({ ...p, role: "host" as const })),
      );
  });
  return { events: [...events, ...added], dropped };
}

function join(e: RawEvent, phrases: OfficePhrase[]) {
  e.officeRefs = [...(e.officeRefs ?? []), ...phrases];
}

const describe = (s: Sentence, p: OfficePhrase) => s.text.slice(p.start - s.start, p.end - s.start);
