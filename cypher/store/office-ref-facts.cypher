// What post-resolution.ts plans from: each office reference of the events asked for ($all, or the events
// in $eventIds, or those dated inside a window {postId, from, to} of their post, null bounds open), its
// event's named participants (resolved ones excluded) and the HELD spans on its post that cover the event's
// date ($toleranceDays, src/store/held-tolerance.ts): two at most, since two already leave it unresolved
// and a post can have thousands of holders. Each branch starts from an index.
CALL () {
  MATCH (e:Event)-[ref:INVOLVED_POST]->(post:Post)
  WHERE $all
  RETURN e, ref, post
  UNION
  UNWIND $eventIds AS eventId
  MATCH (e:Event {id: eventId})-[ref:INVOLVED_POST]->(post:Post)
  RETURN e, ref, post
  UNION
  UNWIND $windows AS w
  MATCH (post:Post {id: w.postId})<-[ref:INVOLVED_POST]-(e:Event)
  WHERE (w.from IS NULL OR e.date >= date(w.from)) AND (w.to IS NULL OR e.date <= date(w.to))
  RETURN e, ref, post
}
RETURN e.id AS eventId, e.kind AS kind, e.status AS status, toString(e.date) AS date, post.id AS postId,
  ref.role AS role,
  COLLECT {
    MATCH (p:Person)-[r:PARTICIPATED_IN]->(e) WHERE r.resolvedBy IS NULL RETURN p.id ORDER BY p.id
  } AS namedIds,
  COLLECT {
    MATCH (h:Person)-[x:HELD]->(post)
    WHERE x.firstSeen - duration({days: $toleranceDays}) <= e.date <= x.lastSeen + duration({days: $toleranceDays})
    RETURN {personId: h.id, firstSeen: toString(x.firstSeen), lastSeen: toString(x.lastSeen)}
    LIMIT 2
  } AS spans
ORDER BY eventId, postId
