// Visits a sentence states: travel wording with its travellers and those travelling with them. The visits
// a reader infers from the whole article are in inferred-visits.ts.
import { COORDINATED } from "./clauses.js";
import type { Day } from "./dates.js";
import type { Dropped, RawEvent } from "./events.js";
import { gazetteer, type Place } from "./gazetteer.js";
import { hasPlan, placeIn } from "./meetings.js";
import type { Mention } from "./mentions.js";
import { foldKey } from "./normalize.js";
import type { PersonCluster } from "./persons.js";
import type { PersonRef } from "./references.js";
import type { Sentence } from "./sentences.js";

const TRAVEL =
  /\b(?:arrived (?:in|at|to)|arrives (?:in|at|to)|(?:left|leaves|departed) for|head (?:to|for)|(?:arrived|arrives|arriving|landed|came) (?=here\b)|arriving (?:in|at)|landed in|lands in|landing in|visited|visiting|visits|visit to|(?:visit|trip|tour|stay|stopover|stop)(?: (?:began|begins|started|starts|opened))?(?: on \w+)? (?:in|at)|(?:attended|attending|participated|participating|took part|taking part)(?: [\w'-]+){1,5}? in|trip to|tour of|toured|tours|travell?ed to|travels to|travell?ing to|flew (?:to|into|in)|flies (?:to|into)|(?:arrived|arrives|came|returned|returns|flew|travell?ed|drove) from|flying (?:to|into)|drove to|drives to|headed to|heads to|entered|enters|came to|welcomed to|wrapped up|in\s+\S+(?:\s\S+)?\s+for talks|(?:is|was|are|were)(?: (?:also|now|currently|already|still))? in|(?:arrived|landed)(?=\s+(?:on|late|early|last|yesterday|this|earlier|overnight)\b|[,.]))\b/gi;
/** Travel words that move someone from one place to another. */
const MOVED =
  /^(?:arrived|arrives|arriving|landed|lands|landing|came|returned|returns|travell?ed|travels|travell?ing|flew|flies|flying|drove|drives|headed|heads)\b/i;
const NOMINAL_TRIP = /^(?:visit|trip|tour|stay|stopover|stop)\b/i;
const ARRIVAL_ONLY = /^(?:arrived|arrives|landed|flew in)/i;
const DESCRIBED_CAPITAL = /^\s*(?:the\s+)?([A-Z][a-z]+)\s+capital\b/;
/** "on a visit", "during his three-day trip": a visit whose place the sentence does not name after it. */
const VISIT_NOUN =
  /\b(?:on|during|for|in the course of)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b/gi;
/** People who travel with the visitor: "accompanied by X", "at the head of a delegation including X". */
const COMPANIONS =
  /\b(?:accompanied by|along with|delegation (?:that |which )?(?:including|included|comprising|comprised))\b/i;
const CLAUSE_END = /[;]|,\s*(?:who|whom|which|where|when|and was|before|after)\b/;
/** How far after the travel words the place may stand ("visit in the southwestern municipality of X"). */
const TARGET_REACH = 40;

export interface VisitContext {
  here: Place | null;
  negatedAt: (index: number) => boolean;
  plannedAt: (index: number) => boolean;
  /** the day of the time expression nearest `at`, among those before `before` */
  dateAt: (at: number, planned?: boolean, before?: number) => Day | null;
}

/** The visits one sentence states, and whether it speaks of a visit without naming its place. */
export function findVisits(
  s: Sentence,
  people: PersonRef[],
  sentencePlaces: Mention[],
  ctx: VisitContext,
): { events: RawEvent[]; dropped: Dropped[]; untargeted: boolean; travellers: PersonCluster[] } {
  const gaz = gazetteer();
  const events: RawEvent[] = [];
  const dropped: Dropped[] = [];
  for (const m of s.text.matchAll(TRAVEL)) {
    const at = s.start + (m.index ?? 0);
    const after = at + m[0].length;
    const justBefore = people.some(
      (r) => r.end <= at && /^[\s,]*(?:\w+\s+)?$/.test(s.text.slice(r.end - s.start, at - s.start)),
    );
    const guests = visitingGuests(s, m[0], after, people, sentencePlaces, ctx.here);
    const targets = guests?.targets ?? travelTargets(s, m[0], at, after, sentencePlaces, ctx.here, justBefore);
    const before = guests ? guests.visitors : visitorsBefore(people, at, s.text, s.start);
    // "The tour began in Bamako, where Mahama was hosted by ...": a trip told as a noun, its traveller after.
    const namedAfter =
      before.length === 0 && NOMINAL_TRIP.test(m[0])
        ? people.filter((r) => r.start >= after && !/^'s\b/.test(s.text.slice(r.end - s.start))).slice(0, 1)
        : [];
    const visitors = [...before, ...namedAfter.map((r) => r.cluster), ...companions(people, after, s)];
    const travelPlanned = ctx.plannedAt(m.index ?? 0);
    // "X, who is in Ankara for a visit, is scheduled to meet Y on Wednesday": the date after the
    // relative clause belongs to the main clause, not to the trip.
    const relativeStart = s.text.slice(0, m.index ?? 0).search(/,\s*who\b[^,]*$/);
    const relativeEnd = relativeStart >= 0 ? s.text.indexOf(",", after - s.start) : -1;
    const within = relativeEnd >= 0 ? relativeEnd : s.text.length;
    for (const target of targets) {
      for (const v of new Set(visitors)) {
        // At home (their own country or capital) nobody is a visitor.
        const home = !!target.countryCode && v.countries.has(target.countryCode);
        if (home && (target.kind === "country" || gaz.capitals.get(target.countryCode!) === target)) continue;
        if (ctx.negatedAt(m.index ?? 0)) {
          dropped.push({
            what: `visit of ${v.name} to ${target.name}`,
            reason: "denied, cancelled or failed",
            sentence: s,
          });
          continue;
        }
        events.push(
          visit(
            v,
            target,
            s,
            travelPlanned ? "planned" : "occurred",
            ctx.dateAt(after - s.start, travelPlanned, within),
          ),
        );
      }
    }
  }
  // A trip whose place the gazetteer cannot name ("on a visit", "on his third trip to the region"): its
  // traveller, whose meetings abroad tell where the trip went.
  const trips = [...s.text.matchAll(VISIT_NOUN)].filter((m) => {
    const end = s.start + (m.index ?? 0) + m[0].length;
    return !sentencePlaces.some(
      (p) =>
        p.start >= end && /^\s+(?:to|of|in|at)\s+(?:the\s+)?$/.test(s.text.slice(end - s.start, p.start - s.start)),
    );
  });
  // "will be on a visit" is a plan; "on his trip, ... is expected to head to Amman" is not, for the trip.
  const travellers = trips.flatMap((m) =>
    hasPlan(s.text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length))
      ? []
      : visitorsBefore(people, s.start + (m.index ?? 0), s.text, s.start),
  );
  return { events, dropped, untargeted: trips.length > 0, travellers };
}

/**
 * "hosted a dinner for visiting Cook Islands Prime Minister X and Niue Premier Y at the State House in
 * Suva": "visiting" before names makes them the visitors, of the place the sentence names, else the
 * dateline's.
 */
function visitingGuests(
  s: Sentence,
  words: string,
  after: number,
  people: PersonRef[],
  sentencePlaces: Mention[],
  here: Place | null,
): { visitors: PersonCluster[]; targets: Place[] } | null {
  if (words.toLowerCase() !== "visiting") return null;
  const offset = (r: PersonRef) => r.start - s.start;
  const first = people.find(
    (r) => r.start >= after && /^\s+(?:[A-Z][\w.'-]*\s+){0,6}$/.test(s.text.slice(after - s.start, offset(r))),
  );
  if (!first) return null;
  const visitors = [first];
  for (const r of people) {
    const last = visitors.at(-1)!;
    if (
      r.start > last.start &&
      /^\s*(?:,|and|, and)\s+(?:[A-Z][\w.'-]*\s+){0,6}$/.test(s.text.slice(last.end - s.start, offset(r)))
    )
      visitors.push(r);
  }
  const target = placeIn(s, sentencePlaces, visitors.at(-1)!.end - s.start, s.text.length) ?? here;
  return { visitors: visitors.map((r) => r.cluster), targets: target ? [target] : [] };
}

/** The first place named just after the travel words, and those listed with it ("Bamako and Niamey"). */
function travelTargets(
  s: Sentence,
  words: string,
  at: number,
  after: number,
  sentencePlaces: Mention[],
  here: Place | null,
  /** a person stands right before the travel words ("Araghchi flew in"), not "the delegation landed" */
  subjectJustBefore: boolean,
): Place[] {
  const gaz = gazetteer();
  const rest = s.text.slice(after - s.start);
  if (/^\s*here\b/.test(rest)) return here ? [here] : [];
  const described = DESCRIBED_CAPITAL.exec(rest);
  const describedCapital = described ? gaz.capitals.get(gaz.demonyms.get(foldKey(described[1]!)) ?? "") : undefined;
  if (describedCapital) return [describedCapital];
  const targets: Place[] = [];
  const following = sentencePlaces.filter((p) => p.start >= at).sort((a, b) => a.start - b.start);
  // "flew in from Baghdad", "travelled to Kyiv from Warsaw": whoever came from a place abroad was there.
  for (const p of following) {
    const offset = p.start - s.start;
    if (
      p.place &&
      MOVED.test(words) &&
      offset - (after - s.start) <= TARGET_REACH + 20 &&
      /\bfrom\s+$/.test(s.text.slice(0, offset)) &&
      // From the capital of the country the article is written in is most likely from home.
      (p.place !== (here?.countryCode ? gaz.capitals.get(here.countryCode) : undefined) ||
        /^,\s*where\s+(?:he|she|they)\b/.test(s.text.slice(p.end - s.start)))
    )
      targets.push(p.place);
  }
  let previous = following.find(
    (p) =>
      (!/\bfrom\s+$/.test(s.text.slice(0, p.start - s.start)) &&
        p.start - after <= TARGET_REACH &&
        !/[;.]/.test(s.text.slice(after - s.start, p.start - s.start))) ||
      (/for talks/.test(words) && p.start < after),
  );
  // "arrived on Friday", "flew in from ...": an arrival that names no place is at the dateline's place.
  if (!previous && here && ARRIVAL_ONLY.test(words) && !/^\s+(?:in|at|to)\s+[A-Z]/.test(rest) && subjectJustBefore)
    targets.push(here);
  while (previous?.place) {
    targets.push(previous.place);
    const end = previous.end;
    previous = following.find(
      (p) => p.start > end && /^\s*(?:,|and|, and)\s*$/.test(s.text.slice(end - s.start, p.start - s.start)),
    );
  }
  return targets;
}

/** The person just before the travel words, with one joined to it by "and" ("Xi and Modi, who both landed"). */
function visitorsBefore(people: PersonRef[], at: number, text: string, offset: number): PersonCluster[] {
  const before = people.filter((r) => r.end <= at);
  const last = before.at(-1);
  if (!last) return [];
  // "Lula met with Zhao, chairman of ..., and attended a seminar in Beijing": the subject travels.
  if (/,\s+and\s+(?:also\s+|later\s+|then\s+)?$/.test(text.slice(last.end - offset, at - offset))) {
    const subject = before.find((r) => !/^'s\b/.test(text.slice(r.end - offset)));
    if (subject) return [subject.cluster];
  }
  // "A, B and Afghan Foreign Minister C arrived": walk back over persons joined by commas and "and".
  const out = [last.cluster];
  for (let i = before.length - 2; i >= 0; i--) {
    const between = text.slice(before[i]!.end - offset, before[i + 1]!.start - offset);
    if (!COORDINATED.test(between)) break;
    if (!out.includes(before[i]!.cluster)) out.unshift(before[i]!.cluster);
  }
  return out;
}

/** Persons named after "accompanied by" (or a delegation "including") in the clause after `after`. */
export function companions(people: PersonRef[], after: number, s: Sentence): PersonCluster[] {
  const rest = s.text.slice(after - s.start);
  const cue = COMPANIONS.exec(rest);
  if (!cue) return [];
  const from = after + (cue.index ?? 0) + cue[0].length;
  const stop = CLAUSE_END.exec(s.text.slice(from - s.start));
  const to = stop ? from + (stop.index ?? 0) : s.end;
  return people.filter((r) => r.start >= from && r.start < to).map((r) => r.cluster);
}

export function visit(
  v: PersonCluster,
  place: Place,
  sentence: Sentence,
  status: "occurred" | "planned",
  date: Day | null,
): RawEvent {
  return {
    kind: "visit",
    status,
    date,
    place,
    participants: [{ cluster: v, role: "visitor" }],
    sentence,
    confidence: 0.6,
  };
}

/** Whether a person of known country is abroad at a place. */
export const abroad = (c: PersonCluster, place: Place) =>
  !!place.countryCode && c.countries.size > 0 && !c.countries.has(place.countryCode);
