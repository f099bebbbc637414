// Moves event $from onto the id $to that its participants now give it (creating $to when no report has
// it yet): participants, place, reports, office references and the MET_WITH/SPOKE_WITH/VISITED edges that carry its id.
MATCH (old:Event {id: $from})
MERGE (new:Event {id: $to})
  ON CREATE SET new.kind = old.kind, new.date = old.date, new.keyArticle = old.keyArticle, new.status = old.status
SET new.status = CASE WHEN old.status = 'occurred' THEN 'occurred' ELSE new.status END
WITH old, new
CALL (old, new) {
  MATCH (p)-[r:MET_WITH {eventId: old.id}]->(o)
  MERGE (p)-[n:MET_WITH {eventId: new.id}]->(o)
    ON CREATE SET n += properties(r), n.eventId = new.id
    ON MATCH SET n.resolvedBy = CASE WHEN r.resolvedBy IS NULL THEN null ELSE n.resolvedBy END,
      n.postId = CASE WHEN r.resolvedBy IS NULL THEN null ELSE n.postId END
  DELETE r
}
CALL (old, new) {
  MATCH (p)-[r:SPOKE_WITH {eventId: old.id}]->(o)
  MERGE (p)-[n:SPOKE_WITH {eventId: new.id}]->(o)
    ON CREATE SET n += properties(r), n.eventId = new.id
    ON MATCH SET n.resolvedBy = CASE WHEN r.resolvedBy IS NULL THEN null ELSE n.resolvedBy END,
      n.postId = CASE WHEN r.resolvedBy IS NULL THEN null ELSE n.postId END
  DELETE r
}
CALL (old, new) {
  MATCH (p)-[r:VISITED {eventId: old.id}]->(o)
  MERGE (p)-[n:VISITED {eventId: new.id}]->(o) ON CREATE SET n += properties(r), n.eventId = new.id
  DELETE r
}
CALL (old, new) {
  MATCH (p:Person)-[r:PARTICIPATED_IN]->(old)
  MERGE (p)-[n:PARTICIPATED_IN]->(new)
    ON CREATE SET n += properties(r)
    ON MATCH SET n.role = CASE
        WHEN n.role = 'host' OR r.role = 'host' THEN 'host'
        WHEN n.role = 'visitor' OR r.role = 'visitor' THEN 'visitor'
        ELSE n.role END,
      n.resolvedBy = CASE WHEN r.resolvedBy IS NULL THEN null ELSE n.resolvedBy END,
      n.postId = CASE WHEN r.resolvedBy IS NULL THEN null ELSE n.postId END
}
CALL (old, new) {
  MATCH (old)-[r:REPORTED_IN]->(a:Article)
  MERGE (new)-[n:REPORTED_IN]->(a) ON CREATE SET n += properties(r)
}
CALL (old, new) {
  MATCH (old)-[r:INVOLVED_POST]->(post:Post)
  MERGE (new)-[n:INVOLVED_POST]->(post) ON CREATE SET n += properties(r)
}
CALL (old, new) {
  MATCH (old)-[:TOOK_PLACE_IN]->(l:Location)
  MERGE (new)-[:TOOK_PLACE_IN]->(l)
}
DETACH DELETE old
