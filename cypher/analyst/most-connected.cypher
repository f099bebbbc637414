// The most connected diplomats: how many different people each has met (meetings that occurred).
// example: {"limit": 10}
MATCH (p:Person)-[r:MET_WITH]-(other:Person)
WHERE r.status = 'occurred'
RETURN p.name AS person, count(DISTINCT other) AS counterparts, count(DISTINCT r.eventId) AS meetings
ORDER BY counterparts DESC, meetings DESC, person
LIMIT toInteger($limit);
