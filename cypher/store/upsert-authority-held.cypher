// An authority import: a post the analyst's file says a person held from firstSeen to lastSeen. The span
// widens an existing HELD (reports keep their provenance) and marks it as the authority's.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (post:Post {id: row.postId})
MERGE (p)-[h:HELD]->(post)
  ON CREATE SET h.firstSeen = date(row.firstSeen), h.lastSeen = date(row.lastSeen), h.articleIds = [],
    h.evidence = [], h.articleCount = 0
SET h.firstSeen = CASE WHEN date(row.firstSeen) < h.firstSeen THEN date(row.firstSeen) ELSE h.firstSeen END,
    h.lastSeen = CASE WHEN date(row.lastSeen) > h.lastSeen THEN date(row.lastSeen) ELSE h.lastSeen END,
    h.source = 'authority'
