// Events of each sentence: in-person meetings, calls (never meetings), visits, with status and date.
import { type Day, sentenceDate } from "./dates.js";
import type { Place } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import type { PersonCluster } from "./persons.js";
import type { PersonRef } from "./references.js";
import type { Sentence } from "./sentences.js";
import { findVisits, markVisitorsOfMeetings, visitsImpliedByMeetings } from "./visits.js";

export interface RawEvent {
  kind: "meeting" | "call" | "visit";
  status: "occurred" | "planned";
  date: Day | null;
  place: Place | null;
  participants: { cluster: PersonCluster; role: "visitor" | "host" | "participant" }[];
  sentence: Sentence;
  confidence: number;
}

export interface Dropped {
  what: string;
  reason: string;
  sentence: Sentence;
}

const MEETING =
  /\b(?:met|meet|meets|meeting|meetings|talks|received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|welcoming|sat down|summit|held discussions|discussions|audience|attended|attend|attends|attending|greeted|greets|shook hands|shake hands|one-on-one|tete-a-tete|bilateral)\b/i;
const HOSTING = /\b(?:received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|welcoming|greeted|greets)\b/i;
const CALL =
  /\b(?:phone|phoned|telephone|video ?link|videoconference|video conference|video call|virtual(?:ly)?|remotely|by video|online meeting|call with|calls with|a call|the call)\b/i;
const PLANNED =
  /\b(?:will|would|shall|to meet|to hold|to visit|to travel|to host|to receive|expected|scheduled|due to|plans? to|planned|planning|set to|is to|are to|upcoming|next week|next month|invited|invitation|proposed|intends?|hopes? to|preparations? for|ahead of)\b/i;
const NEGATED =
  /\b(?:denied|denies|deny|did not|didn't|does not|has not|have not|no meeting|never|cancel(?:l)?ed|calls? off|called off|postponed|failed|refused|declined|rejected|without meeting|no plans|not meet|skipping|skipped|no longer|not take place)\b/i;
const SEPARATE = /\bseparate(?:ly)?\b/i;
// Where a clause begins: plans and denials belong to their own clause, not the whole sentence.
const CLAUSE_START =
  /[;:]|,\s*(?:which|who|when|after|before|while|as|but|and|where)\b|\b(?:when|after|before|while|whereas|but|since)\b/gi;

/** The clause around `index`: from the last clause start before it to a little after it. */
function clauseAround(text: string, index: number): string {
  let from = 0;
  for (const m of text.matchAll(CLAUSE_START)) {
    if ((m.index ?? 0) < index) from = m.index ?? 0;
  }
  return text.slice(from, Math.min(text.length, index + 40));
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
  sentences.forEach((s, si) => {
    const people = refs[si]!;
    const sentencePlaces = places.filter((p) => p.sentence === si && p.place);
    const planned = PLANNED.test(s.text);
    const plannedAt = (index: number) => planned && PLANNED.test(clauseAround(s.text, index));
    const negated = NEGATED.test(s.text);
    const dateAt = (at: number, isPlanned = planned) => {
      const when = sentenceDate(s.text, anchor, isPlanned, at);
      return when.explicit ? when.day : anchor;
    };

    const distinct = unique(people.map((r) => r.cluster));
    if (MEETING.test(s.text) && distinct.length >= 2) {
      const isCall = CALL.test(s.text);
      if (negated)
        dropped.push({
          what: `${isCall ? "call" : "meeting"} of ${names(distinct)}`,
          reason: "denied, cancelled or failed",
          sentence: s,
        });
      else {
        // Whoever stands before "received"/"hosted" is the host.
        const hostingAt = HOSTING.exec(s.text)?.index;
        const isHost = (cluster: PersonCluster) =>
          hostingAt !== undefined && people.find((r) => r.cluster === cluster)!.start - s.start < hostingAt;
        // A plan anywhere in the sentence makes the meeting planned: "the meeting, which is due to ..." too.
        const status = planned ? "planned" : "occurred";
        const date = dateAt(MEETING.exec(s.text)?.index ?? 0);
        const place =
          sentencePlaces.find((p) => /\b(?:in|at)\s+(?:the\s+)?$/.test(s.text.slice(0, p.start - s.start)))?.place ??
          null;
        const groups = SEPARATE.test(s.text) ? distinct.slice(1).map((other) => [distinct[0]!, other]) : [distinct];
        for (const group of groups) {
          events.push({
            kind: isCall ? "call" : "meeting",
            status,
            date,
            place: isCall ? null : place,
            participants: group.map((cluster) => ({ cluster, role: isHost(cluster) ? "host" : "participant" })),
            sentence: s,
            confidence: 0.7,
          });
        }
      }
    }

    const visits = findVisits(s, people, sentencePlaces, { here, negated, plannedAt, dateAt });
    events.push(...visits.events);
    dropped.push(...visits.dropped);
    events.push(
      ...markVisitorsOfMeetings(
        events.filter((e) => e.sentence === s),
        visits.untargeted,
      ),
    );
  });
  events.push(...visitsImpliedByMeetings(events));
  return { events, dropped };
}

const unique = <T>(items: T[]) => [...new Set(items)];
const names = (clusters: PersonCluster[]) => clusters.map((c) => c.name).join(", ");
