// One MET_WITH per pair per meeting event, stored from the smaller person id to the larger.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[:MET_WITH {eventId: row.eventId}]->(b)
