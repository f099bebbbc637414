// A person held a post on a report's date: the HELD span widens to cover it, and the article joins its
// provenance (articleIds, with the title as written in evidence). Rows of one person and post follow one
// another in a batch, and each sees the span the one before it left.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (post:Post {id: row.postId})
MERGE (p)-[h:HELD]->(post)
  ON CREATE SET h.firstSeen = date(row.date), h.lastSeen = date(row.date), h.articleIds = [],
    h.evidence = [], h.source = 'extraction'
SET h.firstSeen = CASE WHEN date(row.date) < h.firstSeen THEN date(row.date) ELSE h.firstSeen END,
    h.lastSeen = CASE WHEN date(row.date) > h.lastSeen THEN date(row.date) ELSE h.lastSeen END,
    h.articleIds = CASE WHEN row.articleId IN h.articleIds THEN h.articleIds ELSE h.articleIds + row.articleId END,
    h.evidence = reduce(acc = h.evidence, x IN row.evidence | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET h.articleCount = size(h.articleIds)
