// Provenance of the meetings between two people: each reporting article and the sentences it says it in.
// example: {"a": "Ismail Haniyeh", "b": "Ali Khamenei"}
MATCH (a:Person)-[:PARTICIPATED_IN]->(e:Event {kind: 'meeting'})<-[:PARTICIPATED_IN]-(b:Person)
WHERE toLower(a.name) = toLower($a) AND toLower(b.name) = toLower($b)
MATCH (e)-[r:REPORTED_IN]->(article:Article)
RETURN e.date AS date, e.status AS status, article.title AS title, article.url AS url, r.evidence AS sentences
ORDER BY date DESC;
