// The shortest chains of meetings (that occurred) linking two people, by name: who could introduce whom.
// example: {"a": "Ismail Haniyeh", "b": "Ali Khamenei"}
MATCH (a:Person), (b:Person)
WHERE toLower(a.name) = toLower($a) AND toLower(b.name) = toLower($b)
MATCH path = allShortestPaths((a)-[:MET_WITH*..6]-(b))
WHERE all(r IN relationships(path) WHERE r.status = 'occurred')
RETURN [n IN nodes(path) | n.name] AS chain, [r IN relationships(path) | r.date] AS dates
LIMIT 20;
