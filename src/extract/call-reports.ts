// A report that opens with a phone or video call tells that call again in later sentences without a call word
// ("the two leaders discussed ...", "in talks with X considered ..."): the kind of contact belongs to the
// report's event, not to each sentence. Meetings told with something only an encounter in person has stay.
import type { RawEvent } from "./events.js";
import { CALL, CALL_TALK, MEETING } from "./meetings.js";
import type { PersonCluster } from "./persons.js";
import type { PersonRef } from "./references.js";
import type { Sentence } from "./sentences.js";

/\b(?:spoke|spoken|speak|speaks|talked|talks|talk|phoned|telephoned|called|call|conversation|dialled|dialed)\b/i;
/** What only an encounter in person has: a trip, a venue, a reception, a meal, a ceremony. */
const IN_PERSON =
  /\b(?:visit|visiting|visited|arrived|arrival|received|receives|receiving|hosted|hosting|welcomed|in person|face[- ]to[- ]face|sidelines|summit|luncheon|lunch|dinner|banquet|breakfast|ceremony|palace|residence|headquarters|shook hands|met in|met at)\b/i;

export function retellCalls(events: RawEvent[], sentences: Sentence[], refs: PersonRef[][]): RawEvent[] {
  const opening = sentences.findIndex((s, i) => refs[i]!.length > 0 && (MEETING.test(s.text) || CALL.test(s.text)));
  if (opening < 0) return events;
  const first = sentences[opening]!;
  if (!(CALL.test(first.text) && CALL_TALK.test(first.text))) return events;
  const callers = new Set<PersonCluster>(refs[opening]!.map((r) => r.cluster));
  return events.map((e) => {
    if (e.kind !== "meeting" || e.place || e.sentence.start <= first.start || IN_PERSON.test(e.sentence.text)) return e;
    // With the other side unnamed in the opening ("spoke by phone with top officials"), any such meeting is the call.
    const same = callers.size < 2 || e.participants.some((p) => callers.has(p.cluster));
    return same ? { ...e, kind: "call" as const } : e;
  });
}
