// A participant an event names only by office: an INVOLVED_POST edge from the event to the post (the
// first role recorded stays), with the phrases as written as its evidence.
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MATCH (post:Post {id: row.postId})
MERGE (e)-[r:INVOLVED_POST]->(post)
  ON CREATE SET r.role = row.role, r.evidence = []
SET r.evidence = reduce(acc = r.evidence, x IN row.evidence | CASE WHEN x IN acc THEN acc ELSE acc + x END)
