// Resolving office references: an event that names a participant only by office ("the Iranian foreign
// minister") gets the one person whose HELD span on that post covers the event's date (held-tolerance.ts).
// None or several qualify: the event keeps only its INVOLVED_POST edge, and no meeting is invented.
// Both stores gather the same facts, follow this plan, and mark what it adds with resolvedBy "post".
import type { EventKind, EventStatus, ParticipantRole } from "../domain/extraction.js";
import { coveredDates } from "./held-tolerance.js";
import { orderedPair } from "./identity.js";

export interface OfficeRefFacts {
  eventId: string;
  kind: EventKind;
  status: EventStatus;
  date: string | null;
  postId: string;
  role: ParticipantRole;
  /** The persons the reports name in the event (resolved participants are not among them). */
  namedIds: string[];
}

export interface HolderSpan {
  personId: string;
  postId: string;
  firstSeen: string;
  lastSeen: string;
}

/** One resolved reference: the holder's participation, and the MET_WITH or SPOKE_WITH pairs it gives. */
export interface PostResolution {
  eventId: string;
  postId: string;
  personId: string;
  role: ParticipantRole;
  pairType: "MET_WITH" | "SPOKE_WITH" | null;
  /** [from, to] in stored order (smaller id first). */
  pairs: [string, string][];
  date: string | null;
  status: EventStatus;
}

/** The resolutions of these references: undated events and posts with no single holder give none. */
export function planPostResolutions(refs: OfficeRefFacts[], spans: HolderSpan[]): PostResolution[] {
  // Each span's covered dates are computed once: a popular post has many holders and many references.
  const byPost = new Map<string, { personId: string; from: string; to: string }[]>();
  for (const s of spans) {
    const list = byPost.get(s.postId) ?? [];
    if (!list.length) byPost.set(s.postId, list);
    list.push({ personId: s.personId, ...coveredDates(s) });
  }
  const out: PostResolution[] = [];
  for (const ref of refs) {
    const date = ref.date;
    if (!date) continue;
    const holders = new Set<string>();
    for (const s of byPost.get(ref.postId) ?? []) if (s.from <= date && date <= s.to) holders.add(s.personId);
    if (holders.size !== 1) continue;
    const personId = holders.values().next().value as string;
    if (ref.namedIds.includes(personId)) continue;
    const pairType = ref.kind === "meeting" ? "MET_WITH" : ref.kind === "call" ? "SPOKE_WITH" : null;
    out.push({
      eventId: ref.eventId,
      postId: ref.postId,
      personId,
      role: ref.role,
      pairType,
      pairs: pairType ? ref.namedIds.map((named) => orderedPair(personId, named)) : [],
      date: ref.date,
      status: ref.status,
    });
  }
  return out.sort((a, b) => cmp(a.eventId, b.eventId) || cmp(a.postId, b.postId));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
