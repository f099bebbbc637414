// How much an event's parties are to be believed: analysts pick a threshold from the table `npm run score`
// prints. Names too weak to be persons at all never reach here (persons.ts keeps them out, with a reason).
import type { RawEvent } from "./events.js";
import type { PersonCluster } from "./persons.js";

/**
 * What speaks for a person being one: a post or an honorific before the name (1), a name seen more than
 * once (0.6), or a full name seen once with only a weak cue such as a verb after it (0.3).
 */
export function partyStrength(c: PersonCluster): number {
  if (c.mentions.some((m) => m.strong)) return 1;
  return c.mentions.length > 1 ? 0.6 : 0.3;
}

/**
 * An event's confidence: its reading's own (clause 0.75, sentence 0.7, joined by attendance 0.6), raised
 * when every party carries a post or an honorific, and 0.5 when a party is a full name seen once with no post.
 */
export function eventConfidence(e: RawEvent, strength: (c: PersonCluster) => number = partyStrength): number {
  let weakest = 1;
  for (const p of e.participants) weakest = Math.min(weakest, strength(p.cluster));
  if (weakest < 0.6) return 0.5;
  return Math.min(0.95, Math.round((weakest === 1 ? e.confidence + 0.1 : e.confidence) * 100) / 100);
}

export function rateEvents(events: RawEvent[]): RawEvent[] {
  // a person's strength is the same in every event: read it once (delegation meetings repeat many parties)
  const known = new Map<PersonCluster, number>();
  const strength = (c: PersonCluster) => {
    const seen = known.get(c);
    if (seen !== undefined) return seen;
    const s = partyStrength(c);
    known.set(c, s);
    return s;
  };
  return events.map((e) => ({ ...e, confidence: eventConfidence(e, strength) }));
}
