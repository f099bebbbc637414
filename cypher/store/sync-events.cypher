// After a write: an event's corroboration is the number of articles reporting it, and the edges that
// stand for it (found from its participants) carry its date, status and corroboration.
UNWIND $ids AS id
MATCH (e:Event {id: id})
SET e.articleCount = COUNT { (e)-[:REPORTED_IN]->(:Article) }
WITH e
MATCH (p:Person)-[:PARTICIPATED_IN]->(e)
MATCH (p)-[r:MET_WITH|SPOKE_WITH|VISITED]->()
WHERE r.eventId = e.id
SET r.date = e.date,
    r.status = e.status,
    r.articleCount = CASE WHEN type(r) = 'MET_WITH' THEN e.articleCount ELSE null END
