// A person's phone and video calls (kept apart from meetings), by name or alias.
// example: {"name": "Vladimir Putin"}
MATCH (p:Person)
WHERE toLower(p.name) = toLower($name) OR $name IN p.aliases
MATCH (p)-[r:SPOKE_WITH]-(other:Person)
RETURN other.name AS spokeWith, r.date AS date
ORDER BY date IS NULL, date DESC, spokeWith;
