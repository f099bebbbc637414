// Meetings announced or expected but not (yet) reported as held, with the sentence that announced them.
// example: {}
MATCH (e:Event {kind: 'meeting', status: 'planned'})-[r:REPORTED_IN]->(a:Article)
RETURN e.date AS date,
  COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) RETURN p.name ORDER BY p.name } AS participants,
  r.evidence AS said, a.url AS source
ORDER BY date IS NULL, date;
