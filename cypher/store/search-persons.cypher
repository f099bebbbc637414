// Person search: a stored search key (normalised name or alias, no spaces) contains the normalised query;
// the most met first. One row more than the page is read to know whether another page follows.
MATCH (p:Person)
WHERE any(k IN p.searchKeys WHERE k CONTAINS $key)
WITH p, COUNT { (p)-[:PARTICIPATED_IN]->(e:Event {kind: 'meeting', status: 'occurred'}) } AS meetingCount
RETURN p {.id, .name, .aliases, .titles, .country} AS person, meetingCount
ORDER BY meetingCount DESC, p.name, p.id
SKIP $offset LIMIT $limit + 1
