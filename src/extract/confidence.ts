// How much an event's parties are to be believed, and the events that rest on too little: precision first.
import type { Dropped, RawEvent } from "./events.js";
import type { PersonCluster } from "./persons.js";

/** Below this, an event is dropped (and recorded in the pruning ledger) rather than reported. */
export const MIN_CONFIDENCE = 0.5;

/**
 * What speaks for a person being one: a post or an honorific before the name (1), a name seen more than
 * once (0.6), a full name seen once with only a weak cue such as a verb after it (0.3), or one word seen
 * once with no post (0: only aliases reach that, "X, also known as Y").
 */
export function partyStrength(c: PersonCluster): number {
  if (c.mentions.some((m) => m.strong)) return 1;
  if (c.mentions.length > 1) return 0.6;
  return c.keys.length > 1 ? 0.3 : 0;
}

/**
 * An event's confidence: its reading's own (clause 0.75, sentence 0.7, joined by attendance 0.6), raised
 * when every party carries a post or an honorific, 0.5 when a party is a full name seen once with no post,
 * and below MIN_CONFIDENCE when a party rests on one bare word.
 */
export function eventConfidence(e: RawEvent): number {
  const weakest = Math.min(...e.participants.map((p) => partyStrength(p.cluster)));
  const adjusted = weakest === 1 ? e.confidence + 0.1 : weakest >= 0.6 ? e.confidence : weakest >= 0.3 ? 0.5 : 0.3;
  return Math.round(Math.min(0.95, adjusted) * 100) / 100;
}

/** Rates every event and keeps those at or above MIN_CONFIDENCE; the rest go to the ledger with a reason. */
export function rateEvents(events: RawEvent[]): { events: RawEvent[]; dropped: Dropped[] } {
  const kept: RawEvent[] = [];
  const dropped: Dropped[] = [];
  for (const e of events) {
    const confidence = eventConfidence(e);
    if (confidence >= MIN_CONFIDENCE) {
      kept.push({ ...e, confidence });
      continue;
    }
    const weak = e.participants.filter((p) => partyStrength(p.cluster) === 0).map((p) => p.cluster.name);
    dropped.push({
      what: `${e.kind} of ${e.participants.map((p) => p.cluster.name).join(", ")}`,
      reason: `confidence ${confidence} below ${MIN_CONFIDENCE}: ${weak.join(", ")} one word named once with no post or honorific`,
      sentence: e.sentence,
    });
  }
  return { events: kept, dropped };
}
