// Events of each sentence: in-person meetings, calls (never meetings), visits, with status and date.
import { retellCalls } from "./call-reports.js";
import { type Day, nearestTime, sentenceTimes, type TimeMention } from "./dates.js";
import { delegationVisits } from "./delegation-visits.js";
import type { Place } from "./gazetteer.js";
import { companionsOf, inferVisits, markVisitorsOfMeetings } from "./inferred-visits.js";
import { findMeetings, hasPlan, joinedMeeting, MEETING } from "./meetings.js";
import type { Mention } from "./mentions.js";
import type { OfficePhrase } from "./office-references.js";
import type { PersonCluster } from "./persons.js";
import type { PersonRef } from "./references.js";
import type { Sentence } from "./sentences.js";
import { findVisits } from "./visits.js";

export interface RawEvent {
  kind: "meeting" | "call" | "visit";
  status: "occurred" | "planned";
  date: Day | null;
  place: Place | null;
  participants: { cluster: PersonCluster; role: "visitor" | "host" | "participant" }[];
  sentence: Sentence;
  confidence: number;
  /** Participants named only by office (office-events.ts). */
  officeRefs?: OfficePhrase[];
}

export interface Dropped {
  /** the stage that dropped it (events when unsaid) */
  stage?: string;
  what: string;
  reason: string;
  sentence: Sentence;
}

export const NEGATED =
  /\b(?:denied|denies|deny|did not|didn't|does not|has not|have not|no (?:\w+ )?(?:meeting|talks)|never|cancel(?:l)?ed|calls? off|called off|postponed|failed|refused|declined|rejected|without meeting|no plans|not meet|skipping|skipped|no longer|not take place|(?:was|is|were) not possible|did not materiali[sz]e|fell through)\b/i;
const LOOKS_BACK = /\bbut\s+(?:it|this|that|the meeting|the talks)\s+(?:was|is|were|did)\s+not\b/i;
// Where a clause begins: plans and denials belong to their own clause, not the whole sentence.
const CLAUSE_START =
  /[;:]|,\s*(?:which|who|when|after|before|while|as|but|and|where)\b|\b(?:when|after|before|while|whereas|but|since)\b/gi;

/**
 * The clause holding `index`: from the last clause start before it to the next one after it, or, with
 * `reach`, to at most that many characters after it.
 */
function clauseOf(text: string, index: number, reach = Number.POSITIVE_INFINITY): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_START)) {
    const at = m.index ?? 0;
    if (at < index) from = at;
    else if (at > index && at < to) to = at;
  }
  return text.slice(from, Math.min(to, index + reach));
}

export function findEvents(
  sentences: Sentence[],
  refs: PersonRef[][],
  places: Mention[],
  anchor: Day | null,
  here: Place | null,
): { events: RawEvent[]; dropped: Dropped[] } {
  const events: RawEvent[] = [];
  const dropped: Dropped[] = [];
  const travellers = new Set<PersonCluster>();
  const placesOf = (si: number) => places.filter((p) => p.sentence === si && p.place);
  sentences.forEach((s, si) => {
    const people = refs[si]!;
    const sentencePlaces = places.filter((p) => p.sentence === si && p.place);
    const planned = hasPlan(s.text);
    const plannedAt = (index: number) => planned && hasPlan(clauseOf(s.text, index, 40));
    const negated = NEGATED.test(s.text);
    // The sentence's time expressions are read once (for past and for planned readings), then picked by place.
    const times = new Map<boolean, TimeMention[]>();
    const dateAt = (at: number, isPlanned = planned, before = s.text.length) => {
      let found = times.get(isPlanned);
      if (!found) {
        found = sentenceTimes(s.text, anchor, isPlanned);
        times.set(isPlanned, found);
      }
      const when = nearestTime(
        found.filter((f) => f.index < before),
        at,
      );
      return when.explicit ? when.day : anchor;
    };

    // "Sullivan and Wang also attended the meeting": they join the meeting just told, not one of their own.
    const joined = negated
      ? null
      : joinedMeeting(
          s,
          people,
          events,
          sentences.slice(Math.max(0, si - 3), si).map((b) => b.text),
        );
    const meetings = joined
      ? { events: [joined], dropped: [] }
      : findMeetings(s, people, sentencePlaces, {
          // "met Modi in New York, but has not yet received an invitation": a denial in another clause.
          // "asked for a meeting with X, but it was not possible": the denial looks back at the meeting.
          negated:
            negated && (NEGATED.test(clauseOf(s.text, MEETING.exec(s.text)?.index ?? 0)) || LOOKS_BACK.test(s.text)),
          dateAt,
        });
    events.push(...meetings.events);
    dropped.push(...meetings.dropped);

    const negatedAt = (index: number) => negated && NEGATED.test(clauseOf(s.text, index, 40));
    const visits = findVisits(s, people, sentencePlaces, { here, negatedAt, plannedAt, dateAt });
    events.push(...visits.events);
    dropped.push(...visits.dropped);
    for (const t of visits.travellers) travellers.add(t);
    events.push(...delegationVisits(s, si, people, placesOf, events, sentences));
    events.push(...markVisitorsOfMeetings(meetings.events, visits.untargeted, here));
  });
  events.push(...inferVisits(events, travellers, companionsOf(sentences, refs)));
  return { events: retellCalls(events, sentences, refs), dropped };
}
