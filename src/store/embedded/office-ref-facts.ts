// The facts post-resolution.ts plans from, read from the embedded graph (as post-resolution-facts.cypher
// reads them from Neo4j): each INVOLVED_POST edge with its event and named participants, and the HELD
// spans of the posts referred to.
import type { EventKind, EventStatus, ParticipantRole } from "../../domain/extraction.js";
import type { HolderSpan, OfficeRefFacts } from "../post-resolution.js";
import type { Graph } from "./memory-graph.js";

export function officeRefFacts(
  g: Graph,
  eventIds: Set<string> | null,
): { refs: OfficeRefFacts[]; spans: HolderSpan[] } {
  const refs: OfficeRefFacts[] = [];
  const posts = new Set<string>();
  const read = (eventId: string) => {
    if (!g.hasNode(eventId)) return;
    const event = g.getNodeAttributes(eventId);
    const named: string[] = [];
    g.forEachInEdge(eventId, (_k, a, source) => {
      if (a.type === "PARTICIPATED_IN" && a.resolvedBy !== "post") named.push(source);
    });
    g.forEachOutEdge(eventId, (_k, a, _s, postId) => {
      if (a.type !== "INVOLVED_POST") return;
      posts.add(postId);
      refs.push({
        eventId,
        kind: event.kind as EventKind,
        status: event.status as EventStatus,
        date: (event.date as string | null) ?? null,
        postId,
        role: a.role as ParticipantRole,
        namedIds: [...named].sort(),
      });
    });
  };
  if (eventIds) for (const id of eventIds) read(id);
  else
    g.forEachNode((id, a) => {
      if (a.label === "Event") read(id);
    });
  const spans: HolderSpan[] = [];
  for (const postId of posts)
    g.forEachInEdge(postId, (_k, a, personId) => {
      if (a.type === "HELD")
        spans.push({ personId, postId, firstSeen: a.firstSeen as string, lastSeen: a.lastSeen as string });
    });
  return { refs, spans };
}
