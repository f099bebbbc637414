// A person's tie to an organization or a country, with the title that states it (of two titles, the
// alphabetically first, whatever order reports arrive in: identity.preferValue).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (t:Organization|Location {id: row.targetId})
MERGE (p)-[r:AFFILIATED_WITH]->(t)
  ON CREATE SET r.title = row.title
  ON MATCH SET r.title = CASE WHEN r.title IS NULL OR row.title < r.title THEN coalesce(row.title, r.title) ELSE r.title END
