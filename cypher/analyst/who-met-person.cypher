// Who met a person (by name or alias) between two dates, with how often and when. Meetings that
// were only planned, and undated ones, are left out.
// example: {"name": "Ismail Haniyeh", "from": "2024-01-01", "to": "2024-12-31"}
MATCH (p:Person)
WHERE toLower(p.name) = toLower($name) OR $name IN p.aliases
MATCH (p)-[r:MET_WITH]-(other:Person)
WHERE r.status = 'occurred' AND r.date >= date($from) AND r.date <= date($to)
RETURN other.name AS counterpart, count(DISTINCT r.eventId) AS meetings, min(r.date) AS first, max(r.date) AS last
ORDER BY meetings DESC, counterpart;
