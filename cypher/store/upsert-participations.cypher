// Who took part in each event and in which role (the first role recorded stays).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (e:Event {id: row.eventId})
MERGE (p)-[r:PARTICIPATED_IN]->(e)
  ON CREATE SET r.role = row.role
