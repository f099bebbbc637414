// Events of each sentence: in-person meetings, calls (never meetings), visits, with status and date.
import { type Day, sentenceDate } from "./dates.js";
import { gazetteer, type Place } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import { foldKey } from "./normalize.js";
import type { PersonCluster } from "./persons.js";
import type { PersonRef } from "./references.js";
import type { Sentence } from "./sentences.js";

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
const DESCRIBED_CAPITAL = /^\s*(?:the\s+)?([A-Z][a-z]+)\s+capital\b/;

/** The clause around `index`: from the last clause start before it to a little after it. */
function clauseAround(text: string, index: number): string {
  let from = 0;
  for (const m of text.matchAll(CLAUSE_START)) {
    if ((m.index ?? 0) < index) from = m.index ?? 0;
  }
  return text.slice(from, Math.min(text.length, index + 40));
}
const TRAVEL =
  /\b(?:arrived (?:in|at)|arrives (?:in|at)|(?:arrived|arrives|arriving|landed|came) (?=here\b)|arriving (?:in|at)|landed in|lands in|landing in|visited|visiting|visits|visit to|trip to|tour of|toured|tours|travell?ed to|travels to|travell?ing to|flew to|flies to|headed to|heads to|entered|enters|came to|welcomed to|wrapped up|in\s+\S+(?:\s\S+)?\s+for talks|is in|was in|stop in|stopover in)\b/gi;

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
    const gaz = gazetteer();
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

    for (const m of s.text.matchAll(TRAVEL)) {
      const at = s.start + (m.index ?? 0);
      const after = s.start + (m.index ?? 0) + m[0].length;
      const rest = s.text.slice(after - s.start);
      const targets: Place[] = [];
      const described = DESCRIBED_CAPITAL.exec(rest);
      const describedCapital = described ? gaz.capitals.get(gaz.demonyms.get(foldKey(described[1]!)) ?? "") : undefined;
      if (/^\s*here\b/.test(rest) && here) targets.push(here);
      else if (describedCapital) targets.push(describedCapital);
      else {
        // The first place named just after the travel words, and those listed with it ("Bamako and Niamey").
        const following = sentencePlaces.filter((p) => p.start >= at).sort((a, b) => a.start - b.start);
        let previous = following.find((p) => p.start - after <= 30 || (/for talks/.test(m[0]) && p.start < after));
        while (previous?.place) {
          targets.push(previous.place);
          const end = previous.end;
          previous = following.find(
            (p) => p.start > end && /^\s*(?:,|and|, and)\s*$/.test(s.text.slice(end - s.start, p.start - s.start)),
          );
        }
      }
      const visitors = visitorsBefore(people, at, s.text, s.start);
      const travelPlanned = plannedAt(m.index ?? 0);
      for (const target of targets) {
        for (const v of visitors) {
          // At home (their own country or capital) nobody is a visitor.
          const home = !!target.countryCode && v.countries.has(target.countryCode);
          if (home && (target.kind === "country" || gaz.capitals.get(target.countryCode!) === target)) continue;
          if (negated) {
            dropped.push({
              what: `visit of ${v.name} to ${target.name}`,
              reason: "denied, cancelled or failed",
              sentence: s,
            });
            continue;
          }
          events.push({
            kind: "visit",
            status: travelPlanned ? "planned" : "occurred",
            date: dateAt(after - s.start, travelPlanned),
            place: target,
            participants: [{ cluster: v, role: "visitor" }],
            sentence: s,
            confidence: 0.6,
          });
        }
      }
    }
  });
  return { events, dropped };
}

/** The person just before the travel words, with one joined to it by "and" ("Xi and Modi, who both landed"). */
function visitorsBefore(people: PersonRef[], at: number, text: string, offset: number): PersonCluster[] {
  const before = people.filter((r) => r.end <= at);
  const last = before.at(-1);
  if (!last) return [];
  const out = [last.cluster];
  const previous = before.at(-2);
  if (
    previous &&
    previous.cluster !== last.cluster &&
    /^\s*and\s*$/.test(text.slice(previous.end - offset, last.start - offset))
  )
    out.unshift(previous.cluster);
  return out;
}

const unique = <T>(items: T[]) => [...new Set(items)];
const names = (clusters: PersonCluster[]) => clusters.map((c) => c.name).join(", ");
