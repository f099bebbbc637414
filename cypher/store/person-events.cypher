// The key facts of the events these persons took part in, to re-key them after persons were joined
// (a participant resolved from a post is no part of an event's key).
UNWIND $ids AS id
MATCH (:Person {id: id})-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT e
RETURN e.id AS id, e.kind AS kind, e.date AS date, e.keyArticle AS keyArticle,
  COLLECT { MATCH (x:Person)-[r:PARTICIPATED_IN]->(e) WHERE r.resolvedBy IS NULL RETURN x.id } AS participantIds,
  COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(l:Location) RETURN l.id ORDER BY l.id LIMIT 1 } AS places
