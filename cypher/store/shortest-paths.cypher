// The shortest chains of meetings that occurred between two persons, at most $maxHops long (6 at most:
// a variable-length bound cannot be a parameter, so longer answers are filtered out instead).
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH p = allShortestPaths((a)-[:MET_WITH*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.status = 'occurred') AND length(p) <= $maxHops
RETURN [n IN nodes(p) | {id: n.id, name: n.name}] AS persons, [r IN relationships(p) | r.eventId] AS events
