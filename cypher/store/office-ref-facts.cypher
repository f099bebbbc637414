// What post-resolution.ts plans from: each office reference of the events asked for ($all, or the events
// in $eventIds, or those referring to a post in $postIds), its event's named participants (resolved ones
// excluded) and every HELD span on its post.
MATCH (e:Event)-[ref:INVOLVED_POST]->(post:Post)
WHERE $all OR e.id IN $eventIds OR post.id IN $postIds
RETURN e.id AS eventId, e.kind AS kind, e.status AS status, toString(e.date) AS date, post.id AS postId,
  ref.role AS role,
  COLLECT {
    MATCH (p:Person)-[r:PARTICIPATED_IN]->(e) WHERE r.resolvedBy IS NULL RETURN p.id ORDER BY p.id
  } AS namedIds,
  COLLECT {
    MATCH (h:Person)-[x:HELD]->(post)
    RETURN {personId: h.id, firstSeen: toString(x.firstSeen), lastSeen: toString(x.lastSeen)}
  } AS spans
ORDER BY eventId, postId
