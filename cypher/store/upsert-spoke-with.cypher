// One SPOKE_WITH per pair per call event, stored from the smaller person id to the larger; a pair a
// report names is no longer one a post resolution inferred.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[s:SPOKE_WITH {eventId: row.eventId}]->(b)
  ON MATCH SET s.resolvedBy = null, s.postId = null
