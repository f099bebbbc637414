// One SPOKE_WITH per pair per call event, stored from the smaller person id to the larger.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[:SPOKE_WITH {eventId: row.eventId}]->(b)
