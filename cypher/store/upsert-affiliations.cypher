// A person's tie to an organization or a country, with the title that states it (the first one stays).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (t:Organization|Location {id: row.targetId})
MERGE (p)-[r:AFFILIATED_WITH]->(t)
  ON CREATE SET r.title = row.title
