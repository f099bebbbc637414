// Meetings reported by at least N independent sources (syndication groups: a wire story and its
// republished copies count once), the best-corroborated facts in the graph, with all their reports too.
// example: {"minSources": 1}
MATCH (e:Event {kind: 'meeting', status: 'occurred'})
WITH e, coalesce(e.sourceCount, e.articleCount) AS sources
WHERE sources >= toInteger($minSources)
RETURN e.id AS event, e.date AS date, sources, e.articleCount AS articles,
  COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) RETURN p.name ORDER BY p.name } AS participants
ORDER BY sources DESC, articles DESC, date DESC
LIMIT 50;
