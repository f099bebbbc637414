// Meetings reported by at least N different articles: the best-corroborated facts in the graph.
// example: {"minArticles": 1}
MATCH (e:Event {kind: 'meeting', status: 'occurred'})
WHERE e.articleCount >= toInteger($minArticles)
RETURN e.id AS event, e.date AS date, e.articleCount AS articles,
  COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) RETURN p.name ORDER BY p.name } AS participants
ORDER BY articles DESC, date DESC
LIMIT 50;
