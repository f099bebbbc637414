// When two reports (or two merged persons or events) give one participation, the graph must not depend
// on which came first: the more specific role wins (a host or a visitor over a plain participant; a host
// over a visitor when reports disagree), and a participant any report names is no longer inferred. The
// Cypher writes (upsert-participations, merge-person, merge-event) apply the same rule.
import type { ParticipantRole } from "../domain/extraction.js";

const ROLE_RANK: Record<ParticipantRole, number> = { participant: 0, visitor: 1, host: 2 };

export function strongerRole(a: ParticipantRole, b: ParticipantRole): ParticipantRole {
  return ROLE_RANK[b] > ROLE_RANK[a] ? b : a;
}
