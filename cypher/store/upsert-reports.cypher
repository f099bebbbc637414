// Provenance: the article that reports an event, with the sentences that say so.
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MATCH (a:Article {id: row.articleId})
MERGE (e)-[r:REPORTED_IN]->(a)
  ON CREATE SET r.evidence = row.evidence, r.confidence = row.confidence
