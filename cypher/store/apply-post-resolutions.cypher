// The holder a post resolved to takes part in the event, and meets (or speaks with) its named participants;
// every edge added says so: resolvedBy 'post' and the post's id. sync-events.cypher then dates them.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (e:Event {id: row.eventId})
MERGE (p)-[r:PARTICIPATED_IN]->(e)
  ON CREATE SET r.role = row.role, r.resolvedBy = 'post', r.postId = row.postId
WITH row
UNWIND row.pairs AS pair
MATCH (a:Person {id: pair[0]})
MATCH (b:Person {id: pair[1]})
CALL (row, a, b) {
  WITH row, a, b WHERE row.pairType = 'MET_WITH'
  MERGE (a)-[m:MET_WITH {eventId: row.eventId}]->(b)
    ON CREATE SET m.resolvedBy = 'post', m.postId = row.postId
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.pairType = 'SPOKE_WITH'
  MERGE (a)-[s:SPOKE_WITH {eventId: row.eventId}]->(b)
    ON CREATE SET s.resolvedBy = 'post', s.postId = row.postId
}
