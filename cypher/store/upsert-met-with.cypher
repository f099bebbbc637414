// One MET_WITH per pair per meeting event, stored from the smaller person id to the larger; a pair a
// report names is no longer one a post resolution inferred.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[m:MET_WITH {eventId: row.eventId}]->(b)
  ON MATCH SET m.resolvedBy = null, m.postId = null
