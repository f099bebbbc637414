// Meetings held in a city (by name), newest first, with who took part, how many articles report each and
// how many independent sources (syndication groups) those articles are.
// example: {"city": "Tehran"}
MATCH (e:Event {kind: 'meeting'})-[:TOOK_PLACE_IN]->(l:Location)
WHERE toLower(l.name) = toLower($city)
RETURN e.date AS date, e.status AS status, e.articleCount AS articles,
  coalesce(e.sourceCount, e.articleCount) AS sources,
  COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) RETURN p.name ORDER BY p.name } AS participants
ORDER BY date DESC;
