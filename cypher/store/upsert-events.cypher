// Events of a batch with their place. Once any report says an event occurred, it stays occurred.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
  ON CREATE SET e.kind = row.kind, e.date = date(row.date), e.keyArticle = row.keyArticle, e.status = row.status
SET e.status = CASE WHEN row.status = 'occurred' THEN 'occurred' ELSE e.status END
WITH e, row
WHERE row.locationId IS NOT NULL
MATCH (l:Location {id: row.locationId})
MERGE (e)-[:TOOK_PLACE_IN]->(l)
