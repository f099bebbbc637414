// Meetings and calls of one sentence: who took part (clause by clause when clauses name their own
// parties), who hosted, where, when, and whether it happened, is planned, or was denied.
import { type Clause, companion, semicolonEndsClause, splitClauses } from "./clauses.js";
import { addDays, type Day } from "./dates.js";
import type { Dropped, RawEvent } from "./events.js";
import type { Place } from "./gazetteer.js";
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from "./lexicon.js";
import type { Mention } from "./mentions.js";
import type { PersonCluster } from "./persons.js";
import type { PersonRef } from "./references.js";
import type { Sentence } from "./sentences.js";

export const MEETING =
  /\b(?:met|meet|meets|meeting|meetings|talks|consultations|(?:called|calls|calling|call) on(?![^.;]{0,80}\bto\s+[a-z])|courtesy (?:call|calls|visit)|(?:receive|welcome|greet|meet|host)(?<=\b(?:joined\b[^.;]{0,60}|(?:was|were)\s+(?:there|on hand|present|at hand))\s+to\s+\w+)|(?:signed|inked|witnessed)(?<=\band\s+(?:[\w.'-]+\s+){1,6}\w+)|jointly signed|received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|welcoming|sat down|summit|held discussions|discussions|audience|attended|attend|attends|attending|greeted|greets|shook hands|shake hands|one-on-one|tete-a-tete|bilateral)\b/i;
const MEETINGS = new RegExp(MEETING.source, "gi");
const HOSTING = /\b(?:received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|welcoming|greeted|greets)\b/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$/i;
export const CALL =
  /\b(?:phone|phoned|telephoned|telephone|video ?link|videoconference|video conference|video call|virtual(?:ly)?|remotely|by video|online meeting|call with|calls with|a call|the call)\b/i;
const PLANNED =
  /\b(?:will|would|shall|to meet|to hold|to visit|to travel|to host|to receive|expected|scheduled|due to|plans? to|planned|planning|set to|is to|are to|upcoming|next week|next month|invited|invitation|proposed|intends?|hopes? to|(?:looks?|looked|looking) forward to|(?:might|could|may)\s+(?:also\s+|well\s+|soon\s+|still\s+|\w+ly\s+)?(?:meet|hold|visit|travel|host|receive|sit|attend|see)|announc(?:es|ed|ing|e)\s+(?:his|her|their|its|an?|the)\s+(?:upcoming\s+|forthcoming\s+|planned\s+)?(?:visit|trip|talks|meeting))\b/i;
/**
 * Infinitives that are no plan: "the first Qatari official to visit in a decade", "who joined X to receive Y",
 * "were there to greet him".
 */
const RANKED_INFINITIVE =
  /\b(?:first|last|only|latest|second|third|most senior|highest[- ]ranking)\b[^,.;]{0,40}?\bto (?:visit|meet|travel|hold|host|receive)\b|\b(?:joined\b[^.;]{0,60}?|(?:was|were)\s+(?:there|on hand|present|at hand)\s+)to (?:receive|welcome|greet|meet|host)\b/gi;

/** Whether the text announces something still to come. */
export function hasPlan(text: string): boolean {
  return PLANNED.test(text.replace(RANKED_INFINITIVE, (m) => " ".repeat(m.length)));
}

/**
 * ", focusing on ... the preparations for": a participle clause tells what was said, not when it happens;
 * ", with Tehran and Moscow backing Assad" (an absolute phrase) ends the meeting's part as well. Adjectives
 * in -ing ("outgoing chairman") start none.
 */
const PARTICIPLE =
  /,\s+with\s+(?:[\w-]+\s+){1,4}?[a-z]+ing\s+(?=[a-z]|[A-Z])|,\s+(?!(?:including|escorting|outgoing|incoming|ruling|leading|visiting|governing|reigning|sitting|acting|founding|opposing|neighbouring|neighboring|remaining|following)\b)[a-z]+ing\s+(?=[a-z])/g;
const SEPARATE = /\bseparate(?:ly)?\b/i;
/** "the site where X was assassinated": the dead of the sentence take part in nothing it tells. */
const DEAD = /^\s+(?:was|were|had been)\s+(?:assassinated|killed|murdered|executed|buried|shot dead)\b/i;
const RELATIVE_TIME = new Set("yesterday today tomorrow tonight ago last next earlier later".split(" "));
const OFFSET_BEFORE = /\b(a|one|two|three|four|five|six|\d+)\s+(days?|weeks?)\s*$/i;
export const CALL_TALK =
  /\b(?:spoke|spoken|speak|speaks|talked|talk|talks|phoned|telephoned|dialled|dialed|called|calls|call|conversation)\b/i;
const OTHER_RELATIVE = /(?<!\b(?:meeting|meetings|talks|summit|visit|trip|session|consultations)),\s*which\b[^,;]*/gi;
/** "met Assad in Damascus and Fidan in Ankara": each counterpart at their own place, so separate meetings. */
const OWN_PLACES =
  /\b(?:met|met with|held talks with)\s[^.;]{1,60}?\sin\s[A-Z][\w-]*[^.;]{0,20}?\sand\s[^.;]{1,60}?\sin\s[A-Z]/;
const POSSESSOR =
  /^'s\s+(?!(?:\w+\s+){0,2}(?:talks|meeting|meetings|visit|trip|tour|summit|arrival|call|host|hosts|guest)\b)/i;
/** "the importance of X's visit": a possessor after a preposition is what is talked about. */
const TOPIC_POSSESSOR = /\b(?:of|about|on|regarding|concerning|for)\s+(?:[A-Z][\w.'-]*\s+){0,3}$/;
/** "discussed the forthcoming visit of the President of X, Y": whose visit is talked about takes no part. */
const TOPIC_OF =
  /\b(?:visit|trip|tour|election|inauguration|funeral|death|assassination)\s+of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'-]*|of|the)\s+)*$/u;
/** "the Sher Bahadur Deuba government": a name used as a modifier names a period or a body, not a party. */
const ATTRIBUTIVE = /^\s+(?:government|administration|cabinet|era|regime|presidency|doctrine|years)\b/i;

export interface MeetingContext {
  negated: boolean;
  dateAt: (at: number, planned?: boolean) => Day | null;
}

export function findMeetings(
  s: Sentence,
  people: PersonRef[],
  sentencePlaces: Mention[],
  ctx: MeetingContext,
): { events: RawEvent[]; dropped: Dropped[] } {
  // "Wanjala's deputy met ...": a possessor is not a party, unless it is their talks or visit.
  const present = people.filter(
    (r) =>
      !companion(s.text, r.start - s.start) &&
      !POSSESSOR.test(s.text.slice(r.end - s.start)) &&
      !(/^'s\b/.test(s.text.slice(r.end - s.start)) && TOPIC_POSSESSOR.test(s.text.slice(0, r.start - s.start))) &&
      !ATTRIBUTIVE.test(s.text.slice(r.end - s.start)) &&
      !TOPIC_OF.test(s.text.slice(0, r.start - s.start)) &&
      !attribution(s.text, r.start - s.start, r.end - s.start) &&
      !DEAD.test(s.text.slice(r.end - s.start)),
  );
  const distinct = [...new Set(present.map((r) => r.cluster))];
  const isCall = CALL.test(s.text);
  if (!tellsEvent(s.text) || distinct.length < 2) return { events: [], dropped: [] };
  if (ctx.negated)
    return {
      events: [],
      dropped: [
        {
          what: `${isCall ? "call" : "meeting"} of ${distinct.map((c) => c.name).join(", ")}`,
          reason: "denied, cancelled or failed",
          sentence: s,
        },
      ],
    };
  // Clauses that hold a meeting word and two parties of their own are meetings of their own.
  const clauses = splitClauses(s, people);
  const own = clauses.length > 1 ? clauses.filter((c) => tellsEvent(c.text) && c.persons.length >= 2) : [];
  const groups: { persons: PersonCluster[]; from: number; to: number }[] =
    own.length > 0
      ? own.map((c: Clause) => ({ persons: c.persons, from: c.start, to: c.end }))
      : [wholeSentence(s, present)];
  if (groups[0]!.persons.length < 2) return { events: [], dropped: [] };
  const events: RawEvent[] = [];
  let previousDate: Day | null = null;
  for (const group of groups) {
    const clause = s.text.slice(group.from, group.to);
    // "held a summit last November and spoke by phone in April": each clause is a meeting or a call.
    const clauseIsCall = own.length > 0 ? CALL.test(clause) : isCall;
    const verbAt = group.from + (MEETING.exec(clause)?.index ?? 0);
    // "the meeting, which is due to ...": a relative clause right after may carry the plan.
    const relative = /^,\s*which\b[^,;]*/.exec(s.text.slice(group.to));
    const planned = plannedUpTo(s.text, group.to + (relative?.[0].length ?? 0), verbAt);
    const hostingAt = HOSTING.exec(clause);
    const hostsBefore = hostingAt ? !PASSIVE_BEFORE.test(clause.slice(0, hostingAt.index)) : true;
    const isHost = (cluster: PersonCluster) => {
      if (!hostingAt) return false;
      const at = group.from + (hostingAt.index ?? 0);
      const ref = people.find((r) => r.cluster === cluster && r.start - s.start < group.to);
      if (!ref) return false;
      const before = ref.start - s.start < at;
      return hostsBefore ? before : !before;
    };
    const place = placeIn(s, sentencePlaces, group.from, group.to) ?? placeIn(s, sentencePlaces, 0, s.text.length);
    // A clause that goes on about the same occasion without a date of its own ("..., who hosted him at a
    // dinner") keeps the date of the clause before it.
    const continues: boolean = previousDate !== null && /^,\s*(?:who|whom|and)\b/i.test(clause) && !namesTime(clause);
    const date: Day | null = continues
      ? previousDate
      : (offsetDate(s.text, group.from, clause, previousDate ?? ctx.dateAt(0, planned)) ?? ctx.dateAt(verbAt, planned));
    previousDate = date;
    const pairs =
      // ("Separately, X received A in the presence of B": a word that moves on to another story splits nothing)
      SEPARATE.test(clause.replace(/^\s*Separately,/, "")) || OWN_PLACES.test(clause)
        ? group.persons.slice(1).map((other) => [group.persons[0]!, other])
        : [group.persons];
    for (const persons of pairs)
      events.push({
        kind: clauseIsCall ? "call" : "meeting",
        status: planned ? "planned" : "occurred",
        date,
        place: clauseIsCall ? null : place,
        participants: persons.map((cluster) => ({ cluster, role: isHost(cluster) ? "host" : "participant" })),
        sentence: s,
        confidence: own.length > 0 ? 0.75 : 0.7,
      });
  }
  return { events, dropped: [] };
}

/**
 * "..., a day after Porter held talks in Cairo": a clause dated from the clause before it, not from the
 * dateline. Null when the clause is not told that way.
 */
function offsetDate(text: string, from: number, clause: string, base: Day | null): Day | null {
  const offset = OFFSET_BEFORE.exec(text.slice(Math.max(0, from - 24), from));
  const direction = /^\s*(after|before)\b/i.exec(clause)?.[1]?.toLowerCase();
  if (!offset || !direction || !base) return null;
  const days = (NUMBER_WORDS[offset[1]!.toLowerCase()] ?? Number(offset[1])) * (/^week/i.test(offset[2]!) ? 7 : 1);
  return addDays(base, direction === "after" ? -days : days);
}

/**
 * Whether the text tells of a meeting or a call. A meeting word that is only a time mark ("landed ahead of
 * the talks", "before the summit") speaks of talks still to come, not of a meeting of the text's persons;
 * a call needs no meeting word ("telephoned X", "the two leaders spoke by video link").
 */
export function tellsEvent(text: string): boolean {
  for (const m of text.matchAll(MEETINGS)) {
    if (!/\b(?:ahead of|before|prior to)\s+(?:the|their|his|her|its)\s+(?:\w+\s+)?$/i.test(text.slice(0, m.index ?? 0)))
      return true;
  }
  return CALL.test(text) && CALL_TALK.test(text);
}

/** Whether a clause names a time of its own (a day, a month, "yesterday", a number). */
function namesTime(text: string): boolean {
  return (
    /\d/.test(text) ||
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .some((w) => MONTHS.has(w) || WEEKDAYS.has(w) || RELATIVE_TIME.has(w))
  );
}

/** ", Kremlin spokesman Dmitry Orlov told reporters": whoever a report is attributed to did not meet. */
function attribution(text: string, start: number, end: number): boolean {
  // "During the meeting with X, Y noted ...": after an opening phrase, Y is the subject who met X.
  const opening =
    /^\s*(?:During|At|In|On|Following|After|Upon|Throughout|Amid|While)\b[^,;]*,\s*(?:[A-Za-z.'-]+\s+){0,5}$/;
  if (opening.test(text.slice(0, start))) return false;
  return (
    /,\s*(?:[A-Za-z.'-]+\s+){0,5}$/.test(text.slice(Math.max(0, start - 60), start)) &&
    /^\s+(?:(?:has|had|have)\s+)?(?:said|says|told|tells|added|adds|wrote|noted|stated|announced|confirmed|reported)\b/.test(
      text.slice(end),
    )
  );
}

/** All persons of the sentence up to the first participle clause after its last meeting word. */
function wholeSentence(s: Sentence, present: PersonRef[]) {
  const lastVerb = [...s.text.matchAll(MEETINGS)].at(-1)?.index ?? 0;
  const cut = [...s.text.matchAll(PARTICIPLE)].find((m) => (m.index ?? 0) > lastVerb)?.index ?? s.text.length;
  const persons = [...new Set(present.filter((r) => r.start - s.start < cut).map((r) => r.cluster))];
  return { persons, from: 0, to: s.text.length };
}

/**
 * Whether a plan governs the meeting ending at `to`: any plan word from the sentence start to there,
 * up to the first participle clause after the meeting word.
 */
function plannedUpTo(text: string, to: number, verbAt: number): boolean {
  let end = to;
  for (const m of text.matchAll(PARTICIPLE)) {
    const at = m.index ?? 0;
    if (at > verbAt && at < end) end = at;
  }
  // "the pipeline, which is set to cross ...": a relative clause about something else plans nothing;
  // one about the meeting itself ("the meeting, which is due to ...") does.
  return hasPlan(text.slice(0, end).replace(OTHER_RELATIVE, (m) => " ".repeat(m.length)));
}

/** The first place after "in" or "at" between two offsets of the sentence. */
export function placeIn(s: Sentence, places: Mention[], from: number, to: number): Place | null {
  return (
    places.find((p) => {
      const at = p.start - s.start;
      // "in Beijing", "at the Kremlin", "in the capital Ankara", "in the southwestern city of Chongqing"
      return (
        at >= from &&
        at < to &&
        /\b(?:in|at)\s+(?:the\s+)?(?:(?!(?:from|to|by|with|and|or|for)\s)[a-z-]+\s+){0,3}(?:of\s+)?$/.test(
          s.text.slice(0, at),
        )
      );
    })?.place ?? null
  );
}

/** "X attended the meeting", "Y joined the talks": the persons of the sentence join the meeting just told. */
const JOINED =
  /\b(?:attended|joined|took part in|participated in|sat in on|was present at|were present at)\s+(?:the|that|those)\s+(?:meeting|meetings|talks|session|discussions|summit)\b|\b(?:was|were)\s+(?:also\s+)?(?:in the room|present)\b/i;

/** Attendance told after the verb: "The audience took place ..., in the presence of X and Y". */
const JOINED_BY =
  /\b(?:in the presence of|(?:was|were)\s+(?:also\s+)?attended\s+by|also\s+(?:present|in attendance)\s+(?:were|was)|(?:present|attending)\s+(?:at\s+)?(?:the\s+(?:meeting|talks|audience|session)\s+)?(?:were|was)|(?:those|these)\s+(?:\w+\s+)?(?:officials|ministers|dignitaries|delegates|members)\s+(?:are|were|included?)|\bwho\s+accompanied\b[^,.;]{0,60}?\s(?:are|were|included?)|\bdelegation\b[^.;:]{0,60}?\b(?:included|includes|comprised|comprises|consisted of|was made up of)|\bintroduced\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:delegation|officials|ministers|members)\b)\b/i;
const DELEGATION_LIST = /^delegation\b/i;
const DELEGATION_MET =
  /\b(?:met|meets|received|receives|welcomed|hosted|held talks with|meeting with|talks with)\b[^.;]{0,60}\bdelegation\b/i;
/** "The session was attended by ...": the meeting is named, so it is the last one told however far back. */
const NAMES_MEETING =
  /\b(?:meeting|session|talks|audience|discussions|consultations)\b|^(?:those|these)\b|\bwho\s+accompanied\b|\bdelegation\b/i;
/** Where the clause after an attendance phrase ends: a relative or temporal clause speaks of others. */
const OTHER_CLAUSE =
  /[;]|,\s*(?:which|who|while|whereas|as|after|before|when|since)\b|\b(?:days?|weeks?|hours?)\s+(?:after|before)\b/gi;
function clauseEnd(text: string, from: number): number {
  for (const m of text.matchAll(OTHER_CLAUSE)) {
    const at = m.index ?? 0;
    // "attended by A, minister of X; B; and C": semicolons between the items of a list end nothing
    if (at >= from && !(m[0] === ";" && !semicolonEndsClause(text, at))) return at;
  }
  return text.length;
}

export function joinedMeeting(
  s: Sentence,
  people: PersonRef[],
  earlier: RawEvent[],
  /** the sentences just before, newest last */
  before: string[] = [],
): RawEvent | null {
  const joinedBefore = JOINED.exec(s.text);
  const joinedAfter = JOINED_BY.exec(s.text);
  if (!joinedBefore && !joinedAfter) return null;
  // "The delegation included A, B": only a delegation said just before to have met someone was at the meeting.
  if (!joinedBefore && DELEGATION_LIST.test(joinedAfter![0]) && !before.some((b) => DELEGATION_MET.test(b)))
    return null;
  const last = earlier.findLast((e) => e.kind === "meeting" && e.sentence !== s);
  const phrase = (joinedBefore ?? joinedAfter)!;
  const named =
    NAMES_MEETING.test(phrase[0]) ||
    (!!joinedAfter && NAMES_MEETING.test(s.text.slice(Math.max(0, phrase.index - 30), phrase.index)));
  if (!last || (!named && s.start - last.sentence.end > 400)) return null;
  const at = (r: PersonRef) => r.start - s.start;
  let joiners: PersonRef[];
  if (joinedAfter) {
    // "A received B in the presence of C": the sentence's own meeting holds C; else C joins the last one.
    const from = joinedAfter.index;
    const own = new Set(people.filter((r) => at(r) < from).map((r) => r.cluster));
    if (own.size >= 2 && MEETING.test(s.text.slice(0, from))) return null;
    const to = clauseEnd(s.text, from + joinedAfter[0].length);
    joiners = people.filter((r) => at(r) >= from && at(r) < to);
  } else {
    // "X also attended the meeting, which comes a day after Y ...": Y is in another clause.
    const to = clauseEnd(s.text, joinedBefore!.index + joinedBefore![0].length);
    joiners = people.filter((r) => at(r) < to);
  }
  // A delegation's members are companions of its head, but here the delegation itself was at the meeting.
  const listsDelegation = !!joinedAfter && DELEGATION_LIST.test(joinedAfter[0]);
  const joining = joiners.filter((r) => listsDelegation || !companion(s.text, at(r))).map((r) => r.cluster);
  const known = new Set(last.participants.map((p) => p.cluster));
  const added = [...new Set(joining)].filter((c) => !known.has(c));
  if (added.length === 0) return null;
  return {
    ...last,
    participants: [...last.participants, ...added.map((cluster) => ({ cluster, role: "participant" as const }))],
    sentence: s,
    confidence: 0.6,
  };
}
