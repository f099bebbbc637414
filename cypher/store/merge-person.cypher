// Joins person $from into person $to (proven one person by the resolution plan): $to keeps its name;
// aliases, titles and search keys accumulate; every relationship moves over (a meeting with oneself is
// dropped), then $from is deleted. Edges already present on $to are kept, except that participations
// combine as participation-merge.ts says (the stronger role; named when either is named).
MATCH (q:Person {id: $from}), (p:Person {id: $to})
SET p.aliases = reduce(acc = coalesce(p.aliases, []), x IN q.aliases + [q.name] | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    p.titles = reduce(acc = coalesce(p.titles, []), x IN q.titles | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    p.searchKeys = reduce(acc = coalesce(p.searchKeys, []), x IN q.searchKeys | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    p.country = CASE WHEN p.country IS NULL OR q.country < p.country THEN coalesce(q.country, p.country) ELSE p.country END,
    p.externalIds = reduce(acc = coalesce(p.externalIds, []), x IN coalesce(q.externalIds, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH q, p
CALL (q, p) {
  MATCH (q)-[r:MET_WITH]-(o:Person) WHERE o <> p
  WITH r, CASE WHEN p.id < o.id THEN [p, o] ELSE [o, p] END AS ends
  WITH r, ends[0] AS a, ends[1] AS b
  MERGE (a)-[n:MET_WITH {eventId: r.eventId}]->(b)
    ON CREATE SET n += properties(r)
    ON MATCH SET n.resolvedBy = CASE WHEN r.resolvedBy IS NULL THEN null ELSE n.resolvedBy END,
      n.postId = CASE WHEN r.resolvedBy IS NULL THEN null ELSE n.postId END
}
CALL (q, p) {
  MATCH (q)-[r:SPOKE_WITH]-(o:Person) WHERE o <> p
  WITH r, CASE WHEN p.id < o.id THEN [p, o] ELSE [o, p] END AS ends
  WITH r, ends[0] AS a, ends[1] AS b
  MERGE (a)-[n:SPOKE_WITH {eventId: r.eventId}]->(b)
    ON CREATE SET n += properties(r)
    ON MATCH SET n.resolvedBy = CASE WHEN r.resolvedBy IS NULL THEN null ELSE n.resolvedBy END,
      n.postId = CASE WHEN r.resolvedBy IS NULL THEN null ELSE n.postId END
}
CALL (q, p) {
  MATCH (q)-[r:VISITED]->(l:Location)
  MERGE (p)-[n:VISITED {eventId: r.eventId}]->(l) ON CREATE SET n += properties(r)
}
CALL (q, p) {
  MATCH (q)-[r:PARTICIPATED_IN]->(e:Event)
  MERGE (p)-[n:PARTICIPATED_IN]->(e)
    ON CREATE SET n += properties(r)
    ON MATCH SET n.role = CASE
        WHEN n.role = 'host' OR r.role = 'host' THEN 'host'
        WHEN n.role = 'visitor' OR r.role = 'visitor' THEN 'visitor'
        ELSE n.role END,
      n.resolvedBy = CASE WHEN r.resolvedBy IS NULL THEN null ELSE n.resolvedBy END,
      n.postId = CASE WHEN r.resolvedBy IS NULL THEN null ELSE n.postId END
}
CALL (q, p) {
  // One HELD per person and post: the kept person's span widens to cover the merged one's.
  MATCH (q)-[r:HELD]->(post:Post)
  MERGE (p)-[n:HELD]->(post)
    ON CREATE SET n += properties(r)
  SET n.firstSeen = CASE WHEN r.firstSeen < n.firstSeen THEN r.firstSeen ELSE n.firstSeen END,
      n.lastSeen = CASE WHEN r.lastSeen > n.lastSeen THEN r.lastSeen ELSE n.lastSeen END,
      n.articleIds = reduce(acc = n.articleIds, x IN r.articleIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      n.evidence = reduce(acc = n.evidence, x IN r.evidence | CASE WHEN x IN acc THEN acc ELSE acc + x END)
  SET n.articleCount = size(n.articleIds)
}
CALL (q, p) {
  MATCH (q)-[r:AFFILIATED_WITH]->(t)
  MERGE (p)-[n:AFFILIATED_WITH]->(t)
    ON CREATE SET n += properties(r)
    ON MATCH SET n.title = CASE WHEN n.title IS NULL OR r.title < n.title THEN coalesce(r.title, n.title) ELSE n.title END
}
DETACH DELETE q
