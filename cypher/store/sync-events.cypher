// After a write: an event's corroboration is the number of articles reporting it (articleCount) and of
// independent ones among them (sourceCount: distinct syndication groups; an article stored before
// groups existed counts alone), and the edges that stand for it (found by the eventId indexes) carry
// its date, status and corroboration.
UNWIND $ids AS id
MATCH (e:Event {id: id})
SET e.articleCount = COUNT { (e)-[:REPORTED_IN]->(:Article) },
    e.sourceCount = COUNT { MATCH (e)-[:REPORTED_IN]->(a:Article) RETURN DISTINCT coalesce(a.syndicationGroup, a.id) }
WITH e
CALL (e) {
  MATCH ()-[r:MET_WITH {eventId: e.id}]->()
  SET r.date = e.date, r.status = e.status, r.articleCount = e.articleCount, r.sourceCount = e.sourceCount
}
CALL (e) {
  MATCH ()-[r:SPOKE_WITH {eventId: e.id}]->()
  SET r.date = e.date, r.status = e.status, r.sourceCount = e.sourceCount
}
CALL (e) {
  MATCH ()-[r:VISITED {eventId: e.id}]->()
  SET r.date = e.date, r.status = e.status, r.sourceCount = e.sourceCount
}
